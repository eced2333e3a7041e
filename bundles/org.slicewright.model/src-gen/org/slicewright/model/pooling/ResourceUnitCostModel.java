/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.pooling;

import org.slicewright.model.topology.Identified;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Resource Unit Cost Model</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Resource-unit (RU) prices of the pooling case study; editable.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.pooling.ResourceUnitCostModel#getCommunicationPerDataUnit <em>Communication Per Data Unit</em>}</li>
 *   <li>{@link org.slicewright.model.pooling.ResourceUnitCostModel#getComputingPerDataUnit <em>Computing Per Data Unit</em>}</li>
 *   <li>{@link org.slicewright.model.pooling.ResourceUnitCostModel#getModelExchangePerTransfer <em>Model Exchange Per Transfer</em>}</li>
 *   <li>{@link org.slicewright.model.pooling.ResourceUnitCostModel#getModelTraining <em>Model Training</em>}</li>
 *   <li>{@link org.slicewright.model.pooling.ResourceUnitCostModel#getModelTrainingPer <em>Model Training Per</em>}</li>
 *   <li>{@link org.slicewright.model.pooling.ResourceUnitCostModel#getShortfallMultiplier <em>Shortfall Multiplier</em>}</li>
 * </ul>
 *
 * @see org.slicewright.model.pooling.PoolingPackage#getResourceUnitCostModel()
 * @model
 * @generated
 */
public interface ResourceUnitCostModel extends Identified {
	/**
	 * Returns the value of the '<em><b>Communication Per Data Unit</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * RU per unit of data moved between two APs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Communication Per Data Unit</em>' attribute.
	 * @see #setCommunicationPerDataUnit(double)
	 * @see org.slicewright.model.pooling.PoolingPackage#getResourceUnitCostModel_CommunicationPerDataUnit()
	 * @model default="1.0"
	 *        annotation="http://slicewright.org/range min='0' max='1e6'"
	 * @generated
	 */
	double getCommunicationPerDataUnit();

	/**
	 * Sets the value of the '{@link org.slicewright.model.pooling.ResourceUnitCostModel#getCommunicationPerDataUnit <em>Communication Per Data Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Communication Per Data Unit</em>' attribute.
	 * @see #getCommunicationPerDataUnit()
	 * @generated
	 */
	void setCommunicationPerDataUnit(double value);

	/**
	 * Returns the value of the '<em><b>Computing Per Data Unit</b></em>' attribute.
	 * The default value is <code>"0.5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * RU per unit of data processed for training.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Computing Per Data Unit</em>' attribute.
	 * @see #setComputingPerDataUnit(double)
	 * @see org.slicewright.model.pooling.PoolingPackage#getResourceUnitCostModel_ComputingPerDataUnit()
	 * @model default="0.5"
	 *        annotation="http://slicewright.org/range min='0' max='1e6'"
	 * @generated
	 */
	double getComputingPerDataUnit();

	/**
	 * Sets the value of the '{@link org.slicewright.model.pooling.ResourceUnitCostModel#getComputingPerDataUnit <em>Computing Per Data Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Computing Per Data Unit</em>' attribute.
	 * @see #getComputingPerDataUnit()
	 * @generated
	 */
	void setComputingPerDataUnit(double value);

	/**
	 * Returns the value of the '<em><b>Model Exchange Per Transfer</b></em>' attribute.
	 * The default value is <code>"0.1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * RU per model upload or download in federated learning.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Model Exchange Per Transfer</em>' attribute.
	 * @see #setModelExchangePerTransfer(double)
	 * @see org.slicewright.model.pooling.PoolingPackage#getResourceUnitCostModel_ModelExchangePerTransfer()
	 * @model default="0.1"
	 *        annotation="http://slicewright.org/range min='0' max='1e6'"
	 * @generated
	 */
	double getModelExchangePerTransfer();

	/**
	 * Sets the value of the '{@link org.slicewright.model.pooling.ResourceUnitCostModel#getModelExchangePerTransfer <em>Model Exchange Per Transfer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model Exchange Per Transfer</em>' attribute.
	 * @see #getModelExchangePerTransfer()
	 * @generated
	 */
	void setModelExchangePerTransfer(double value);

	/**
	 * Returns the value of the '<em><b>Model Training</b></em>' attribute.
	 * The default value is <code>"10.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * RU per model training.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Model Training</em>' attribute.
	 * @see #setModelTraining(double)
	 * @see org.slicewright.model.pooling.PoolingPackage#getResourceUnitCostModel_ModelTraining()
	 * @model default="10.0"
	 *        annotation="http://slicewright.org/range min='0' max='1e6'"
	 * @generated
	 */
	double getModelTraining();

	/**
	 * Sets the value of the '{@link org.slicewright.model.pooling.ResourceUnitCostModel#getModelTraining <em>Model Training</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model Training</em>' attribute.
	 * @see #getModelTraining()
	 * @generated
	 */
	void setModelTraining(double value);

	/**
	 * Returns the value of the '<em><b>Model Training Per</b></em>' attribute.
	 * The default value is <code>"ROUND"</code>.
	 * The literals are from the enumeration {@link org.slicewright.model.pooling.TrainingChargeBasis}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What one model training is: ROUND (default) = a trainer's local model trained in one FedAvg round, the model it uploads; TICK = each tick in which a trainer trains.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Model Training Per</em>' attribute.
	 * @see org.slicewright.model.pooling.TrainingChargeBasis
	 * @see #setModelTrainingPer(TrainingChargeBasis)
	 * @see org.slicewright.model.pooling.PoolingPackage#getResourceUnitCostModel_ModelTrainingPer()
	 * @model default="ROUND"
	 * @generated
	 */
	TrainingChargeBasis getModelTrainingPer();

	/**
	 * Sets the value of the '{@link org.slicewright.model.pooling.ResourceUnitCostModel#getModelTrainingPer <em>Model Training Per</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model Training Per</em>' attribute.
	 * @see org.slicewright.model.pooling.TrainingChargeBasis
	 * @see #getModelTrainingPer()
	 * @generated
	 */
	void setModelTrainingPer(TrainingChargeBasis value);

	/**
	 * Returns the value of the '<em><b>Shortfall Multiplier</b></em>' attribute.
	 * The default value is <code>"2.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Price factor on resources used beyond the reservation. The pooling study states that extra cost applies without a value; 2 is our assumption (on-demand capacity at twice the reserved price).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Shortfall Multiplier</em>' attribute.
	 * @see #setShortfallMultiplier(double)
	 * @see org.slicewright.model.pooling.PoolingPackage#getResourceUnitCostModel_ShortfallMultiplier()
	 * @model default="2.0"
	 *        annotation="http://slicewright.org/range min='1' max='100'"
	 * @generated
	 */
	double getShortfallMultiplier();

	/**
	 * Sets the value of the '{@link org.slicewright.model.pooling.ResourceUnitCostModel#getShortfallMultiplier <em>Shortfall Multiplier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shortfall Multiplier</em>' attribute.
	 * @see #getShortfallMultiplier()
	 * @generated
	 */
	void setShortfallMultiplier(double value);

} // ResourceUnitCostModel
