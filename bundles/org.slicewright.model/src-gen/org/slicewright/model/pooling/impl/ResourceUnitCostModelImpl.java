/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.pooling.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.slicewright.model.pooling.PoolingPackage;
import org.slicewright.model.pooling.ResourceUnitCostModel;

import org.slicewright.model.pooling.TrainingChargeBasis;
import org.slicewright.model.topology.impl.IdentifiedImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Resource Unit Cost Model</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.pooling.impl.ResourceUnitCostModelImpl#getCommunicationPerDataUnit <em>Communication Per Data Unit</em>}</li>
 *   <li>{@link org.slicewright.model.pooling.impl.ResourceUnitCostModelImpl#getComputingPerDataUnit <em>Computing Per Data Unit</em>}</li>
 *   <li>{@link org.slicewright.model.pooling.impl.ResourceUnitCostModelImpl#getModelExchangePerTransfer <em>Model Exchange Per Transfer</em>}</li>
 *   <li>{@link org.slicewright.model.pooling.impl.ResourceUnitCostModelImpl#getModelTraining <em>Model Training</em>}</li>
 *   <li>{@link org.slicewright.model.pooling.impl.ResourceUnitCostModelImpl#getModelTrainingPer <em>Model Training Per</em>}</li>
 *   <li>{@link org.slicewright.model.pooling.impl.ResourceUnitCostModelImpl#getShortfallMultiplier <em>Shortfall Multiplier</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ResourceUnitCostModelImpl extends IdentifiedImpl implements ResourceUnitCostModel {
	/**
	 * The default value of the '{@link #getCommunicationPerDataUnit() <em>Communication Per Data Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommunicationPerDataUnit()
	 * @generated
	 * @ordered
	 */
	protected static final double COMMUNICATION_PER_DATA_UNIT_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getCommunicationPerDataUnit() <em>Communication Per Data Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommunicationPerDataUnit()
	 * @generated
	 * @ordered
	 */
	protected double communicationPerDataUnit = COMMUNICATION_PER_DATA_UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getComputingPerDataUnit() <em>Computing Per Data Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComputingPerDataUnit()
	 * @generated
	 * @ordered
	 */
	protected static final double COMPUTING_PER_DATA_UNIT_EDEFAULT = 0.5;

	/**
	 * The cached value of the '{@link #getComputingPerDataUnit() <em>Computing Per Data Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComputingPerDataUnit()
	 * @generated
	 * @ordered
	 */
	protected double computingPerDataUnit = COMPUTING_PER_DATA_UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getModelExchangePerTransfer() <em>Model Exchange Per Transfer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelExchangePerTransfer()
	 * @generated
	 * @ordered
	 */
	protected static final double MODEL_EXCHANGE_PER_TRANSFER_EDEFAULT = 0.1;

	/**
	 * The cached value of the '{@link #getModelExchangePerTransfer() <em>Model Exchange Per Transfer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelExchangePerTransfer()
	 * @generated
	 * @ordered
	 */
	protected double modelExchangePerTransfer = MODEL_EXCHANGE_PER_TRANSFER_EDEFAULT;

	/**
	 * The default value of the '{@link #getModelTraining() <em>Model Training</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelTraining()
	 * @generated
	 * @ordered
	 */
	protected static final double MODEL_TRAINING_EDEFAULT = 10.0;

	/**
	 * The cached value of the '{@link #getModelTraining() <em>Model Training</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelTraining()
	 * @generated
	 * @ordered
	 */
	protected double modelTraining = MODEL_TRAINING_EDEFAULT;

	/**
	 * The default value of the '{@link #getModelTrainingPer() <em>Model Training Per</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelTrainingPer()
	 * @generated
	 * @ordered
	 */
	protected static final TrainingChargeBasis MODEL_TRAINING_PER_EDEFAULT = TrainingChargeBasis.ROUND;

	/**
	 * The cached value of the '{@link #getModelTrainingPer() <em>Model Training Per</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelTrainingPer()
	 * @generated
	 * @ordered
	 */
	protected TrainingChargeBasis modelTrainingPer = MODEL_TRAINING_PER_EDEFAULT;

	/**
	 * The default value of the '{@link #getShortfallMultiplier() <em>Shortfall Multiplier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShortfallMultiplier()
	 * @generated
	 * @ordered
	 */
	protected static final double SHORTFALL_MULTIPLIER_EDEFAULT = 2.0;

	/**
	 * The cached value of the '{@link #getShortfallMultiplier() <em>Shortfall Multiplier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShortfallMultiplier()
	 * @generated
	 * @ordered
	 */
	protected double shortfallMultiplier = SHORTFALL_MULTIPLIER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ResourceUnitCostModelImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PoolingPackage.Literals.RESOURCE_UNIT_COST_MODEL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCommunicationPerDataUnit() {
		return communicationPerDataUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCommunicationPerDataUnit(double newCommunicationPerDataUnit) {
		double oldCommunicationPerDataUnit = communicationPerDataUnit;
		communicationPerDataUnit = newCommunicationPerDataUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolingPackage.RESOURCE_UNIT_COST_MODEL__COMMUNICATION_PER_DATA_UNIT, oldCommunicationPerDataUnit, communicationPerDataUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getComputingPerDataUnit() {
		return computingPerDataUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComputingPerDataUnit(double newComputingPerDataUnit) {
		double oldComputingPerDataUnit = computingPerDataUnit;
		computingPerDataUnit = newComputingPerDataUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolingPackage.RESOURCE_UNIT_COST_MODEL__COMPUTING_PER_DATA_UNIT, oldComputingPerDataUnit, computingPerDataUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getModelExchangePerTransfer() {
		return modelExchangePerTransfer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModelExchangePerTransfer(double newModelExchangePerTransfer) {
		double oldModelExchangePerTransfer = modelExchangePerTransfer;
		modelExchangePerTransfer = newModelExchangePerTransfer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolingPackage.RESOURCE_UNIT_COST_MODEL__MODEL_EXCHANGE_PER_TRANSFER, oldModelExchangePerTransfer, modelExchangePerTransfer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getModelTraining() {
		return modelTraining;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModelTraining(double newModelTraining) {
		double oldModelTraining = modelTraining;
		modelTraining = newModelTraining;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolingPackage.RESOURCE_UNIT_COST_MODEL__MODEL_TRAINING, oldModelTraining, modelTraining));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrainingChargeBasis getModelTrainingPer() {
		return modelTrainingPer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModelTrainingPer(TrainingChargeBasis newModelTrainingPer) {
		TrainingChargeBasis oldModelTrainingPer = modelTrainingPer;
		modelTrainingPer = newModelTrainingPer == null ? MODEL_TRAINING_PER_EDEFAULT : newModelTrainingPer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolingPackage.RESOURCE_UNIT_COST_MODEL__MODEL_TRAINING_PER, oldModelTrainingPer, modelTrainingPer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getShortfallMultiplier() {
		return shortfallMultiplier;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShortfallMultiplier(double newShortfallMultiplier) {
		double oldShortfallMultiplier = shortfallMultiplier;
		shortfallMultiplier = newShortfallMultiplier;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolingPackage.RESOURCE_UNIT_COST_MODEL__SHORTFALL_MULTIPLIER, oldShortfallMultiplier, shortfallMultiplier));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PoolingPackage.RESOURCE_UNIT_COST_MODEL__COMMUNICATION_PER_DATA_UNIT:
				return getCommunicationPerDataUnit();
			case PoolingPackage.RESOURCE_UNIT_COST_MODEL__COMPUTING_PER_DATA_UNIT:
				return getComputingPerDataUnit();
			case PoolingPackage.RESOURCE_UNIT_COST_MODEL__MODEL_EXCHANGE_PER_TRANSFER:
				return getModelExchangePerTransfer();
			case PoolingPackage.RESOURCE_UNIT_COST_MODEL__MODEL_TRAINING:
				return getModelTraining();
			case PoolingPackage.RESOURCE_UNIT_COST_MODEL__MODEL_TRAINING_PER:
				return getModelTrainingPer();
			case PoolingPackage.RESOURCE_UNIT_COST_MODEL__SHORTFALL_MULTIPLIER:
				return getShortfallMultiplier();
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
			case PoolingPackage.RESOURCE_UNIT_COST_MODEL__COMMUNICATION_PER_DATA_UNIT:
				setCommunicationPerDataUnit((Double)newValue);
				return;
			case PoolingPackage.RESOURCE_UNIT_COST_MODEL__COMPUTING_PER_DATA_UNIT:
				setComputingPerDataUnit((Double)newValue);
				return;
			case PoolingPackage.RESOURCE_UNIT_COST_MODEL__MODEL_EXCHANGE_PER_TRANSFER:
				setModelExchangePerTransfer((Double)newValue);
				return;
			case PoolingPackage.RESOURCE_UNIT_COST_MODEL__MODEL_TRAINING:
				setModelTraining((Double)newValue);
				return;
			case PoolingPackage.RESOURCE_UNIT_COST_MODEL__MODEL_TRAINING_PER:
				setModelTrainingPer((TrainingChargeBasis)newValue);
				return;
			case PoolingPackage.RESOURCE_UNIT_COST_MODEL__SHORTFALL_MULTIPLIER:
				setShortfallMultiplier((Double)newValue);
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
			case PoolingPackage.RESOURCE_UNIT_COST_MODEL__COMMUNICATION_PER_DATA_UNIT:
				setCommunicationPerDataUnit(COMMUNICATION_PER_DATA_UNIT_EDEFAULT);
				return;
			case PoolingPackage.RESOURCE_UNIT_COST_MODEL__COMPUTING_PER_DATA_UNIT:
				setComputingPerDataUnit(COMPUTING_PER_DATA_UNIT_EDEFAULT);
				return;
			case PoolingPackage.RESOURCE_UNIT_COST_MODEL__MODEL_EXCHANGE_PER_TRANSFER:
				setModelExchangePerTransfer(MODEL_EXCHANGE_PER_TRANSFER_EDEFAULT);
				return;
			case PoolingPackage.RESOURCE_UNIT_COST_MODEL__MODEL_TRAINING:
				setModelTraining(MODEL_TRAINING_EDEFAULT);
				return;
			case PoolingPackage.RESOURCE_UNIT_COST_MODEL__MODEL_TRAINING_PER:
				setModelTrainingPer(MODEL_TRAINING_PER_EDEFAULT);
				return;
			case PoolingPackage.RESOURCE_UNIT_COST_MODEL__SHORTFALL_MULTIPLIER:
				setShortfallMultiplier(SHORTFALL_MULTIPLIER_EDEFAULT);
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
			case PoolingPackage.RESOURCE_UNIT_COST_MODEL__COMMUNICATION_PER_DATA_UNIT:
				return communicationPerDataUnit != COMMUNICATION_PER_DATA_UNIT_EDEFAULT;
			case PoolingPackage.RESOURCE_UNIT_COST_MODEL__COMPUTING_PER_DATA_UNIT:
				return computingPerDataUnit != COMPUTING_PER_DATA_UNIT_EDEFAULT;
			case PoolingPackage.RESOURCE_UNIT_COST_MODEL__MODEL_EXCHANGE_PER_TRANSFER:
				return modelExchangePerTransfer != MODEL_EXCHANGE_PER_TRANSFER_EDEFAULT;
			case PoolingPackage.RESOURCE_UNIT_COST_MODEL__MODEL_TRAINING:
				return modelTraining != MODEL_TRAINING_EDEFAULT;
			case PoolingPackage.RESOURCE_UNIT_COST_MODEL__MODEL_TRAINING_PER:
				return modelTrainingPer != MODEL_TRAINING_PER_EDEFAULT;
			case PoolingPackage.RESOURCE_UNIT_COST_MODEL__SHORTFALL_MULTIPLIER:
				return shortfallMultiplier != SHORTFALL_MULTIPLIER_EDEFAULT;
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
		result.append(" (communicationPerDataUnit: ");
		result.append(communicationPerDataUnit);
		result.append(", computingPerDataUnit: ");
		result.append(computingPerDataUnit);
		result.append(", modelExchangePerTransfer: ");
		result.append(modelExchangePerTransfer);
		result.append(", modelTraining: ");
		result.append(modelTraining);
		result.append(", modelTrainingPer: ");
		result.append(modelTrainingPer);
		result.append(", shortfallMultiplier: ");
		result.append(shortfallMultiplier);
		result.append(')');
		return result.toString();
	}

} //ResourceUnitCostModelImpl
