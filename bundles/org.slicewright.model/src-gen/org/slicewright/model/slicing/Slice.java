/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.slicing;

import org.eclipse.emf.common.util.EList;

import org.slicewright.model.topology.Identified;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Slice</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A network slice and the services it carries.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.slicing.Slice#getKind <em>Kind</em>}</li>
 *   <li>{@link org.slicewright.model.slicing.Slice#getServices <em>Services</em>}</li>
 * </ul>
 *
 * @see org.slicewright.model.slicing.SlicingPackage#getSlice()
 * @model
 * @generated
 */
public interface Slice extends Identified {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"EMBB"</code>.
	 * The literals are from the enumeration {@link org.slicewright.model.slicing.SliceKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Slice type.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.slicewright.model.slicing.SliceKind
	 * @see #setKind(SliceKind)
	 * @see org.slicewright.model.slicing.SlicingPackage#getSlice_Kind()
	 * @model default="EMBB"
	 * @generated
	 */
	SliceKind getKind();

	/**
	 * Sets the value of the '{@link org.slicewright.model.slicing.Slice#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.slicewright.model.slicing.SliceKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(SliceKind value);

	/**
	 * Returns the value of the '<em><b>Services</b></em>' containment reference list.
	 * The list contents are of type {@link org.slicewright.model.slicing.Service}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Services.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Services</em>' containment reference list.
	 * @see org.slicewright.model.slicing.SlicingPackage#getSlice_Services()
	 * @model containment="true"
	 * @generated
	 */
	EList<Service> getServices();

} // Slice
