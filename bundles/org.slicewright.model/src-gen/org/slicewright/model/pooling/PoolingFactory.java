/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.pooling;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.slicewright.model.pooling.PoolingPackage
 * @generated
 */
public interface PoolingFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	PoolingFactory eINSTANCE = org.slicewright.model.pooling.impl.PoolingFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Reservation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Reservation</em>'.
	 * @generated
	 */
	Reservation createReservation();

	/**
	 * Returns a new object of class '<em>VAP</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>VAP</em>'.
	 * @generated
	 */
	VAP createVAP();

	/**
	 * Returns a new object of class '<em>Primary Pool</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Primary Pool</em>'.
	 * @generated
	 */
	PrimaryPool createPrimaryPool();

	/**
	 * Returns a new object of class '<em>AVAP</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>AVAP</em>'.
	 * @generated
	 */
	AVAP createAVAP();

	/**
	 * Returns a new object of class '<em>Sub Pool</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Sub Pool</em>'.
	 * @generated
	 */
	SubPool createSubPool();

	/**
	 * Returns a new object of class '<em>Policy</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Policy</em>'.
	 * @generated
	 */
	PoolingPolicy createPoolingPolicy();

	/**
	 * Returns a new object of class '<em>Secondary Pool</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Secondary Pool</em>'.
	 * @generated
	 */
	SecondaryPool createSecondaryPool();

	/**
	 * Returns a new object of class '<em>Resource Unit Cost Model</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Resource Unit Cost Model</em>'.
	 * @generated
	 */
	ResourceUnitCostModel createResourceUnitCostModel();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	PoolingPackage getPoolingPackage();

} //PoolingFactory
