/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.slicing;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Resource Qo S</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Per-resource QoS a task needs (Table 1 of the native-AI architecture study): a metric on one of the four resource kinds.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.slicing.ResourceQoS#getResource <em>Resource</em>}</li>
 *   <li>{@link org.slicewright.model.slicing.ResourceQoS#getMetric <em>Metric</em>}</li>
 *   <li>{@link org.slicewright.model.slicing.ResourceQoS#getComparison <em>Comparison</em>}</li>
 *   <li>{@link org.slicewright.model.slicing.ResourceQoS#getValue <em>Value</em>}</li>
 *   <li>{@link org.slicewright.model.slicing.ResourceQoS#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.slicewright.model.slicing.ResourceQoS#getDerivedFrom <em>Derived From</em>}</li>
 * </ul>
 *
 * @see org.slicewright.model.slicing.SlicingPackage#getResourceQoS()
 * @model
 * @generated
 */
public interface ResourceQoS extends EObject {
	/**
	 * Returns the value of the '<em><b>Resource</b></em>' attribute.
	 * The default value is <code>"COMPUTING"</code>.
	 * The literals are from the enumeration {@link org.slicewright.model.slicing.TaskResource}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Resource kind.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resource</em>' attribute.
	 * @see org.slicewright.model.slicing.TaskResource
	 * @see #setResource(TaskResource)
	 * @see org.slicewright.model.slicing.SlicingPackage#getResourceQoS_Resource()
	 * @model default="COMPUTING"
	 * @generated
	 */
	TaskResource getResource();

	/**
	 * Sets the value of the '{@link org.slicewright.model.slicing.ResourceQoS#getResource <em>Resource</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resource</em>' attribute.
	 * @see org.slicewright.model.slicing.TaskResource
	 * @see #getResource()
	 * @generated
	 */
	void setResource(TaskResource value);

	/**
	 * Returns the value of the '<em><b>Metric</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Metric name (e.g. bandwidth, delay, bit error rate, precision, duration).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Metric</em>' attribute.
	 * @see #setMetric(String)
	 * @see org.slicewright.model.slicing.SlicingPackage#getResourceQoS_Metric()
	 * @model
	 * @generated
	 */
	String getMetric();

	/**
	 * Sets the value of the '{@link org.slicewright.model.slicing.ResourceQoS#getMetric <em>Metric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metric</em>' attribute.
	 * @see #getMetric()
	 * @generated
	 */
	void setMetric(String value);

	/**
	 * Returns the value of the '<em><b>Comparison</b></em>' attribute.
	 * The default value is <code>"AT_LEAST"</code>.
	 * The literals are from the enumeration {@link org.slicewright.model.slicing.Comparison}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Comparison.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Comparison</em>' attribute.
	 * @see org.slicewright.model.slicing.Comparison
	 * @see #setComparison(Comparison)
	 * @see org.slicewright.model.slicing.SlicingPackage#getResourceQoS_Comparison()
	 * @model default="AT_LEAST"
	 * @generated
	 */
	Comparison getComparison();

	/**
	 * Sets the value of the '{@link org.slicewright.model.slicing.ResourceQoS#getComparison <em>Comparison</em>}' attribute.
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
	 * Value.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(double)
	 * @see org.slicewright.model.slicing.SlicingPackage#getResourceQoS_Value()
	 * @model default="0.0"
	 *        annotation="http://slicewright.org/range min='-1e12' max='1e12'"
	 * @generated
	 */
	double getValue();

	/**
	 * Sets the value of the '{@link org.slicewright.model.slicing.ResourceQoS#getValue <em>Value</em>}' attribute.
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
	 * Unit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.slicewright.model.slicing.SlicingPackage#getResourceQoS_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.slicewright.model.slicing.ResourceQoS#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Derived From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The QoAIS requirement this QoS is derived from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Derived From</em>' reference.
	 * @see #setDerivedFrom(Requirement)
	 * @see org.slicewright.model.slicing.SlicingPackage#getResourceQoS_DerivedFrom()
	 * @model
	 * @generated
	 */
	Requirement getDerivedFrom();

	/**
	 * Sets the value of the '{@link org.slicewright.model.slicing.ResourceQoS#getDerivedFrom <em>Derived From</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Derived From</em>' reference.
	 * @see #getDerivedFrom()
	 * @generated
	 */
	void setDerivedFrom(Requirement value);

} // ResourceQoS
