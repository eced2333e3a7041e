/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.twins;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.slicewright.model.twins.TwinsPackage
 * @generated
 */
public interface TwinsFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	TwinsFactory eINSTANCE = org.slicewright.model.twins.impl.TwinsFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Level One Twin</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Level One Twin</em>'.
	 * @generated
	 */
	LevelOneTwin createLevelOneTwin();

	/**
	 * Returns a new object of class '<em>Level Two Twin</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Level Two Twin</em>'.
	 * @generated
	 */
	LevelTwoTwin createLevelTwoTwin();

	/**
	 * Returns a new object of class '<em>Twin Model Config</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Twin Model Config</em>'.
	 * @generated
	 */
	TwinModelConfig createTwinModelConfig();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	TwinsPackage getTwinsPackage();

} //TwinsFactory
