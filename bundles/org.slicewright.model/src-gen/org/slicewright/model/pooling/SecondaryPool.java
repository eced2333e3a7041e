/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.pooling;

import org.eclipse.emf.common.util.EList;

import org.slicewright.model.slicing.AIService;
import org.slicewright.model.slicing.VNF;

import org.slicewright.model.topology.Identified;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Secondary Pool</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The secondary pool of one AI service: sub-pools of the VAPs hosting its VNF.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.pooling.SecondaryPool#getService <em>Service</em>}</li>
 *   <li>{@link org.slicewright.model.pooling.SecondaryPool#getVnf <em>Vnf</em>}</li>
 *   <li>{@link org.slicewright.model.pooling.SecondaryPool#getPolicy <em>Policy</em>}</li>
 *   <li>{@link org.slicewright.model.pooling.SecondaryPool#getSubPools <em>Sub Pools</em>}</li>
 * </ul>
 *
 * @see org.slicewright.model.pooling.PoolingPackage#getSecondaryPool()
 * @model
 * @generated
 */
public interface SecondaryPool extends Identified {
	/**
	 * Returns the value of the '<em><b>Service</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The AI service.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Service</em>' reference.
	 * @see #setService(AIService)
	 * @see org.slicewright.model.pooling.PoolingPackage#getSecondaryPool_Service()
	 * @model
	 * @generated
	 */
	AIService getService();

	/**
	 * Sets the value of the '{@link org.slicewright.model.pooling.SecondaryPool#getService <em>Service</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service</em>' reference.
	 * @see #getService()
	 * @generated
	 */
	void setService(AIService value);

	/**
	 * Returns the value of the '<em><b>Vnf</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The function whose VAPs are pooled.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vnf</em>' reference.
	 * @see #setVnf(VNF)
	 * @see org.slicewright.model.pooling.PoolingPackage#getSecondaryPool_Vnf()
	 * @model
	 * @generated
	 */
	VNF getVnf();

	/**
	 * Sets the value of the '{@link org.slicewright.model.pooling.SecondaryPool#getVnf <em>Vnf</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vnf</em>' reference.
	 * @see #getVnf()
	 * @generated
	 */
	void setVnf(VNF value);

	/**
	 * Returns the value of the '<em><b>Policy</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Pooling policy.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Policy</em>' containment reference.
	 * @see #setPolicy(PoolingPolicy)
	 * @see org.slicewright.model.pooling.PoolingPackage#getSecondaryPool_Policy()
	 * @model containment="true"
	 * @generated
	 */
	PoolingPolicy getPolicy();

	/**
	 * Sets the value of the '{@link org.slicewright.model.pooling.SecondaryPool#getPolicy <em>Policy</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Policy</em>' containment reference.
	 * @see #getPolicy()
	 * @generated
	 */
	void setPolicy(PoolingPolicy value);

	/**
	 * Returns the value of the '<em><b>Sub Pools</b></em>' containment reference list.
	 * The list contents are of type {@link org.slicewright.model.pooling.SubPool}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sub-pools (manual, or the result of the policy).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sub Pools</em>' containment reference list.
	 * @see org.slicewright.model.pooling.PoolingPackage#getSecondaryPool_SubPools()
	 * @model containment="true"
	 * @generated
	 */
	EList<SubPool> getSubPools();

} // SecondaryPool
