/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.pooling;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Reservation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An amount of one resource kind reserved at a VAP or an AVAP, in the unit of the node resource (GFLOP/s, GB, TOPS, Mbit/s).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.pooling.Reservation#getKind <em>Kind</em>}</li>
 *   <li>{@link org.slicewright.model.pooling.Reservation#getAmount <em>Amount</em>}</li>
 * </ul>
 *
 * @see org.slicewright.model.pooling.PoolingPackage#getReservation()
 * @model
 * @generated
 */
public interface Reservation extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"COMPUTE"</code>.
	 * The literals are from the enumeration {@link org.slicewright.model.pooling.ResourceKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Resource kind.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.slicewright.model.pooling.ResourceKind
	 * @see #setKind(ResourceKind)
	 * @see org.slicewright.model.pooling.PoolingPackage#getReservation_Kind()
	 * @model default="COMPUTE"
	 * @generated
	 */
	ResourceKind getKind();

	/**
	 * Sets the value of the '{@link org.slicewright.model.pooling.Reservation#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.slicewright.model.pooling.ResourceKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ResourceKind value);

	/**
	 * Returns the value of the '<em><b>Amount</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reserved amount.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Amount</em>' attribute.
	 * @see #setAmount(double)
	 * @see org.slicewright.model.pooling.PoolingPackage#getReservation_Amount()
	 * @model default="0.0"
	 *        annotation="http://slicewright.org/range min='0' max='1e12'"
	 * @generated
	 */
	double getAmount();

	/**
	 * Sets the value of the '{@link org.slicewright.model.pooling.Reservation#getAmount <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amount</em>' attribute.
	 * @see #getAmount()
	 * @generated
	 */
	void setAmount(double value);

} // Reservation
