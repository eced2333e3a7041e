/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.scenario.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.slicewright.model.pooling.PrimaryPool;
import org.slicewright.model.pooling.ResourceUnitCostModel;
import org.slicewright.model.pooling.SecondaryPool;

import org.slicewright.model.scenario.NodeSelectionPolicy;
import org.slicewright.model.scenario.OffloadingPolicy;
import org.slicewright.model.scenario.PoolingStudy;
import org.slicewright.model.scenario.Run;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.scenario.ScenarioPackage;
import org.slicewright.model.scenario.Surrogate;
import org.slicewright.model.scenario.Sweep;

import org.slicewright.model.scenario.TwinStudy;
import org.slicewright.model.slicing.Slice;

import org.slicewright.model.topology.Network;

import org.slicewright.model.topology.impl.IdentifiedImpl;

import org.slicewright.model.twins.LevelOneTwin;
import org.slicewright.model.twins.LevelTwoTwin;
import org.slicewright.model.twins.TwinModelConfig;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Scenario</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.scenario.impl.ScenarioImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.ScenarioImpl#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.ScenarioImpl#getNetwork <em>Network</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.ScenarioImpl#getSlices <em>Slices</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.ScenarioImpl#getPrimaryPool <em>Primary Pool</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.ScenarioImpl#getSecondaryPools <em>Secondary Pools</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.ScenarioImpl#getCostModel <em>Cost Model</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.ScenarioImpl#getTwinModel <em>Twin Model</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.ScenarioImpl#getLevelOneTwins <em>Level One Twins</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.ScenarioImpl#getLevelTwoTwins <em>Level Two Twins</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.ScenarioImpl#getPoolingStudies <em>Pooling Studies</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.ScenarioImpl#getOffloadingPolicies <em>Offloading Policies</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.ScenarioImpl#getSelectionPolicies <em>Selection Policies</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.ScenarioImpl#getSweeps <em>Sweeps</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.ScenarioImpl#getRuns <em>Runs</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.ScenarioImpl#getTwinStudies <em>Twin Studies</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.ScenarioImpl#getSurrogates <em>Surrogates</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScenarioImpl extends IdentifiedImpl implements Scenario {
	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected static final long SEED_EDEFAULT = 1L;

	/**
	 * The cached value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected long seed = SEED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNetwork() <em>Network</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNetwork()
	 * @generated
	 * @ordered
	 */
	protected Network network;

	/**
	 * The cached value of the '{@link #getSlices() <em>Slices</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlices()
	 * @generated
	 * @ordered
	 */
	protected EList<Slice> slices;

	/**
	 * The cached value of the '{@link #getPrimaryPool() <em>Primary Pool</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrimaryPool()
	 * @generated
	 * @ordered
	 */
	protected PrimaryPool primaryPool;

	/**
	 * The cached value of the '{@link #getSecondaryPools() <em>Secondary Pools</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecondaryPools()
	 * @generated
	 * @ordered
	 */
	protected EList<SecondaryPool> secondaryPools;

	/**
	 * The cached value of the '{@link #getCostModel() <em>Cost Model</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCostModel()
	 * @generated
	 * @ordered
	 */
	protected ResourceUnitCostModel costModel;

	/**
	 * The cached value of the '{@link #getTwinModel() <em>Twin Model</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTwinModel()
	 * @generated
	 * @ordered
	 */
	protected TwinModelConfig twinModel;

	/**
	 * The cached value of the '{@link #getLevelOneTwins() <em>Level One Twins</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevelOneTwins()
	 * @generated
	 * @ordered
	 */
	protected EList<LevelOneTwin> levelOneTwins;

	/**
	 * The cached value of the '{@link #getLevelTwoTwins() <em>Level Two Twins</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevelTwoTwins()
	 * @generated
	 * @ordered
	 */
	protected EList<LevelTwoTwin> levelTwoTwins;

	/**
	 * The cached value of the '{@link #getPoolingStudies() <em>Pooling Studies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPoolingStudies()
	 * @generated
	 * @ordered
	 */
	protected EList<PoolingStudy> poolingStudies;

	/**
	 * The cached value of the '{@link #getOffloadingPolicies() <em>Offloading Policies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffloadingPolicies()
	 * @generated
	 * @ordered
	 */
	protected EList<OffloadingPolicy> offloadingPolicies;

	/**
	 * The cached value of the '{@link #getSelectionPolicies() <em>Selection Policies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSelectionPolicies()
	 * @generated
	 * @ordered
	 */
	protected EList<NodeSelectionPolicy> selectionPolicies;

	/**
	 * The cached value of the '{@link #getSweeps() <em>Sweeps</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSweeps()
	 * @generated
	 * @ordered
	 */
	protected EList<Sweep> sweeps;

	/**
	 * The cached value of the '{@link #getRuns() <em>Runs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuns()
	 * @generated
	 * @ordered
	 */
	protected EList<Run> runs;

	/**
	 * The cached value of the '{@link #getTwinStudies() <em>Twin Studies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTwinStudies()
	 * @generated
	 * @ordered
	 */
	protected EList<TwinStudy> twinStudies;

	/**
	 * The cached value of the '{@link #getSurrogates() <em>Surrogates</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSurrogates()
	 * @generated
	 * @ordered
	 */
	protected EList<Surrogate> surrogates;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScenarioImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ScenarioPackage.Literals.SCENARIO;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.SCENARIO__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSeed() {
		return seed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeed(long newSeed) {
		long oldSeed = seed;
		seed = newSeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.SCENARIO__SEED, oldSeed, seed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Network getNetwork() {
		return network;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNetwork(Network newNetwork, NotificationChain msgs) {
		Network oldNetwork = network;
		network = newNetwork;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ScenarioPackage.SCENARIO__NETWORK, oldNetwork, newNetwork);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNetwork(Network newNetwork) {
		if (newNetwork != network) {
			NotificationChain msgs = null;
			if (network != null)
				msgs = ((InternalEObject)network).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ScenarioPackage.SCENARIO__NETWORK, null, msgs);
			if (newNetwork != null)
				msgs = ((InternalEObject)newNetwork).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ScenarioPackage.SCENARIO__NETWORK, null, msgs);
			msgs = basicSetNetwork(newNetwork, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.SCENARIO__NETWORK, newNetwork, newNetwork));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Slice> getSlices() {
		if (slices == null) {
			slices = new EObjectContainmentEList<Slice>(Slice.class, this, ScenarioPackage.SCENARIO__SLICES);
		}
		return slices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PrimaryPool getPrimaryPool() {
		return primaryPool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPrimaryPool(PrimaryPool newPrimaryPool, NotificationChain msgs) {
		PrimaryPool oldPrimaryPool = primaryPool;
		primaryPool = newPrimaryPool;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ScenarioPackage.SCENARIO__PRIMARY_POOL, oldPrimaryPool, newPrimaryPool);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrimaryPool(PrimaryPool newPrimaryPool) {
		if (newPrimaryPool != primaryPool) {
			NotificationChain msgs = null;
			if (primaryPool != null)
				msgs = ((InternalEObject)primaryPool).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ScenarioPackage.SCENARIO__PRIMARY_POOL, null, msgs);
			if (newPrimaryPool != null)
				msgs = ((InternalEObject)newPrimaryPool).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ScenarioPackage.SCENARIO__PRIMARY_POOL, null, msgs);
			msgs = basicSetPrimaryPool(newPrimaryPool, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.SCENARIO__PRIMARY_POOL, newPrimaryPool, newPrimaryPool));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SecondaryPool> getSecondaryPools() {
		if (secondaryPools == null) {
			secondaryPools = new EObjectContainmentEList<SecondaryPool>(SecondaryPool.class, this, ScenarioPackage.SCENARIO__SECONDARY_POOLS);
		}
		return secondaryPools;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceUnitCostModel getCostModel() {
		return costModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCostModel(ResourceUnitCostModel newCostModel, NotificationChain msgs) {
		ResourceUnitCostModel oldCostModel = costModel;
		costModel = newCostModel;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ScenarioPackage.SCENARIO__COST_MODEL, oldCostModel, newCostModel);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCostModel(ResourceUnitCostModel newCostModel) {
		if (newCostModel != costModel) {
			NotificationChain msgs = null;
			if (costModel != null)
				msgs = ((InternalEObject)costModel).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ScenarioPackage.SCENARIO__COST_MODEL, null, msgs);
			if (newCostModel != null)
				msgs = ((InternalEObject)newCostModel).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ScenarioPackage.SCENARIO__COST_MODEL, null, msgs);
			msgs = basicSetCostModel(newCostModel, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.SCENARIO__COST_MODEL, newCostModel, newCostModel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TwinModelConfig getTwinModel() {
		return twinModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTwinModel(TwinModelConfig newTwinModel, NotificationChain msgs) {
		TwinModelConfig oldTwinModel = twinModel;
		twinModel = newTwinModel;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ScenarioPackage.SCENARIO__TWIN_MODEL, oldTwinModel, newTwinModel);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTwinModel(TwinModelConfig newTwinModel) {
		if (newTwinModel != twinModel) {
			NotificationChain msgs = null;
			if (twinModel != null)
				msgs = ((InternalEObject)twinModel).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ScenarioPackage.SCENARIO__TWIN_MODEL, null, msgs);
			if (newTwinModel != null)
				msgs = ((InternalEObject)newTwinModel).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ScenarioPackage.SCENARIO__TWIN_MODEL, null, msgs);
			msgs = basicSetTwinModel(newTwinModel, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.SCENARIO__TWIN_MODEL, newTwinModel, newTwinModel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LevelOneTwin> getLevelOneTwins() {
		if (levelOneTwins == null) {
			levelOneTwins = new EObjectContainmentEList<LevelOneTwin>(LevelOneTwin.class, this, ScenarioPackage.SCENARIO__LEVEL_ONE_TWINS);
		}
		return levelOneTwins;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LevelTwoTwin> getLevelTwoTwins() {
		if (levelTwoTwins == null) {
			levelTwoTwins = new EObjectContainmentEList<LevelTwoTwin>(LevelTwoTwin.class, this, ScenarioPackage.SCENARIO__LEVEL_TWO_TWINS);
		}
		return levelTwoTwins;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PoolingStudy> getPoolingStudies() {
		if (poolingStudies == null) {
			poolingStudies = new EObjectContainmentEList<PoolingStudy>(PoolingStudy.class, this, ScenarioPackage.SCENARIO__POOLING_STUDIES);
		}
		return poolingStudies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OffloadingPolicy> getOffloadingPolicies() {
		if (offloadingPolicies == null) {
			offloadingPolicies = new EObjectContainmentEList<OffloadingPolicy>(OffloadingPolicy.class, this, ScenarioPackage.SCENARIO__OFFLOADING_POLICIES);
		}
		return offloadingPolicies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NodeSelectionPolicy> getSelectionPolicies() {
		if (selectionPolicies == null) {
			selectionPolicies = new EObjectContainmentEList<NodeSelectionPolicy>(NodeSelectionPolicy.class, this, ScenarioPackage.SCENARIO__SELECTION_POLICIES);
		}
		return selectionPolicies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Sweep> getSweeps() {
		if (sweeps == null) {
			sweeps = new EObjectContainmentEList<Sweep>(Sweep.class, this, ScenarioPackage.SCENARIO__SWEEPS);
		}
		return sweeps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Run> getRuns() {
		if (runs == null) {
			runs = new EObjectContainmentEList<Run>(Run.class, this, ScenarioPackage.SCENARIO__RUNS);
		}
		return runs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TwinStudy> getTwinStudies() {
		if (twinStudies == null) {
			twinStudies = new EObjectContainmentEList<TwinStudy>(TwinStudy.class, this, ScenarioPackage.SCENARIO__TWIN_STUDIES);
		}
		return twinStudies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Surrogate> getSurrogates() {
		if (surrogates == null) {
			surrogates = new EObjectContainmentEList<Surrogate>(Surrogate.class, this, ScenarioPackage.SCENARIO__SURROGATES);
		}
		return surrogates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ScenarioPackage.SCENARIO__NETWORK:
				return basicSetNetwork(null, msgs);
			case ScenarioPackage.SCENARIO__SLICES:
				return ((InternalEList<?>)getSlices()).basicRemove(otherEnd, msgs);
			case ScenarioPackage.SCENARIO__PRIMARY_POOL:
				return basicSetPrimaryPool(null, msgs);
			case ScenarioPackage.SCENARIO__SECONDARY_POOLS:
				return ((InternalEList<?>)getSecondaryPools()).basicRemove(otherEnd, msgs);
			case ScenarioPackage.SCENARIO__COST_MODEL:
				return basicSetCostModel(null, msgs);
			case ScenarioPackage.SCENARIO__TWIN_MODEL:
				return basicSetTwinModel(null, msgs);
			case ScenarioPackage.SCENARIO__LEVEL_ONE_TWINS:
				return ((InternalEList<?>)getLevelOneTwins()).basicRemove(otherEnd, msgs);
			case ScenarioPackage.SCENARIO__LEVEL_TWO_TWINS:
				return ((InternalEList<?>)getLevelTwoTwins()).basicRemove(otherEnd, msgs);
			case ScenarioPackage.SCENARIO__POOLING_STUDIES:
				return ((InternalEList<?>)getPoolingStudies()).basicRemove(otherEnd, msgs);
			case ScenarioPackage.SCENARIO__OFFLOADING_POLICIES:
				return ((InternalEList<?>)getOffloadingPolicies()).basicRemove(otherEnd, msgs);
			case ScenarioPackage.SCENARIO__SELECTION_POLICIES:
				return ((InternalEList<?>)getSelectionPolicies()).basicRemove(otherEnd, msgs);
			case ScenarioPackage.SCENARIO__SWEEPS:
				return ((InternalEList<?>)getSweeps()).basicRemove(otherEnd, msgs);
			case ScenarioPackage.SCENARIO__RUNS:
				return ((InternalEList<?>)getRuns()).basicRemove(otherEnd, msgs);
			case ScenarioPackage.SCENARIO__TWIN_STUDIES:
				return ((InternalEList<?>)getTwinStudies()).basicRemove(otherEnd, msgs);
			case ScenarioPackage.SCENARIO__SURROGATES:
				return ((InternalEList<?>)getSurrogates()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ScenarioPackage.SCENARIO__DESCRIPTION:
				return getDescription();
			case ScenarioPackage.SCENARIO__SEED:
				return getSeed();
			case ScenarioPackage.SCENARIO__NETWORK:
				return getNetwork();
			case ScenarioPackage.SCENARIO__SLICES:
				return getSlices();
			case ScenarioPackage.SCENARIO__PRIMARY_POOL:
				return getPrimaryPool();
			case ScenarioPackage.SCENARIO__SECONDARY_POOLS:
				return getSecondaryPools();
			case ScenarioPackage.SCENARIO__COST_MODEL:
				return getCostModel();
			case ScenarioPackage.SCENARIO__TWIN_MODEL:
				return getTwinModel();
			case ScenarioPackage.SCENARIO__LEVEL_ONE_TWINS:
				return getLevelOneTwins();
			case ScenarioPackage.SCENARIO__LEVEL_TWO_TWINS:
				return getLevelTwoTwins();
			case ScenarioPackage.SCENARIO__POOLING_STUDIES:
				return getPoolingStudies();
			case ScenarioPackage.SCENARIO__OFFLOADING_POLICIES:
				return getOffloadingPolicies();
			case ScenarioPackage.SCENARIO__SELECTION_POLICIES:
				return getSelectionPolicies();
			case ScenarioPackage.SCENARIO__SWEEPS:
				return getSweeps();
			case ScenarioPackage.SCENARIO__RUNS:
				return getRuns();
			case ScenarioPackage.SCENARIO__TWIN_STUDIES:
				return getTwinStudies();
			case ScenarioPackage.SCENARIO__SURROGATES:
				return getSurrogates();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ScenarioPackage.SCENARIO__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case ScenarioPackage.SCENARIO__SEED:
				setSeed((Long)newValue);
				return;
			case ScenarioPackage.SCENARIO__NETWORK:
				setNetwork((Network)newValue);
				return;
			case ScenarioPackage.SCENARIO__SLICES:
				getSlices().clear();
				getSlices().addAll((Collection<? extends Slice>)newValue);
				return;
			case ScenarioPackage.SCENARIO__PRIMARY_POOL:
				setPrimaryPool((PrimaryPool)newValue);
				return;
			case ScenarioPackage.SCENARIO__SECONDARY_POOLS:
				getSecondaryPools().clear();
				getSecondaryPools().addAll((Collection<? extends SecondaryPool>)newValue);
				return;
			case ScenarioPackage.SCENARIO__COST_MODEL:
				setCostModel((ResourceUnitCostModel)newValue);
				return;
			case ScenarioPackage.SCENARIO__TWIN_MODEL:
				setTwinModel((TwinModelConfig)newValue);
				return;
			case ScenarioPackage.SCENARIO__LEVEL_ONE_TWINS:
				getLevelOneTwins().clear();
				getLevelOneTwins().addAll((Collection<? extends LevelOneTwin>)newValue);
				return;
			case ScenarioPackage.SCENARIO__LEVEL_TWO_TWINS:
				getLevelTwoTwins().clear();
				getLevelTwoTwins().addAll((Collection<? extends LevelTwoTwin>)newValue);
				return;
			case ScenarioPackage.SCENARIO__POOLING_STUDIES:
				getPoolingStudies().clear();
				getPoolingStudies().addAll((Collection<? extends PoolingStudy>)newValue);
				return;
			case ScenarioPackage.SCENARIO__OFFLOADING_POLICIES:
				getOffloadingPolicies().clear();
				getOffloadingPolicies().addAll((Collection<? extends OffloadingPolicy>)newValue);
				return;
			case ScenarioPackage.SCENARIO__SELECTION_POLICIES:
				getSelectionPolicies().clear();
				getSelectionPolicies().addAll((Collection<? extends NodeSelectionPolicy>)newValue);
				return;
			case ScenarioPackage.SCENARIO__SWEEPS:
				getSweeps().clear();
				getSweeps().addAll((Collection<? extends Sweep>)newValue);
				return;
			case ScenarioPackage.SCENARIO__RUNS:
				getRuns().clear();
				getRuns().addAll((Collection<? extends Run>)newValue);
				return;
			case ScenarioPackage.SCENARIO__TWIN_STUDIES:
				getTwinStudies().clear();
				getTwinStudies().addAll((Collection<? extends TwinStudy>)newValue);
				return;
			case ScenarioPackage.SCENARIO__SURROGATES:
				getSurrogates().clear();
				getSurrogates().addAll((Collection<? extends Surrogate>)newValue);
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
			case ScenarioPackage.SCENARIO__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case ScenarioPackage.SCENARIO__SEED:
				setSeed(SEED_EDEFAULT);
				return;
			case ScenarioPackage.SCENARIO__NETWORK:
				setNetwork((Network)null);
				return;
			case ScenarioPackage.SCENARIO__SLICES:
				getSlices().clear();
				return;
			case ScenarioPackage.SCENARIO__PRIMARY_POOL:
				setPrimaryPool((PrimaryPool)null);
				return;
			case ScenarioPackage.SCENARIO__SECONDARY_POOLS:
				getSecondaryPools().clear();
				return;
			case ScenarioPackage.SCENARIO__COST_MODEL:
				setCostModel((ResourceUnitCostModel)null);
				return;
			case ScenarioPackage.SCENARIO__TWIN_MODEL:
				setTwinModel((TwinModelConfig)null);
				return;
			case ScenarioPackage.SCENARIO__LEVEL_ONE_TWINS:
				getLevelOneTwins().clear();
				return;
			case ScenarioPackage.SCENARIO__LEVEL_TWO_TWINS:
				getLevelTwoTwins().clear();
				return;
			case ScenarioPackage.SCENARIO__POOLING_STUDIES:
				getPoolingStudies().clear();
				return;
			case ScenarioPackage.SCENARIO__OFFLOADING_POLICIES:
				getOffloadingPolicies().clear();
				return;
			case ScenarioPackage.SCENARIO__SELECTION_POLICIES:
				getSelectionPolicies().clear();
				return;
			case ScenarioPackage.SCENARIO__SWEEPS:
				getSweeps().clear();
				return;
			case ScenarioPackage.SCENARIO__RUNS:
				getRuns().clear();
				return;
			case ScenarioPackage.SCENARIO__TWIN_STUDIES:
				getTwinStudies().clear();
				return;
			case ScenarioPackage.SCENARIO__SURROGATES:
				getSurrogates().clear();
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
			case ScenarioPackage.SCENARIO__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case ScenarioPackage.SCENARIO__SEED:
				return seed != SEED_EDEFAULT;
			case ScenarioPackage.SCENARIO__NETWORK:
				return network != null;
			case ScenarioPackage.SCENARIO__SLICES:
				return slices != null && !slices.isEmpty();
			case ScenarioPackage.SCENARIO__PRIMARY_POOL:
				return primaryPool != null;
			case ScenarioPackage.SCENARIO__SECONDARY_POOLS:
				return secondaryPools != null && !secondaryPools.isEmpty();
			case ScenarioPackage.SCENARIO__COST_MODEL:
				return costModel != null;
			case ScenarioPackage.SCENARIO__TWIN_MODEL:
				return twinModel != null;
			case ScenarioPackage.SCENARIO__LEVEL_ONE_TWINS:
				return levelOneTwins != null && !levelOneTwins.isEmpty();
			case ScenarioPackage.SCENARIO__LEVEL_TWO_TWINS:
				return levelTwoTwins != null && !levelTwoTwins.isEmpty();
			case ScenarioPackage.SCENARIO__POOLING_STUDIES:
				return poolingStudies != null && !poolingStudies.isEmpty();
			case ScenarioPackage.SCENARIO__OFFLOADING_POLICIES:
				return offloadingPolicies != null && !offloadingPolicies.isEmpty();
			case ScenarioPackage.SCENARIO__SELECTION_POLICIES:
				return selectionPolicies != null && !selectionPolicies.isEmpty();
			case ScenarioPackage.SCENARIO__SWEEPS:
				return sweeps != null && !sweeps.isEmpty();
			case ScenarioPackage.SCENARIO__RUNS:
				return runs != null && !runs.isEmpty();
			case ScenarioPackage.SCENARIO__TWIN_STUDIES:
				return twinStudies != null && !twinStudies.isEmpty();
			case ScenarioPackage.SCENARIO__SURROGATES:
				return surrogates != null && !surrogates.isEmpty();
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
		result.append(" (description: ");
		result.append(description);
		result.append(", seed: ");
		result.append(seed);
		result.append(')');
		return result.toString();
	}

} //ScenarioImpl
