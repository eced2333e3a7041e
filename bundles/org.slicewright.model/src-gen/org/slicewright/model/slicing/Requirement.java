/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.slicing;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Requirement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A QoAIS requirement: indicator, comparison and value with its unit (or a qualitative level).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.slicing.Requirement#getIndicator <em>Indicator</em>}</li>
 *   <li>{@link org.slicewright.model.slicing.Requirement#getComparison <em>Comparison</em>}</li>
 *   <li>{@link org.slicewright.model.slicing.Requirement#getValue <em>Value</em>}</li>
 *   <li>{@link org.slicewright.model.slicing.Requirement#getUnit <em>Unit</em>}</li>
 * </ul>
 *
 * @see org.slicewright.model.slicing.SlicingPackage#getRequirement()
 * @model
 * @generated
 */
public interface Requirement extends EObject {
	/**
	 * Returns the value of the '<em><b>Indicator</b></em>' attribute.
	 * The default value is <code>"ACCURACY"</code>.
	 * The literals are from the enumeration {@link org.slicewright.model.slicing.QoAISIndicator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Indicator.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Indicator</em>' attribute.
	 * @see org.slicewright.model.slicing.QoAISIndicator
	 * @see #setIndicator(QoAISIndicator)
	 * @see org.slicewright.model.slicing.SlicingPackage#getRequirement_Indicator()
	 * @model default="ACCURACY"
	 * @generated
	 */
	QoAISIndicator getIndicator();

	/**
	 * Sets the value of the '{@link org.slicewright.model.slicing.Requirement#getIndicator <em>Indicator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Indicator</em>' attribute.
	 * @see org.slicewright.model.slicing.QoAISIndicator
	 * @see #getIndicator()
	 * @generated
	 */
	void setIndicator(QoAISIndicator value);

	/**
	 * Returns the value of the '<em><b>Comparison</b></em>' attribute.
	 * The default value is <code>"AT_LEAST"</code>.
	 * The literals are from the enumeration {@link org.slicewright.model.slicing.Comparison}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * AT_LEAST for accuracy-like indicators, AT_MOST for latency-like.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Comparison</em>' attribute.
	 * @see org.slicewright.model.slicing.Comparison
	 * @see #setComparison(Comparison)
	 * @see org.slicewright.model.slicing.SlicingPackage#getRequirement_Comparison()
	 * @model default="AT_LEAST"
	 * @generated
	 */
	Comparison getComparison();

	/**
	 * Sets the value of the '{@link org.slicewright.model.slicing.Requirement#getComparison <em>Comparison</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comparison</em>' attribute.
	 * @see org.slicewright.model.slicing.Comparison
	 * @see #getComparison()
	 * @generated
	 */
	void setComparison(Comparison value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Required value: accuracy and rates as fractions in [0,1], latency and durations in ms or s as the unit says, levels 0..5.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(double)
	 * @see org.slicewright.model.slicing.SlicingPackage#getRequirement_Value()
	 * @model default="0.0"
	 *        annotation="http://slicewright.org/range min='-1e12' max='1e12'"
	 * @generated
	 */
	double getValue();

	/**
	 * Sets the value of the '{@link org.slicewright.model.slicing.Requirement#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(double value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unit of the value (e.g. '', 'ms', 's', 'RU', 'level').
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.slicewright.model.slicing.SlicingPackage#getRequirement_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.slicewright.model.slicing.Requirement#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

} // Requirement
