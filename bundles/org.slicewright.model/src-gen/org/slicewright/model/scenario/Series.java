/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.scenario;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Series</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A measured quantity over time in one run (per period or per round), to chart it after the scenario is reopened.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.scenario.Series#getName <em>Name</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.Series#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.Series#getStepS <em>Step S</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.Series#getValues <em>Values</em>}</li>
 * </ul>
 *
 * @see org.slicewright.model.scenario.ScenarioPackage#getSeries()
 * @model
 * @generated
 */
public interface Series extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Series name (demand, prediction, reserved...).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getSeries_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.Series#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unit of the values.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getSeries_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.Series#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Step S</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Time between values in seconds; 0 when the values are rounds, not times.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Step S</em>' attribute.
	 * @see #setStepS(double)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getSeries_StepS()
	 * @model default="0.0"
	 *        annotation="http://slicewright.org/range min='0' max='1e12'"
	 * @generated
	 */
	double getStepS();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.Series#getStepS <em>Step S</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Step S</em>' attribute.
	 * @see #getStepS()
	 * @generated
	 */
	void setStepS(double value);

	/**
	 * Returns the value of the '<em><b>Values</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The values, one per period or round.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Values</em>' attribute list.
	 * @see org.slicewright.model.scenario.ScenarioPackage#getSeries_Values()
	 * @model unique="false"
	 *        annotation="http://slicewright.org/range"
	 * @generated
	 */
	EList<Double> getValues();

} // Series
