/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.scenario;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Learning Parameters</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Federated-learning parameters of the pooling case study (the defaults of the resource-pooling study).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.scenario.LearningParameters#getHiddenUnits <em>Hidden Units</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.LearningParameters#getLearningRate <em>Learning Rate</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.LearningParameters#getTicks <em>Ticks</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.LearningParameters#getAggregationPeriod <em>Aggregation Period</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.LearningParameters#getBatchSize <em>Batch Size</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.LearningParameters#getLabelSkew <em>Label Skew</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.LearningParameters#getDataUnitSamples <em>Data Unit Samples</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.LearningParameters#getLocalEpochs <em>Local Epochs</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.LearningParameters#getMaxWaitTicks <em>Max Wait Ticks</em>}</li>
 * </ul>
 *
 * @see org.slicewright.model.scenario.ScenarioPackage#getLearningParameters()
 * @model
 * @generated
 */
public interface LearningParameters extends EObject {
	/**
	 * Returns the value of the '<em><b>Hidden Units</b></em>' attribute.
	 * The default value is <code>"200"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hidden units of the 784-H-10 network.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hidden Units</em>' attribute.
	 * @see #setHiddenUnits(int)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getLearningParameters_HiddenUnits()
	 * @model default="200"
	 *        annotation="http://slicewright.org/range min='1' max='4096'"
	 * @generated
	 */
	int getHiddenUnits();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.LearningParameters#getHiddenUnits <em>Hidden Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hidden Units</em>' attribute.
	 * @see #getHiddenUnits()
	 * @generated
	 */
	void setHiddenUnits(int value);

	/**
	 * Returns the value of the '<em><b>Learning Rate</b></em>' attribute.
	 * The default value is <code>"0.01"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SGD learning rate.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Learning Rate</em>' attribute.
	 * @see #setLearningRate(double)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getLearningParameters_LearningRate()
	 * @model default="0.01"
	 *        annotation="http://slicewright.org/range min='1e-9' max='10'"
	 * @generated
	 */
	double getLearningRate();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.LearningParameters#getLearningRate <em>Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Learning Rate</em>' attribute.
	 * @see #getLearningRate()
	 * @generated
	 */
	void setLearningRate(double value);

	/**
	 * Returns the value of the '<em><b>Ticks</b></em>' attribute.
	 * The default value is <code>"200"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Simulated seconds; each trainer trains once per tick.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ticks</em>' attribute.
	 * @see #setTicks(int)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getLearningParameters_Ticks()
	 * @model default="200"
	 *        annotation="http://slicewright.org/range min='1' max='100000'"
	 * @generated
	 */
	int getTicks();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.LearningParameters#getTicks <em>Ticks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ticks</em>' attribute.
	 * @see #getTicks()
	 * @generated
	 */
	void setTicks(int value);

	/**
	 * Returns the value of the '<em><b>Aggregation Period</b></em>' attribute.
	 * The default value is <code>"10"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ticks between FedAvg aggregations at the MBS.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Aggregation Period</em>' attribute.
	 * @see #setAggregationPeriod(int)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getLearningParameters_AggregationPeriod()
	 * @model default="10"
	 *        annotation="http://slicewright.org/range min='1' max='100000'"
	 * @generated
	 */
	int getAggregationPeriod();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.LearningParameters#getAggregationPeriod <em>Aggregation Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Aggregation Period</em>' attribute.
	 * @see #getAggregationPeriod()
	 * @generated
	 */
	void setAggregationPeriod(int value);

	/**
	 * Returns the value of the '<em><b>Batch Size</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mini-batch size of a local SGD step (1 = plain per-sample SGD, as in the resource-pooling study).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Batch Size</em>' attribute.
	 * @see #setBatchSize(int)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getLearningParameters_BatchSize()
	 * @model default="1"
	 *        annotation="http://slicewright.org/range min='1' max='10000'"
	 * @generated
	 */
	int getBatchSize();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.LearningParameters#getBatchSize <em>Batch Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Batch Size</em>' attribute.
	 * @see #getBatchSize()
	 * @generated
	 */
	void setBatchSize(int value);

	/**
	 * Returns the value of the '<em><b>Label Skew</b></em>' attribute.
	 * The default value is <code>"0.5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Non-i.i.d. label skew in [0,1]: share of an AP's data drawn from its two dominant classes (the rest is drawn from all ten).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label Skew</em>' attribute.
	 * @see #setLabelSkew(double)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getLearningParameters_LabelSkew()
	 * @model default="0.5"
	 *        annotation="http://slicewright.org/range min='0' max='1'"
	 * @generated
	 */
	double getLabelSkew();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.LearningParameters#getLabelSkew <em>Label Skew</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Skew</em>' attribute.
	 * @see #getLabelSkew()
	 * @generated
	 */
	void setLabelSkew(double value);

	/**
	 * Returns the value of the '<em><b>Data Unit Samples</b></em>' attribute.
	 * The default value is <code>"10"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Digit samples per data unit: the unit that arrival rates and RU prices count (10 digits, 7.8 KB of 28x28 grey images).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Unit Samples</em>' attribute.
	 * @see #setDataUnitSamples(int)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getLearningParameters_DataUnitSamples()
	 * @model default="10"
	 *        annotation="http://slicewright.org/range min='1' max='1000'"
	 * @generated
	 */
	int getDataUnitSamples();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.LearningParameters#getDataUnitSamples <em>Data Unit Samples</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Unit Samples</em>' attribute.
	 * @see #getDataUnitSamples()
	 * @generated
	 */
	void setDataUnitSamples(int value);

	/**
	 * Returns the value of the '<em><b>Local Epochs</b></em>' attribute.
	 * The default value is <code>"5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Local epochs: passes a trainer makes over the data it takes in during one tick (FedAvg's E; 5 as in McMahan et al.'s reference experiments).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Local Epochs</em>' attribute.
	 * @see #setLocalEpochs(int)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getLearningParameters_LocalEpochs()
	 * @model default="5"
	 *        annotation="http://slicewright.org/range min='1' max='100'"
	 * @generated
	 */
	int getLocalEpochs();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.LearningParameters#getLocalEpochs <em>Local Epochs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Local Epochs</em>' attribute.
	 * @see #getLocalEpochs()
	 * @generated
	 */
	void setLocalEpochs(int value);

	/**
	 * Returns the value of the '<em><b>Max Wait Ticks</b></em>' attribute.
	 * The default value is <code>"10"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ticks a data unit may wait for its trainer's capacity before it is dropped (by then a FedAvg round has passed).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Wait Ticks</em>' attribute.
	 * @see #setMaxWaitTicks(int)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getLearningParameters_MaxWaitTicks()
	 * @model default="10"
	 *        annotation="http://slicewright.org/range min='0' max='100000'"
	 * @generated
	 */
	int getMaxWaitTicks();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.LearningParameters#getMaxWaitTicks <em>Max Wait Ticks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Wait Ticks</em>' attribute.
	 * @see #getMaxWaitTicks()
	 * @generated
	 */
	void setMaxWaitTicks(int value);

} // LearningParameters
