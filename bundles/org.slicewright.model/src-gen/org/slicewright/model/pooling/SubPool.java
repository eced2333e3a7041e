/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.pooling;

import org.eclipse.emf.common.util.EList;

import org.slicewright.model.topology.Identified;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sub Pool</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A group of VAPs hosting one VNF; data may migrate among them for training or inference.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.pooling.SubPool#getMembers <em>Members</em>}</li>
 *   <li>{@link org.slicewright.model.pooling.SubPool#getTrainer <em>Trainer</em>}</li>
 *   <li>{@link org.slicewright.model.pooling.SubPool#getAvap <em>Avap</em>}</li>
 * </ul>
 *
 * @see org.slicewright.model.pooling.PoolingPackage#getSubPool()
 * @model
 * @generated
 */
public interface SubPool extends Identified {
	/**
	 * Returns the value of the '<em><b>Members</b></em>' reference list.
	 * The list contents are of type {@link org.slicewright.model.pooling.VAP}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Member VAPs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Members</em>' reference list.
	 * @see org.slicewright.model.pooling.PoolingPackage#getSubPool_Members()
	 * @model
	 * @generated
	 */
	EList<VAP> getMembers();

	/**
	 * Returns the value of the '<em><b>Trainer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The VAP that trains for the sub-pool (members migrate new data to it).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Trainer</em>' reference.
	 * @see #setTrainer(VAP)
	 * @see org.slicewright.model.pooling.PoolingPackage#getSubPool_Trainer()
	 * @model
	 * @generated
	 */
	VAP getTrainer();

	/**
	 * Sets the value of the '{@link org.slicewright.model.pooling.SubPool#getTrainer <em>Trainer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trainer</em>' reference.
	 * @see #getTrainer()
	 * @generated
	 */
	void setTrainer(VAP value);

	/**
	 * Returns the value of the '<em><b>Avap</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The aggregated VAP.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Avap</em>' containment reference.
	 * @see #setAvap(AVAP)
	 * @see org.slicewright.model.pooling.PoolingPackage#getSubPool_Avap()
	 * @model containment="true"
	 * @generated
	 */
	AVAP getAvap();

	/**
	 * Sets the value of the '{@link org.slicewright.model.pooling.SubPool#getAvap <em>Avap</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Avap</em>' containment reference.
	 * @see #getAvap()
	 * @generated
	 */
	void setAvap(AVAP value);

} // SubPool
