/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.pooling;

import org.eclipse.emf.common.util.EList;

import org.slicewright.model.topology.Identified;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Primary Pool</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The primary resource pool: one VAP per edge node; ordinary services reserve from it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.pooling.PrimaryPool#getVaps <em>Vaps</em>}</li>
 * </ul>
 *
 * @see org.slicewright.model.pooling.PoolingPackage#getPrimaryPool()
 * @model
 * @generated
 */
public interface PrimaryPool extends Identified {
	/**
	 * Returns the value of the '<em><b>Vaps</b></em>' containment reference list.
	 * The list contents are of type {@link org.slicewright.model.pooling.VAP}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * VAPs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vaps</em>' containment reference list.
	 * @see org.slicewright.model.pooling.PoolingPackage#getPrimaryPool_Vaps()
	 * @model containment="true"
	 * @generated
	 */
	EList<VAP> getVaps();

} // PrimaryPool
