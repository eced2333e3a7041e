/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.scenario.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.slicewright.model.scenario.OffloadingKind;
import org.slicewright.model.scenario.OffloadingPolicy;
import org.slicewright.model.scenario.ScenarioPackage;

import org.slicewright.model.topology.impl.IdentifiedImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Offloading Policy</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.scenario.impl.OffloadingPolicyImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.OffloadingPolicyImpl#getTransmissionCost <em>Transmission Cost</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.OffloadingPolicyImpl#getProbability <em>Probability</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.OffloadingPolicyImpl#getDropout <em>Dropout</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.OffloadingPolicyImpl#getPasses <em>Passes</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.OffloadingPolicyImpl#getThreshold <em>Threshold</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.OffloadingPolicyImpl#getLocalWeight <em>Local Weight</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.OffloadingPolicyImpl#getUnderProvisioningCost <em>Under Provisioning Cost</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.OffloadingPolicyImpl#getOverProvisioningCost <em>Over Provisioning Cost</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.OffloadingPolicyImpl#getRttMs <em>Rtt Ms</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.OffloadingPolicyImpl#getPreset <em>Preset</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.OffloadingPolicyImpl#getEpochs <em>Epochs</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.OffloadingPolicyImpl#getPatience <em>Patience</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.OffloadingPolicyImpl#getLearningRate <em>Learning Rate</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.OffloadingPolicyImpl#isResidualTarget <em>Residual Target</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.OffloadingPolicyImpl#getOffloadingBlock <em>Offloading Block</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.OffloadingPolicyImpl#getWeightSweep <em>Weight Sweep</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.OffloadingPolicyImpl#getTraceRef <em>Trace Ref</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OffloadingPolicyImpl extends IdentifiedImpl implements OffloadingPolicy {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final OffloadingKind KIND_EDEFAULT = OffloadingKind.ORACLE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected OffloadingKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getTransmissionCost() <em>Transmission Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTransmissionCost()
	 * @generated
	 * @ordered
	 */
	protected static final double TRANSMISSION_COST_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTransmissionCost() <em>Transmission Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTransmissionCost()
	 * @generated
	 * @ordered
	 */
	protected double transmissionCost = TRANSMISSION_COST_EDEFAULT;

	/**
	 * The default value of the '{@link #getProbability() <em>Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProbability()
	 * @generated
	 * @ordered
	 */
	protected static final double PROBABILITY_EDEFAULT = 0.5;

	/**
	 * The cached value of the '{@link #getProbability() <em>Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProbability()
	 * @generated
	 * @ordered
	 */
	protected double probability = PROBABILITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getDropout() <em>Dropout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDropout()
	 * @generated
	 * @ordered
	 */
	protected static final double DROPOUT_EDEFAULT = 0.4;

	/**
	 * The cached value of the '{@link #getDropout() <em>Dropout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDropout()
	 * @generated
	 * @ordered
	 */
	protected double dropout = DROPOUT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPasses() <em>Passes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPasses()
	 * @generated
	 * @ordered
	 */
	protected static final int PASSES_EDEFAULT = 10;

	/**
	 * The cached value of the '{@link #getPasses() <em>Passes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPasses()
	 * @generated
	 * @ordered
	 */
	protected int passes = PASSES_EDEFAULT;

	/**
	 * The default value of the '{@link #getThreshold() <em>Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreshold()
	 * @generated
	 * @ordered
	 */
	protected static final double THRESHOLD_EDEFAULT = 0.05;

	/**
	 * The cached value of the '{@link #getThreshold() <em>Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreshold()
	 * @generated
	 * @ordered
	 */
	protected double threshold = THRESHOLD_EDEFAULT;

	/**
	 * The default value of the '{@link #getLocalWeight() <em>Local Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocalWeight()
	 * @generated
	 * @ordered
	 */
	protected static final double LOCAL_WEIGHT_EDEFAULT = 0.9;

	/**
	 * The cached value of the '{@link #getLocalWeight() <em>Local Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocalWeight()
	 * @generated
	 * @ordered
	 */
	protected double localWeight = LOCAL_WEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnderProvisioningCost() <em>Under Provisioning Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnderProvisioningCost()
	 * @generated
	 * @ordered
	 */
	protected static final double UNDER_PROVISIONING_COST_EDEFAULT = 50.0;

	/**
	 * The cached value of the '{@link #getUnderProvisioningCost() <em>Under Provisioning Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnderProvisioningCost()
	 * @generated
	 * @ordered
	 */
	protected double underProvisioningCost = UNDER_PROVISIONING_COST_EDEFAULT;

	/**
	 * The default value of the '{@link #getOverProvisioningCost() <em>Over Provisioning Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOverProvisioningCost()
	 * @generated
	 * @ordered
	 */
	protected static final double OVER_PROVISIONING_COST_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getOverProvisioningCost() <em>Over Provisioning Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOverProvisioningCost()
	 * @generated
	 * @ordered
	 */
	protected double overProvisioningCost = OVER_PROVISIONING_COST_EDEFAULT;

	/**
	 * The default value of the '{@link #getRttMs() <em>Rtt Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRttMs()
	 * @generated
	 * @ordered
	 */
	protected static final double RTT_MS_EDEFAULT = 42.46;

	/**
	 * The cached value of the '{@link #getRttMs() <em>Rtt Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRttMs()
	 * @generated
	 * @ordered
	 */
	protected double rttMs = RTT_MS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPreset() <em>Preset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreset()
	 * @generated
	 * @ordered
	 */
	protected static final String PRESET_EDEFAULT = "paper";

	/**
	 * The cached value of the '{@link #getPreset() <em>Preset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreset()
	 * @generated
	 * @ordered
	 */
	protected String preset = PRESET_EDEFAULT;

	/**
	 * The default value of the '{@link #getEpochs() <em>Epochs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpochs()
	 * @generated
	 * @ordered
	 */
	protected static final int EPOCHS_EDEFAULT = 40;

	/**
	 * The cached value of the '{@link #getEpochs() <em>Epochs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpochs()
	 * @generated
	 * @ordered
	 */
	protected int epochs = EPOCHS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPatience() <em>Patience</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatience()
	 * @generated
	 * @ordered
	 */
	protected static final int PATIENCE_EDEFAULT = 10;

	/**
	 * The cached value of the '{@link #getPatience() <em>Patience</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatience()
	 * @generated
	 * @ordered
	 */
	protected int patience = PATIENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLearningRate() <em>Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLearningRate()
	 * @generated
	 * @ordered
	 */
	protected static final double LEARNING_RATE_EDEFAULT = 0.002;

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
	 * The default value of the '{@link #isResidualTarget() <em>Residual Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isResidualTarget()
	 * @generated
	 * @ordered
	 */
	protected static final boolean RESIDUAL_TARGET_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isResidualTarget() <em>Residual Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isResidualTarget()
	 * @generated
	 * @ordered
	 */
	protected boolean residualTarget = RESIDUAL_TARGET_EDEFAULT;

	/**
	 * The default value of the '{@link #getOffloadingBlock() <em>Offloading Block</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffloadingBlock()
	 * @generated
	 * @ordered
	 */
	protected static final String OFFLOADING_BLOCK_EDEFAULT = "network";

	/**
	 * The cached value of the '{@link #getOffloadingBlock() <em>Offloading Block</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffloadingBlock()
	 * @generated
	 * @ordered
	 */
	protected String offloadingBlock = OFFLOADING_BLOCK_EDEFAULT;

	/**
	 * The default value of the '{@link #getWeightSweep() <em>Weight Sweep</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightSweep()
	 * @generated
	 * @ordered
	 */
	protected static final String WEIGHT_SWEEP_EDEFAULT = "0.1 0.5 0.8 0.9";

	/**
	 * The cached value of the '{@link #getWeightSweep() <em>Weight Sweep</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightSweep()
	 * @generated
	 * @ordered
	 */
	protected String weightSweep = WEIGHT_SWEEP_EDEFAULT;

	/**
	 * The default value of the '{@link #getTraceRef() <em>Trace Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTraceRef()
	 * @generated
	 * @ordered
	 */
	protected static final String TRACE_REF_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTraceRef() <em>Trace Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTraceRef()
	 * @generated
	 * @ordered
	 */
	protected String traceRef = TRACE_REF_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OffloadingPolicyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ScenarioPackage.Literals.OFFLOADING_POLICY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OffloadingKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(OffloadingKind newKind) {
		OffloadingKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.OFFLOADING_POLICY__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTransmissionCost() {
		return transmissionCost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTransmissionCost(double newTransmissionCost) {
		double oldTransmissionCost = transmissionCost;
		transmissionCost = newTransmissionCost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.OFFLOADING_POLICY__TRANSMISSION_COST, oldTransmissionCost, transmissionCost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getProbability() {
		return probability;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProbability(double newProbability) {
		double oldProbability = probability;
		probability = newProbability;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.OFFLOADING_POLICY__PROBABILITY, oldProbability, probability));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDropout() {
		return dropout;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDropout(double newDropout) {
		double oldDropout = dropout;
		dropout = newDropout;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.OFFLOADING_POLICY__DROPOUT, oldDropout, dropout));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPasses() {
		return passes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPasses(int newPasses) {
		int oldPasses = passes;
		passes = newPasses;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.OFFLOADING_POLICY__PASSES, oldPasses, passes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getThreshold() {
		return threshold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setThreshold(double newThreshold) {
		double oldThreshold = threshold;
		threshold = newThreshold;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.OFFLOADING_POLICY__THRESHOLD, oldThreshold, threshold));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLocalWeight() {
		return localWeight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocalWeight(double newLocalWeight) {
		double oldLocalWeight = localWeight;
		localWeight = newLocalWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.OFFLOADING_POLICY__LOCAL_WEIGHT, oldLocalWeight, localWeight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getUnderProvisioningCost() {
		return underProvisioningCost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnderProvisioningCost(double newUnderProvisioningCost) {
		double oldUnderProvisioningCost = underProvisioningCost;
		underProvisioningCost = newUnderProvisioningCost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.OFFLOADING_POLICY__UNDER_PROVISIONING_COST, oldUnderProvisioningCost, underProvisioningCost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getOverProvisioningCost() {
		return overProvisioningCost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOverProvisioningCost(double newOverProvisioningCost) {
		double oldOverProvisioningCost = overProvisioningCost;
		overProvisioningCost = newOverProvisioningCost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.OFFLOADING_POLICY__OVER_PROVISIONING_COST, oldOverProvisioningCost, overProvisioningCost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRttMs() {
		return rttMs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRttMs(double newRttMs) {
		double oldRttMs = rttMs;
		rttMs = newRttMs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.OFFLOADING_POLICY__RTT_MS, oldRttMs, rttMs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPreset() {
		return preset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreset(String newPreset) {
		String oldPreset = preset;
		preset = newPreset;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.OFFLOADING_POLICY__PRESET, oldPreset, preset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEpochs() {
		return epochs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEpochs(int newEpochs) {
		int oldEpochs = epochs;
		epochs = newEpochs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.OFFLOADING_POLICY__EPOCHS, oldEpochs, epochs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPatience() {
		return patience;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPatience(int newPatience) {
		int oldPatience = patience;
		patience = newPatience;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.OFFLOADING_POLICY__PATIENCE, oldPatience, patience));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.OFFLOADING_POLICY__LEARNING_RATE, oldLearningRate, learningRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isResidualTarget() {
		return residualTarget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResidualTarget(boolean newResidualTarget) {
		boolean oldResidualTarget = residualTarget;
		residualTarget = newResidualTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.OFFLOADING_POLICY__RESIDUAL_TARGET, oldResidualTarget, residualTarget));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOffloadingBlock() {
		return offloadingBlock;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOffloadingBlock(String newOffloadingBlock) {
		String oldOffloadingBlock = offloadingBlock;
		offloadingBlock = newOffloadingBlock;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.OFFLOADING_POLICY__OFFLOADING_BLOCK, oldOffloadingBlock, offloadingBlock));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWeightSweep() {
		return weightSweep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeightSweep(String newWeightSweep) {
		String oldWeightSweep = weightSweep;
		weightSweep = newWeightSweep;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.OFFLOADING_POLICY__WEIGHT_SWEEP, oldWeightSweep, weightSweep));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTraceRef() {
		return traceRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTraceRef(String newTraceRef) {
		String oldTraceRef = traceRef;
		traceRef = newTraceRef;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.OFFLOADING_POLICY__TRACE_REF, oldTraceRef, traceRef));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ScenarioPackage.OFFLOADING_POLICY__KIND:
				return getKind();
			case ScenarioPackage.OFFLOADING_POLICY__TRANSMISSION_COST:
				return getTransmissionCost();
			case ScenarioPackage.OFFLOADING_POLICY__PROBABILITY:
				return getProbability();
			case ScenarioPackage.OFFLOADING_POLICY__DROPOUT:
				return getDropout();
			case ScenarioPackage.OFFLOADING_POLICY__PASSES:
				return getPasses();
			case ScenarioPackage.OFFLOADING_POLICY__THRESHOLD:
				return getThreshold();
			case ScenarioPackage.OFFLOADING_POLICY__LOCAL_WEIGHT:
				return getLocalWeight();
			case ScenarioPackage.OFFLOADING_POLICY__UNDER_PROVISIONING_COST:
				return getUnderProvisioningCost();
			case ScenarioPackage.OFFLOADING_POLICY__OVER_PROVISIONING_COST:
				return getOverProvisioningCost();
			case ScenarioPackage.OFFLOADING_POLICY__RTT_MS:
				return getRttMs();
			case ScenarioPackage.OFFLOADING_POLICY__PRESET:
				return getPreset();
			case ScenarioPackage.OFFLOADING_POLICY__EPOCHS:
				return getEpochs();
			case ScenarioPackage.OFFLOADING_POLICY__PATIENCE:
				return getPatience();
			case ScenarioPackage.OFFLOADING_POLICY__LEARNING_RATE:
				return getLearningRate();
			case ScenarioPackage.OFFLOADING_POLICY__RESIDUAL_TARGET:
				return isResidualTarget();
			case ScenarioPackage.OFFLOADING_POLICY__OFFLOADING_BLOCK:
				return getOffloadingBlock();
			case ScenarioPackage.OFFLOADING_POLICY__WEIGHT_SWEEP:
				return getWeightSweep();
			case ScenarioPackage.OFFLOADING_POLICY__TRACE_REF:
				return getTraceRef();
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
			case ScenarioPackage.OFFLOADING_POLICY__KIND:
				setKind((OffloadingKind)newValue);
				return;
			case ScenarioPackage.OFFLOADING_POLICY__TRANSMISSION_COST:
				setTransmissionCost((Double)newValue);
				return;
			case ScenarioPackage.OFFLOADING_POLICY__PROBABILITY:
				setProbability((Double)newValue);
				return;
			case ScenarioPackage.OFFLOADING_POLICY__DROPOUT:
				setDropout((Double)newValue);
				return;
			case ScenarioPackage.OFFLOADING_POLICY__PASSES:
				setPasses((Integer)newValue);
				return;
			case ScenarioPackage.OFFLOADING_POLICY__THRESHOLD:
				setThreshold((Double)newValue);
				return;
			case ScenarioPackage.OFFLOADING_POLICY__LOCAL_WEIGHT:
				setLocalWeight((Double)newValue);
				return;
			case ScenarioPackage.OFFLOADING_POLICY__UNDER_PROVISIONING_COST:
				setUnderProvisioningCost((Double)newValue);
				return;
			case ScenarioPackage.OFFLOADING_POLICY__OVER_PROVISIONING_COST:
				setOverProvisioningCost((Double)newValue);
				return;
			case ScenarioPackage.OFFLOADING_POLICY__RTT_MS:
				setRttMs((Double)newValue);
				return;
			case ScenarioPackage.OFFLOADING_POLICY__PRESET:
				setPreset((String)newValue);
				return;
			case ScenarioPackage.OFFLOADING_POLICY__EPOCHS:
				setEpochs((Integer)newValue);
				return;
			case ScenarioPackage.OFFLOADING_POLICY__PATIENCE:
				setPatience((Integer)newValue);
				return;
			case ScenarioPackage.OFFLOADING_POLICY__LEARNING_RATE:
				setLearningRate((Double)newValue);
				return;
			case ScenarioPackage.OFFLOADING_POLICY__RESIDUAL_TARGET:
				setResidualTarget((Boolean)newValue);
				return;
			case ScenarioPackage.OFFLOADING_POLICY__OFFLOADING_BLOCK:
				setOffloadingBlock((String)newValue);
				return;
			case ScenarioPackage.OFFLOADING_POLICY__WEIGHT_SWEEP:
				setWeightSweep((String)newValue);
				return;
			case ScenarioPackage.OFFLOADING_POLICY__TRACE_REF:
				setTraceRef((String)newValue);
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
			case ScenarioPackage.OFFLOADING_POLICY__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ScenarioPackage.OFFLOADING_POLICY__TRANSMISSION_COST:
				setTransmissionCost(TRANSMISSION_COST_EDEFAULT);
				return;
			case ScenarioPackage.OFFLOADING_POLICY__PROBABILITY:
				setProbability(PROBABILITY_EDEFAULT);
				return;
			case ScenarioPackage.OFFLOADING_POLICY__DROPOUT:
				setDropout(DROPOUT_EDEFAULT);
				return;
			case ScenarioPackage.OFFLOADING_POLICY__PASSES:
				setPasses(PASSES_EDEFAULT);
				return;
			case ScenarioPackage.OFFLOADING_POLICY__THRESHOLD:
				setThreshold(THRESHOLD_EDEFAULT);
				return;
			case ScenarioPackage.OFFLOADING_POLICY__LOCAL_WEIGHT:
				setLocalWeight(LOCAL_WEIGHT_EDEFAULT);
				return;
			case ScenarioPackage.OFFLOADING_POLICY__UNDER_PROVISIONING_COST:
				setUnderProvisioningCost(UNDER_PROVISIONING_COST_EDEFAULT);
				return;
			case ScenarioPackage.OFFLOADING_POLICY__OVER_PROVISIONING_COST:
				setOverProvisioningCost(OVER_PROVISIONING_COST_EDEFAULT);
				return;
			case ScenarioPackage.OFFLOADING_POLICY__RTT_MS:
				setRttMs(RTT_MS_EDEFAULT);
				return;
			case ScenarioPackage.OFFLOADING_POLICY__PRESET:
				setPreset(PRESET_EDEFAULT);
				return;
			case ScenarioPackage.OFFLOADING_POLICY__EPOCHS:
				setEpochs(EPOCHS_EDEFAULT);
				return;
			case ScenarioPackage.OFFLOADING_POLICY__PATIENCE:
				setPatience(PATIENCE_EDEFAULT);
				return;
			case ScenarioPackage.OFFLOADING_POLICY__LEARNING_RATE:
				setLearningRate(LEARNING_RATE_EDEFAULT);
				return;
			case ScenarioPackage.OFFLOADING_POLICY__RESIDUAL_TARGET:
				setResidualTarget(RESIDUAL_TARGET_EDEFAULT);
				return;
			case ScenarioPackage.OFFLOADING_POLICY__OFFLOADING_BLOCK:
				setOffloadingBlock(OFFLOADING_BLOCK_EDEFAULT);
				return;
			case ScenarioPackage.OFFLOADING_POLICY__WEIGHT_SWEEP:
				setWeightSweep(WEIGHT_SWEEP_EDEFAULT);
				return;
			case ScenarioPackage.OFFLOADING_POLICY__TRACE_REF:
				setTraceRef(TRACE_REF_EDEFAULT);
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
			case ScenarioPackage.OFFLOADING_POLICY__KIND:
				return kind != KIND_EDEFAULT;
			case ScenarioPackage.OFFLOADING_POLICY__TRANSMISSION_COST:
				return transmissionCost != TRANSMISSION_COST_EDEFAULT;
			case ScenarioPackage.OFFLOADING_POLICY__PROBABILITY:
				return probability != PROBABILITY_EDEFAULT;
			case ScenarioPackage.OFFLOADING_POLICY__DROPOUT:
				return dropout != DROPOUT_EDEFAULT;
			case ScenarioPackage.OFFLOADING_POLICY__PASSES:
				return passes != PASSES_EDEFAULT;
			case ScenarioPackage.OFFLOADING_POLICY__THRESHOLD:
				return threshold != THRESHOLD_EDEFAULT;
			case ScenarioPackage.OFFLOADING_POLICY__LOCAL_WEIGHT:
				return localWeight != LOCAL_WEIGHT_EDEFAULT;
			case ScenarioPackage.OFFLOADING_POLICY__UNDER_PROVISIONING_COST:
				return underProvisioningCost != UNDER_PROVISIONING_COST_EDEFAULT;
			case ScenarioPackage.OFFLOADING_POLICY__OVER_PROVISIONING_COST:
				return overProvisioningCost != OVER_PROVISIONING_COST_EDEFAULT;
			case ScenarioPackage.OFFLOADING_POLICY__RTT_MS:
				return rttMs != RTT_MS_EDEFAULT;
			case ScenarioPackage.OFFLOADING_POLICY__PRESET:
				return PRESET_EDEFAULT == null ? preset != null : !PRESET_EDEFAULT.equals(preset);
			case ScenarioPackage.OFFLOADING_POLICY__EPOCHS:
				return epochs != EPOCHS_EDEFAULT;
			case ScenarioPackage.OFFLOADING_POLICY__PATIENCE:
				return patience != PATIENCE_EDEFAULT;
			case ScenarioPackage.OFFLOADING_POLICY__LEARNING_RATE:
				return learningRate != LEARNING_RATE_EDEFAULT;
			case ScenarioPackage.OFFLOADING_POLICY__RESIDUAL_TARGET:
				return residualTarget != RESIDUAL_TARGET_EDEFAULT;
			case ScenarioPackage.OFFLOADING_POLICY__OFFLOADING_BLOCK:
				return OFFLOADING_BLOCK_EDEFAULT == null ? offloadingBlock != null : !OFFLOADING_BLOCK_EDEFAULT.equals(offloadingBlock);
			case ScenarioPackage.OFFLOADING_POLICY__WEIGHT_SWEEP:
				return WEIGHT_SWEEP_EDEFAULT == null ? weightSweep != null : !WEIGHT_SWEEP_EDEFAULT.equals(weightSweep);
			case ScenarioPackage.OFFLOADING_POLICY__TRACE_REF:
				return TRACE_REF_EDEFAULT == null ? traceRef != null : !TRACE_REF_EDEFAULT.equals(traceRef);
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", transmissionCost: ");
		result.append(transmissionCost);
		result.append(", probability: ");
		result.append(probability);
		result.append(", dropout: ");
		result.append(dropout);
		result.append(", passes: ");
		result.append(passes);
		result.append(", threshold: ");
		result.append(threshold);
		result.append(", localWeight: ");
		result.append(localWeight);
		result.append(", underProvisioningCost: ");
		result.append(underProvisioningCost);
		result.append(", overProvisioningCost: ");
		result.append(overProvisioningCost);
		result.append(", rttMs: ");
		result.append(rttMs);
		result.append(", preset: ");
		result.append(preset);
		result.append(", epochs: ");
		result.append(epochs);
		result.append(", patience: ");
		result.append(patience);
		result.append(", learningRate: ");
		result.append(learningRate);
		result.append(", residualTarget: ");
		result.append(residualTarget);
		result.append(", offloadingBlock: ");
		result.append(offloadingBlock);
		result.append(", weightSweep: ");
		result.append(weightSweep);
		result.append(", traceRef: ");
		result.append(traceRef);
		result.append(')');
		return result.toString();
	}

} //OffloadingPolicyImpl
