/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.scenario;

import org.slicewright.model.pooling.SecondaryPool;

import org.slicewright.model.topology.Identified;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pooling Study</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The pooling what-if of one AI service: which secondary pool, the learning parameters and the default lambda max.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.scenario.PoolingStudy#getSecondaryPool <em>Secondary Pool</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.PoolingStudy#getLearning <em>Learning</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.PoolingStudy#getLambdaMax <em>Lambda Max</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.PoolingStudy#isUseTwinRates <em>Use Twin Rates</em>}</li>
 * </ul>
 *
 * @see org.slicewright.model.scenario.ScenarioPackage#getPoolingStudy()
 * @model
 * @generated
 */
public interface PoolingStudy extends Identified {
	/**
	 * Returns the value of the '<em><b>Secondary Pool</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The secondary pool studied.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Secondary Pool</em>' reference.
	 * @see #setSecondaryPool(SecondaryPool)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getPoolingStudy_SecondaryPool()
	 * @model
	 * @generated
	 */
	SecondaryPool getSecondaryPool();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.PoolingStudy#getSecondaryPool <em>Secondary Pool</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Secondary Pool</em>' reference.
	 * @see #getSecondaryPool()
	 * @generated
	 */
	void setSecondaryPool(SecondaryPool value);

	/**
	 * Returns the value of the '<em><b>Learning</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Learning parameters.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Learning</em>' containment reference.
	 * @see #setLearning(LearningParameters)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getPoolingStudy_Learning()
	 * @model containment="true"
	 * @generated
	 */
	LearningParameters getLearning();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.PoolingStudy#getLearning <em>Learning</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Learning</em>' containment reference.
	 * @see #getLearning()
	 * @generated
	 */
	void setLearning(LearningParameters value);

	/**
	 * Returns the value of the '<em><b>Lambda Max</b></em>' attribute.
	 * The default value is <code>"10.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Maximum data-arrival rate per AP (data units/s) when an AP has no twin rate.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lambda Max</em>' attribute.
	 * @see #setLambdaMax(double)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getPoolingStudy_LambdaMax()
	 * @model default="10.0"
	 *        annotation="http://slicewright.org/range min='0' max='1000'"
	 * @generated
	 */
	double getLambdaMax();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.PoolingStudy#getLambdaMax <em>Lambda Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lambda Max</em>' attribute.
	 * @see #getLambdaMax()
	 * @generated
	 */
	void setLambdaMax(double value);

	/**
	 * Returns the value of the '<em><b>Use Twin Rates</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When true, each AP takes its arrival rate from the level-one twins of the device groups it serves; otherwise rates are drawn from U(0, lambda max] per run.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Use Twin Rates</em>' attribute.
	 * @see #setUseTwinRates(boolean)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getPoolingStudy_UseTwinRates()
	 * @model default="false"
	 * @generated
	 */
	boolean isUseTwinRates();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.PoolingStudy#isUseTwinRates <em>Use Twin Rates</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Use Twin Rates</em>' attribute.
	 * @see #isUseTwinRates()
	 * @generated
	 */
	void setUseTwinRates(boolean value);

} // PoolingStudy
