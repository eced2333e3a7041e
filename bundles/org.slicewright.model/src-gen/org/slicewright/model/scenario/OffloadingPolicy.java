/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.scenario;

import org.slicewright.model.topology.Identified;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Offloading Policy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An edge/cloud offloading policy of the DDNN with its parameters.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.scenario.OffloadingPolicy#getKind <em>Kind</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.OffloadingPolicy#getTransmissionCost <em>Transmission Cost</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.OffloadingPolicy#getProbability <em>Probability</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.OffloadingPolicy#getDropout <em>Dropout</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.OffloadingPolicy#getPasses <em>Passes</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.OffloadingPolicy#getThreshold <em>Threshold</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.OffloadingPolicy#getLocalWeight <em>Local Weight</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.OffloadingPolicy#getUnderProvisioningCost <em>Under Provisioning Cost</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.OffloadingPolicy#getOverProvisioningCost <em>Over Provisioning Cost</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.OffloadingPolicy#getRttMs <em>Rtt Ms</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.OffloadingPolicy#getPreset <em>Preset</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.OffloadingPolicy#getEpochs <em>Epochs</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.OffloadingPolicy#getPatience <em>Patience</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.OffloadingPolicy#getLearningRate <em>Learning Rate</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.OffloadingPolicy#isResidualTarget <em>Residual Target</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.OffloadingPolicy#getOffloadingBlock <em>Offloading Block</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.OffloadingPolicy#getWeightSweep <em>Weight Sweep</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.OffloadingPolicy#getTraceRef <em>Trace Ref</em>}</li>
 * </ul>
 *
 * @see org.slicewright.model.scenario.ScenarioPackage#getOffloadingPolicy()
 * @model
 * @generated
 */
public interface OffloadingPolicy extends Identified {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"ORACLE"</code>.
	 * The literals are from the enumeration {@link org.slicewright.model.scenario.OffloadingKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Policy.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.slicewright.model.scenario.OffloadingKind
	 * @see #setKind(OffloadingKind)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getOffloadingPolicy_Kind()
	 * @model default="ORACLE"
	 * @generated
	 */
	OffloadingKind getKind();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.OffloadingPolicy#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.slicewright.model.scenario.OffloadingKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(OffloadingKind value);

	/**
	 * Returns the value of the '<em><b>Transmission Cost</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * C_T of the oracle and ML policies.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Transmission Cost</em>' attribute.
	 * @see #setTransmissionCost(double)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getOffloadingPolicy_TransmissionCost()
	 * @model default="0.0"
	 *        annotation="http://slicewright.org/range min='0' max='1e6'"
	 * @generated
	 */
	double getTransmissionCost();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.OffloadingPolicy#getTransmissionCost <em>Transmission Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Transmission Cost</em>' attribute.
	 * @see #getTransmissionCost()
	 * @generated
	 */
	void setTransmissionCost(double value);

	/**
	 * Returns the value of the '<em><b>Probability</b></em>' attribute.
	 * The default value is <code>"0.5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Local probability p of the random policy.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Probability</em>' attribute.
	 * @see #setProbability(double)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getOffloadingPolicy_Probability()
	 * @model default="0.5"
	 *        annotation="http://slicewright.org/range min='0' max='1'"
	 * @generated
	 */
	double getProbability();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.OffloadingPolicy#getProbability <em>Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Probability</em>' attribute.
	 * @see #getProbability()
	 * @generated
	 */
	void setProbability(double value);

	/**
	 * Returns the value of the '<em><b>Dropout</b></em>' attribute.
	 * The default value is <code>"0.4"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Dropout rate of the confidence policy.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dropout</em>' attribute.
	 * @see #setDropout(double)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getOffloadingPolicy_Dropout()
	 * @model default="0.4"
	 *        annotation="http://slicewright.org/range min='0' max='1'"
	 * @generated
	 */
	double getDropout();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.OffloadingPolicy#getDropout <em>Dropout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dropout</em>' attribute.
	 * @see #getDropout()
	 * @generated
	 */
	void setDropout(double value);

	/**
	 * Returns the value of the '<em><b>Passes</b></em>' attribute.
	 * The default value is <code>"10"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Monte-Carlo passes J of the confidence policy.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Passes</em>' attribute.
	 * @see #setPasses(int)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getOffloadingPolicy_Passes()
	 * @model default="10"
	 *        annotation="http://slicewright.org/range min='1' max='1000'"
	 * @generated
	 */
	int getPasses();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.OffloadingPolicy#getPasses <em>Passes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Passes</em>' attribute.
	 * @see #getPasses()
	 * @generated
	 */
	void setPasses(int value);

	/**
	 * Returns the value of the '<em><b>Threshold</b></em>' attribute.
	 * The default value is <code>"0.05"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Uncertainty threshold eta of the confidence policy.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Threshold</em>' attribute.
	 * @see #setThreshold(double)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getOffloadingPolicy_Threshold()
	 * @model default="0.05"
	 *        annotation="http://slicewright.org/range min='0' max='1e6'"
	 * @generated
	 */
	double getThreshold();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.OffloadingPolicy#getThreshold <em>Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Threshold</em>' attribute.
	 * @see #getThreshold()
	 * @generated
	 */
	void setThreshold(double value);

	/**
	 * Returns the value of the '<em><b>Local Weight</b></em>' attribute.
	 * The default value is <code>"0.9"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Joint-training weight w_L of the local exit (w_R = 1 - w_L).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Local Weight</em>' attribute.
	 * @see #setLocalWeight(double)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getOffloadingPolicy_LocalWeight()
	 * @model default="0.9"
	 *        annotation="http://slicewright.org/range min='0' max='1'"
	 * @generated
	 */
	double getLocalWeight();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.OffloadingPolicy#getLocalWeight <em>Local Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Local Weight</em>' attribute.
	 * @see #getLocalWeight()
	 * @generated
	 */
	void setLocalWeight(double value);

	/**
	 * Returns the value of the '<em><b>Under Provisioning Cost</b></em>' attribute.
	 * The default value is <code>"50.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * c1 of the asymmetric cost.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Under Provisioning Cost</em>' attribute.
	 * @see #setUnderProvisioningCost(double)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getOffloadingPolicy_UnderProvisioningCost()
	 * @model default="50.0"
	 *        annotation="http://slicewright.org/range min='0' max='1e6'"
	 * @generated
	 */
	double getUnderProvisioningCost();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.OffloadingPolicy#getUnderProvisioningCost <em>Under Provisioning Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Under Provisioning Cost</em>' attribute.
	 * @see #getUnderProvisioningCost()
	 * @generated
	 */
	void setUnderProvisioningCost(double value);

	/**
	 * Returns the value of the '<em><b>Over Provisioning Cost</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * c2 of the asymmetric cost.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Over Provisioning Cost</em>' attribute.
	 * @see #setOverProvisioningCost(double)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getOffloadingPolicy_OverProvisioningCost()
	 * @model default="1.0"
	 *        annotation="http://slicewright.org/range min='0' max='1e6'"
	 * @generated
	 */
	double getOverProvisioningCost();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.OffloadingPolicy#getOverProvisioningCost <em>Over Provisioning Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Over Provisioning Cost</em>' attribute.
	 * @see #getOverProvisioningCost()
	 * @generated
	 */
	void setOverProvisioningCost(double value);

	/**
	 * Returns the value of the '<em><b>Rtt Ms</b></em>' attribute.
	 * The default value is <code>"42.46"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Edge-cloud round-trip time, ms.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rtt Ms</em>' attribute.
	 * @see #setRttMs(double)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getOffloadingPolicy_RttMs()
	 * @model default="42.46"
	 *        annotation="http://slicewright.org/range min='0' max='60000'"
	 * @generated
	 */
	double getRttMs();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.OffloadingPolicy#getRttMs <em>Rtt Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rtt Ms</em>' attribute.
	 * @see #getRttMs()
	 * @generated
	 */
	void setRttMs(double value);

	/**
	 * Returns the value of the '<em><b>Preset</b></em>' attribute.
	 * The default value is <code>"paper"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DDNN sizes: paper (default: the study's remote LSTM 256, 128 and dense 128, 64, 32) or small (LSTM 32, 32; dense 32, 16: quick runs).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Preset</em>' attribute.
	 * @see #setPreset(String)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getOffloadingPolicy_Preset()
	 * @model default="paper"
	 * @generated
	 */
	String getPreset();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.OffloadingPolicy#getPreset <em>Preset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Preset</em>' attribute.
	 * @see #getPreset()
	 * @generated
	 */
	void setPreset(String value);

	/**
	 * Returns the value of the '<em><b>Epochs</b></em>' attribute.
	 * The default value is <code>"40"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Epoch cap of every model's training (the DDNN at each w_L, the centralised LSTM, DeepCog); early stopping on the validation windows usually ends sooner.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Epochs</em>' attribute.
	 * @see #setEpochs(int)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getOffloadingPolicy_Epochs()
	 * @model default="40"
	 *        annotation="http://slicewright.org/range min='1' max='10000'"
	 * @generated
	 */
	int getEpochs();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.OffloadingPolicy#getEpochs <em>Epochs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Epochs</em>' attribute.
	 * @see #getEpochs()
	 * @generated
	 */
	void setEpochs(int value);

	/**
	 * Returns the value of the '<em><b>Patience</b></em>' attribute.
	 * The default value is <code>"10"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Early stopping: epochs without a better validation cost before training stops (the best epoch's weights are kept).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Patience</em>' attribute.
	 * @see #setPatience(int)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getOffloadingPolicy_Patience()
	 * @model default="10"
	 *        annotation="http://slicewright.org/range min='1' max='10000'"
	 * @generated
	 */
	int getPatience();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.OffloadingPolicy#getPatience <em>Patience</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Patience</em>' attribute.
	 * @see #getPatience()
	 * @generated
	 */
	void setPatience(int value);

	/**
	 * Returns the value of the '<em><b>Learning Rate</b></em>' attribute.
	 * The default value is <code>"0.002"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Adam learning rate shared by every model of the comparison.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Learning Rate</em>' attribute.
	 * @see #setLearningRate(double)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getOffloadingPolicy_LearningRate()
	 * @model default="0.002"
	 *        annotation="http://slicewright.org/range min='1e-9' max='10'"
	 * @generated
	 */
	double getLearningRate();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.OffloadingPolicy#getLearningRate <em>Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Learning Rate</em>' attribute.
	 * @see #getLearningRate()
	 * @generated
	 */
	void setLearningRate(double value);

	/**
	 * Returns the value of the '<em><b>Residual Target</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When true, the remote exit and the centralised baselines predict a correction to the last demand sample instead of the allocation itself (the study predicts the allocation).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Residual Target</em>' attribute.
	 * @see #setResidualTarget(boolean)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getOffloadingPolicy_ResidualTarget()
	 * @model default="false"
	 * @generated
	 */
	boolean isResidualTarget();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.OffloadingPolicy#isResidualTarget <em>Residual Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Residual Target</em>' attribute.
	 * @see #isResidualTarget()
	 * @generated
	 */
	void setResidualTarget(boolean value);

	/**
	 * Returns the value of the '<em><b>Offloading Block</b></em>' attribute.
	 * The default value is <code>"network"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Classifier of the ML policy: network (the study's three fully connected layers) or logistic (logistic regression).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Offloading Block</em>' attribute.
	 * @see #setOffloadingBlock(String)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getOffloadingPolicy_OffloadingBlock()
	 * @model default="network"
	 * @generated
	 */
	String getOffloadingBlock();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.OffloadingPolicy#getOffloadingBlock <em>Offloading Block</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Offloading Block</em>' attribute.
	 * @see #getOffloadingBlock()
	 * @generated
	 */
	void setOffloadingBlock(String value);

	/**
	 * Returns the value of the '<em><b>Weight Sweep</b></em>' attribute.
	 * The default value is <code>"0.1 0.5 0.8 0.9"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Further local weights w_L trained for the weight comparison (space-separated, each in [0, 1]; empty for none).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weight Sweep</em>' attribute.
	 * @see #setWeightSweep(String)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getOffloadingPolicy_WeightSweep()
	 * @model default="0.1 0.5 0.8 0.9"
	 * @generated
	 */
	String getWeightSweep();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.OffloadingPolicy#getWeightSweep <em>Weight Sweep</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight Sweep</em>' attribute.
	 * @see #getWeightSweep()
	 * @generated
	 */
	void setWeightSweep(String value);

	/**
	 * Returns the value of the '<em><b>Trace Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Path of a demand-trace CSV (one column per VNF, optional timestamp column) relative to the scenario file; when unset, demand comes from the level-one twins or a seeded synthetic trace.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Trace Ref</em>' attribute.
	 * @see #setTraceRef(String)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getOffloadingPolicy_TraceRef()
	 * @model
	 * @generated
	 */
	String getTraceRef();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.OffloadingPolicy#getTraceRef <em>Trace Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trace Ref</em>' attribute.
	 * @see #getTraceRef()
	 * @generated
	 */
	void setTraceRef(String value);

} // OffloadingPolicy
