/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.pooling;

import org.eclipse.emf.common.util.EList;

import org.slicewright.model.topology.Identified;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Policy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How the VAPs of a secondary pool are grouped.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.pooling.PoolingPolicy#getMethod <em>Method</em>}</li>
 *   <li>{@link org.slicewright.model.pooling.PoolingPolicy#getK <em>K</em>}</li>
 *   <li>{@link org.slicewright.model.pooling.PoolingPolicy#getFeatures <em>Features</em>}</li>
 * </ul>
 *
 * @see org.slicewright.model.pooling.PoolingPackage#getPoolingPolicy()
 * @model
 * @generated
 */
public interface PoolingPolicy extends Identified {
	/**
	 * Returns the value of the '<em><b>Method</b></em>' attribute.
	 * The default value is <code>"KMEANS"</code>.
	 * The literals are from the enumeration {@link org.slicewright.model.pooling.PoolingMethod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Method.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Method</em>' attribute.
	 * @see org.slicewright.model.pooling.PoolingMethod
	 * @see #setMethod(PoolingMethod)
	 * @see org.slicewright.model.pooling.PoolingPackage#getPoolingPolicy_Method()
	 * @model default="KMEANS"
	 * @generated
	 */
	PoolingMethod getMethod();

	/**
	 * Sets the value of the '{@link org.slicewright.model.pooling.PoolingPolicy#getMethod <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Method</em>' attribute.
	 * @see org.slicewright.model.pooling.PoolingMethod
	 * @see #getMethod()
	 * @generated
	 */
	void setMethod(PoolingMethod value);

	/**
	 * Returns the value of the '<em><b>K</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of sub-pools (1 = centralised learning, number of VAPs = fully distributed).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>K</em>' attribute.
	 * @see #setK(int)
	 * @see org.slicewright.model.pooling.PoolingPackage#getPoolingPolicy_K()
	 * @model default="1"
	 *        annotation="http://slicewright.org/range min='1' max='10000'"
	 * @generated
	 */
	int getK();

	/**
	 * Sets the value of the '{@link org.slicewright.model.pooling.PoolingPolicy#getK <em>K</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>K</em>' attribute.
	 * @see #getK()
	 * @generated
	 */
	void setK(int value);

	/**
	 * Returns the value of the '<em><b>Features</b></em>' attribute list.
	 * The list contents are of type {@link org.slicewright.model.pooling.PoolingFeature}.
	 * The literals are from the enumeration {@link org.slicewright.model.pooling.PoolingFeature}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Features for k-means.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Features</em>' attribute list.
	 * @see org.slicewright.model.pooling.PoolingFeature
	 * @see org.slicewright.model.pooling.PoolingPackage#getPoolingPolicy_Features()
	 * @model
	 * @generated
	 */
	EList<PoolingFeature> getFeatures();

} // PoolingPolicy
