/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.slicing;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Conventional Service</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An ordinary (non-AI) service; reserves from the primary pool.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.slicing.ConventionalService#getTrafficMbps <em>Traffic Mbps</em>}</li>
 *   <li>{@link org.slicewright.model.slicing.ConventionalService#getFunctions <em>Functions</em>}</li>
 * </ul>
 *
 * @see org.slicewright.model.slicing.SlicingPackage#getConventionalService()
 * @model
 * @generated
 */
public interface ConventionalService extends Service {
	/**
	 * Returns the value of the '<em><b>Traffic Mbps</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Offered traffic in Mbit/s.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Traffic Mbps</em>' attribute.
	 * @see #setTrafficMbps(double)
	 * @see org.slicewright.model.slicing.SlicingPackage#getConventionalService_TrafficMbps()
	 * @model default="0.0"
	 *        annotation="http://slicewright.org/range min='0' max='1e7'"
	 * @generated
	 */
	double getTrafficMbps();

	/**
	 * Sets the value of the '{@link org.slicewright.model.slicing.ConventionalService#getTrafficMbps <em>Traffic Mbps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Traffic Mbps</em>' attribute.
	 * @see #getTrafficMbps()
	 * @generated
	 */
	void setTrafficMbps(double value);

	/**
	 * Returns the value of the '<em><b>Functions</b></em>' containment reference list.
	 * The list contents are of type {@link org.slicewright.model.slicing.VNF}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Functions (VNFs).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Functions</em>' containment reference list.
	 * @see org.slicewright.model.slicing.SlicingPackage#getConventionalService_Functions()
	 * @model containment="true"
	 * @generated
	 */
	EList<VNF> getFunctions();

} // ConventionalService
