/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.scenario.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.slicewright.model.scenario.LearningParameters;
import org.slicewright.model.scenario.ScenarioPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Learning Parameters</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.scenario.impl.LearningParametersImpl#getHiddenUnits <em>Hidden Units</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.LearningParametersImpl#getLearningRate <em>Learning Rate</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.LearningParametersImpl#getTicks <em>Ticks</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.LearningParametersImpl#getAggregationPeriod <em>Aggregation Period</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.LearningParametersImpl#getBatchSize <em>Batch Size</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.LearningParametersImpl#getLabelSkew <em>Label Skew</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.LearningParametersImpl#getDataUnitSamples <em>Data Unit Samples</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.LearningParametersImpl#getLocalEpochs <em>Local Epochs</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.LearningParametersImpl#getMaxWaitTicks <em>Max Wait Ticks</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LearningParametersImpl extends MinimalEObjectImpl.Container implements LearningParameters {
	/**
	 * The default value of the '{@link #getHiddenUnits() <em>Hidden Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHiddenUnits()
	 * @generated
	 * @ordered
	 */
	protected static final int HIDDEN_UNITS_EDEFAULT = 200;

	/**
	 * The cached value of the '{@link #getHiddenUnits() <em>Hidden Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHiddenUnits()
	 * @generated
	 * @ordered
	 */
	protected int hiddenUnits = HIDDEN_UNITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLearningRate() <em>Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLearningRate()
	 * @generated
	 * @ordered
	 */
	protected static final double LEARNING_RATE_EDEFAULT = 0.01;

	/**
	 * The cached value of the '{@link #getLearningRate() <em>Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLearningRate()
	 * @generated
	 * @ordered
	 */
	protected double learningRate = LEARNING_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTicks() <em>Ticks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTicks()
	 * @generated
	 * @ordered
	 */
	protected static final int TICKS_EDEFAULT = 200;

	/**
	 * The cached value of the '{@link #getTicks() <em>Ticks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTicks()
	 * @generated
	 * @ordered
	 */
	protected int ticks = TICKS_EDEFAULT;

	/**
	 * The default value of the '{@link #getAggregationPeriod() <em>Aggregation Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAggregationPeriod()
	 * @generated
	 * @ordered
	 */
	protected static final int AGGREGATION_PERIOD_EDEFAULT = 10;

	/**
	 * The cached value of the '{@link #getAggregationPeriod() <em>Aggregation Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAggregationPeriod()
	 * @generated
	 * @ordered
	 */
	protected int aggregationPeriod = AGGREGATION_PERIOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getBatchSize() <em>Batch Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBatchSize()
	 * @generated
	 * @ordered
	 */
	protected static final int BATCH_SIZE_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getBatchSize() <em>Batch Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBatchSize()
	 * @generated
	 * @ordered
	 */
	protected int batchSize = BATCH_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabelSkew() <em>Label Skew</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelSkew()
	 * @generated
	 * @ordered
	 */
	protected static final double LABEL_SKEW_EDEFAULT = 0.5;

	/**
	 * The cached value of the '{@link #getLabelSkew() <em>Label Skew</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelSkew()
	 * @generated
	 * @ordered
	 */
	protected double labelSkew = LABEL_SKEW_EDEFAULT;

	/**
	 * The default value of the '{@link #getDataUnitSamples() <em>Data Unit Samples</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataUnitSamples()
	 * @generated
	 * @ordered
	 */
	protected static final int DATA_UNIT_SAMPLES_EDEFAULT = 10;

	/**
	 * The cached value of the '{@link #getDataUnitSamples() <em>Data Unit Samples</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataUnitSamples()
	 * @generated
	 * @ordered
	 */
	protected int dataUnitSamples = DATA_UNIT_SAMPLES_EDEFAULT;

	/**
	 * The default value of the '{@link #getLocalEpochs() <em>Local Epochs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocalEpochs()
	 * @generated
	 * @ordered
	 */
	protected static final int LOCAL_EPOCHS_EDEFAULT = 5;

	/**
	 * The cached value of the '{@link #getLocalEpochs() <em>Local Epochs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocalEpochs()
	 * @generated
	 * @ordered
	 */
	protected int localEpochs = LOCAL_EPOCHS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxWaitTicks() <em>Max Wait Ticks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxWaitTicks()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_WAIT_TICKS_EDEFAULT = 10;

	/**
	 * The cached value of the '{@link #getMaxWaitTicks() <em>Max Wait Ticks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxWaitTicks()
	 * @generated
	 * @ordered
	 */
	protected int maxWaitTicks = MAX_WAIT_TICKS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LearningParametersImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ScenarioPackage.Literals.LEARNING_PARAMETERS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHiddenUnits() {
		return hiddenUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHiddenUnits(int newHiddenUnits) {
		int oldHiddenUnits = hiddenUnits;
		hiddenUnits = newHiddenUnits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.LEARNING_PARAMETERS__HIDDEN_UNITS, oldHiddenUnits, hiddenUnits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLearningRate() {
		return learningRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLearningRate(double newLearningRate) {
		double oldLearningRate = learningRate;
		learningRate = newLearningRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.LEARNING_PARAMETERS__LEARNING_RATE, oldLearningRate, learningRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTicks() {
		return ticks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTicks(int newTicks) {
		int oldTicks = ticks;
		ticks = newTicks;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.LEARNING_PARAMETERS__TICKS, oldTicks, ticks));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAggregationPeriod() {
		return aggregationPeriod;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAggregationPeriod(int newAggregationPeriod) {
		int oldAggregationPeriod = aggregationPeriod;
		aggregationPeriod = newAggregationPeriod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.LEARNING_PARAMETERS__AGGREGATION_PERIOD, oldAggregationPeriod, aggregationPeriod));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBatchSize() {
		return batchSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBatchSize(int newBatchSize) {
		int oldBatchSize = batchSize;
		batchSize = newBatchSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.LEARNING_PARAMETERS__BATCH_SIZE, oldBatchSize, batchSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLabelSkew() {
		return labelSkew;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabelSkew(double newLabelSkew) {
		double oldLabelSkew = labelSkew;
		labelSkew = newLabelSkew;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.LEARNING_PARAMETERS__LABEL_SKEW, oldLabelSkew, labelSkew));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDataUnitSamples() {
		return dataUnitSamples;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataUnitSamples(int newDataUnitSamples) {
		int oldDataUnitSamples = dataUnitSamples;
		dataUnitSamples = newDataUnitSamples;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.LEARNING_PARAMETERS__DATA_UNIT_SAMPLES, oldDataUnitSamples, dataUnitSamples));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLocalEpochs() {
		return localEpochs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocalEpochs(int newLocalEpochs) {
		int oldLocalEpochs = localEpochs;
		localEpochs = newLocalEpochs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.LEARNING_PARAMETERS__LOCAL_EPOCHS, oldLocalEpochs, localEpochs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxWaitTicks() {
		return maxWaitTicks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxWaitTicks(int newMaxWaitTicks) {
		int oldMaxWaitTicks = maxWaitTicks;
		maxWaitTicks = newMaxWaitTicks;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.LEARNING_PARAMETERS__MAX_WAIT_TICKS, oldMaxWaitTicks, maxWaitTicks));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ScenarioPackage.LEARNING_PARAMETERS__HIDDEN_UNITS:
				return getHiddenUnits();
			case ScenarioPackage.LEARNING_PARAMETERS__LEARNING_RATE:
				return getLearningRate();
			case ScenarioPackage.LEARNING_PARAMETERS__TICKS:
				return getTicks();
			case ScenarioPackage.LEARNING_PARAMETERS__AGGREGATION_PERIOD:
				return getAggregationPeriod();
			case ScenarioPackage.LEARNING_PARAMETERS__BATCH_SIZE:
				return getBatchSize();
			case ScenarioPackage.LEARNING_PARAMETERS__LABEL_SKEW:
				return getLabelSkew();
			case ScenarioPackage.LEARNING_PARAMETERS__DATA_UNIT_SAMPLES:
				return getDataUnitSamples();
			case ScenarioPackage.LEARNING_PARAMETERS__LOCAL_EPOCHS:
				return getLocalEpochs();
			case ScenarioPackage.LEARNING_PARAMETERS__MAX_WAIT_TICKS:
				return getMaxWaitTicks();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ScenarioPackage.LEARNING_PARAMETERS__HIDDEN_UNITS:
				setHiddenUnits((Integer)newValue);
				return;
			case ScenarioPackage.LEARNING_PARAMETERS__LEARNING_RATE:
				setLearningRate((Double)newValue);
				return;
			case ScenarioPackage.LEARNING_PARAMETERS__TICKS:
				setTicks((Integer)newValue);
				return;
			case ScenarioPackage.LEARNING_PARAMETERS__AGGREGATION_PERIOD:
				setAggregationPeriod((Integer)newValue);
				return;
			case ScenarioPackage.LEARNING_PARAMETERS__BATCH_SIZE:
				setBatchSize((Integer)newValue);
				return;
			case ScenarioPackage.LEARNING_PARAMETERS__LABEL_SKEW:
				setLabelSkew((Double)newValue);
				return;
			case ScenarioPackage.LEARNING_PARAMETERS__DATA_UNIT_SAMPLES:
				setDataUnitSamples((Integer)newValue);
				return;
			case ScenarioPackage.LEARNING_PARAMETERS__LOCAL_EPOCHS:
				setLocalEpochs((Integer)newValue);
				return;
			case ScenarioPackage.LEARNING_PARAMETERS__MAX_WAIT_TICKS:
				setMaxWaitTicks((Integer)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ScenarioPackage.LEARNING_PARAMETERS__HIDDEN_UNITS:
				setHiddenUnits(HIDDEN_UNITS_EDEFAULT);
				return;
			case ScenarioPackage.LEARNING_PARAMETERS__LEARNING_RATE:
				setLearningRate(LEARNING_RATE_EDEFAULT);
				return;
			case ScenarioPackage.LEARNING_PARAMETERS__TICKS:
				setTicks(TICKS_EDEFAULT);
				return;
			case ScenarioPackage.LEARNING_PARAMETERS__AGGREGATION_PERIOD:
				setAggregationPeriod(AGGREGATION_PERIOD_EDEFAULT);
				return;
			case ScenarioPackage.LEARNING_PARAMETERS__BATCH_SIZE:
				setBatchSize(BATCH_SIZE_EDEFAULT);
				return;
			case ScenarioPackage.LEARNING_PARAMETERS__LABEL_SKEW:
				setLabelSkew(LABEL_SKEW_EDEFAULT);
				return;
			case ScenarioPackage.LEARNING_PARAMETERS__DATA_UNIT_SAMPLES:
				setDataUnitSamples(DATA_UNIT_SAMPLES_EDEFAULT);
				return;
			case ScenarioPackage.LEARNING_PARAMETERS__LOCAL_EPOCHS:
				setLocalEpochs(LOCAL_EPOCHS_EDEFAULT);
				return;
			case ScenarioPackage.LEARNING_PARAMETERS__MAX_WAIT_TICKS:
				setMaxWaitTicks(MAX_WAIT_TICKS_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ScenarioPackage.LEARNING_PARAMETERS__HIDDEN_UNITS:
				return hiddenUnits != HIDDEN_UNITS_EDEFAULT;
			case ScenarioPackage.LEARNING_PARAMETERS__LEARNING_RATE:
				return learningRate != LEARNING_RATE_EDEFAULT;
			case ScenarioPackage.LEARNING_PARAMETERS__TICKS:
				return ticks != TICKS_EDEFAULT;
			case ScenarioPackage.LEARNING_PARAMETERS__AGGREGATION_PERIOD:
				return aggregationPeriod != AGGREGATION_PERIOD_EDEFAULT;
			case ScenarioPackage.LEARNING_PARAMETERS__BATCH_SIZE:
				return batchSize != BATCH_SIZE_EDEFAULT;
			case ScenarioPackage.LEARNING_PARAMETERS__LABEL_SKEW:
				return labelSkew != LABEL_SKEW_EDEFAULT;
			case ScenarioPackage.LEARNING_PARAMETERS__DATA_UNIT_SAMPLES:
				return dataUnitSamples != DATA_UNIT_SAMPLES_EDEFAULT;
			case ScenarioPackage.LEARNING_PARAMETERS__LOCAL_EPOCHS:
				return localEpochs != LOCAL_EPOCHS_EDEFAULT;
			case ScenarioPackage.LEARNING_PARAMETERS__MAX_WAIT_TICKS:
				return maxWaitTicks != MAX_WAIT_TICKS_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (hiddenUnits: ");
		result.append(hiddenUnits);
		result.append(", learningRate: ");
		result.append(learningRate);
		result.append(", ticks: ");
		result.append(ticks);
		result.append(", aggregationPeriod: ");
		result.append(aggregationPeriod);
		result.append(", batchSize: ");
		result.append(batchSize);
		result.append(", labelSkew: ");
		result.append(labelSkew);
		result.append(", dataUnitSamples: ");
		result.append(dataUnitSamples);
		result.append(", localEpochs: ");
		result.append(localEpochs);
		result.append(", maxWaitTicks: ");
		result.append(maxWaitTicks);
		result.append(')');
		return result.toString();
	}

} //LearningParametersImpl
