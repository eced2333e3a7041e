/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.scenario;

import org.eclipse.emf.common.util.EList;

import org.slicewright.model.pooling.PrimaryPool;
import org.slicewright.model.pooling.ResourceUnitCostModel;
import org.slicewright.model.pooling.SecondaryPool;

import org.slicewright.model.slicing.Slice;

import org.slicewright.model.topology.Identified;
import org.slicewright.model.topology.Network;

import org.slicewright.model.twins.LevelOneTwin;
import org.slicewright.model.twins.LevelTwoTwin;
import org.slicewright.model.twins.TwinModelConfig;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scenario</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What a planner edits and evaluates: topology, demand (twins), slices, pools and policies, sweeps and their runs.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.scenario.Scenario#getDescription <em>Description</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.Scenario#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.Scenario#getNetwork <em>Network</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.Scenario#getSlices <em>Slices</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.Scenario#getPrimaryPool <em>Primary Pool</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.Scenario#getSecondaryPools <em>Secondary Pools</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.Scenario#getCostModel <em>Cost Model</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.Scenario#getTwinModel <em>Twin Model</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.Scenario#getLevelOneTwins <em>Level One Twins</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.Scenario#getLevelTwoTwins <em>Level Two Twins</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.Scenario#getPoolingStudies <em>Pooling Studies</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.Scenario#getOffloadingPolicies <em>Offloading Policies</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.Scenario#getSelectionPolicies <em>Selection Policies</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.Scenario#getSweeps <em>Sweeps</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.Scenario#getRuns <em>Runs</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.Scenario#getTwinStudies <em>Twin Studies</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.Scenario#getSurrogates <em>Surrogates</em>}</li>
 * </ul>
 *
 * @see org.slicewright.model.scenario.ScenarioPackage#getScenario()
 * @model
 * @generated
 */
public interface Scenario extends Identified {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getScenario_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.Scenario#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Default random seed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getScenario_Seed()
	 * @model default="1"
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.Scenario#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

	/**
	 * Returns the value of the '<em><b>Network</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Topology.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Network</em>' containment reference.
	 * @see #setNetwork(Network)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getScenario_Network()
	 * @model containment="true"
	 * @generated
	 */
	Network getNetwork();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.Scenario#getNetwork <em>Network</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Network</em>' containment reference.
	 * @see #getNetwork()
	 * @generated
	 */
	void setNetwork(Network value);

	/**
	 * Returns the value of the '<em><b>Slices</b></em>' containment reference list.
	 * The list contents are of type {@link org.slicewright.model.slicing.Slice}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Slices.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Slices</em>' containment reference list.
	 * @see org.slicewright.model.scenario.ScenarioPackage#getScenario_Slices()
	 * @model containment="true"
	 * @generated
	 */
	EList<Slice> getSlices();

	/**
	 * Returns the value of the '<em><b>Primary Pool</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Primary pool.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Primary Pool</em>' containment reference.
	 * @see #setPrimaryPool(PrimaryPool)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getScenario_PrimaryPool()
	 * @model containment="true"
	 * @generated
	 */
	PrimaryPool getPrimaryPool();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.Scenario#getPrimaryPool <em>Primary Pool</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Primary Pool</em>' containment reference.
	 * @see #getPrimaryPool()
	 * @generated
	 */
	void setPrimaryPool(PrimaryPool value);

	/**
	 * Returns the value of the '<em><b>Secondary Pools</b></em>' containment reference list.
	 * The list contents are of type {@link org.slicewright.model.pooling.SecondaryPool}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Secondary pools.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Secondary Pools</em>' containment reference list.
	 * @see org.slicewright.model.scenario.ScenarioPackage#getScenario_SecondaryPools()
	 * @model containment="true"
	 * @generated
	 */
	EList<SecondaryPool> getSecondaryPools();

	/**
	 * Returns the value of the '<em><b>Cost Model</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * RU cost model.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cost Model</em>' containment reference.
	 * @see #setCostModel(ResourceUnitCostModel)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getScenario_CostModel()
	 * @model containment="true"
	 * @generated
	 */
	ResourceUnitCostModel getCostModel();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.Scenario#getCostModel <em>Cost Model</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cost Model</em>' containment reference.
	 * @see #getCostModel()
	 * @generated
	 */
	void setCostModel(ResourceUnitCostModel value);

	/**
	 * Returns the value of the '<em><b>Twin Model</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Twin-model configuration.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Twin Model</em>' containment reference.
	 * @see #setTwinModel(TwinModelConfig)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getScenario_TwinModel()
	 * @model containment="true"
	 * @generated
	 */
	TwinModelConfig getTwinModel();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.Scenario#getTwinModel <em>Twin Model</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Twin Model</em>' containment reference.
	 * @see #getTwinModel()
	 * @generated
	 */
	void setTwinModel(TwinModelConfig value);

	/**
	 * Returns the value of the '<em><b>Level One Twins</b></em>' containment reference list.
	 * The list contents are of type {@link org.slicewright.model.twins.LevelOneTwin}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Level-one twins.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Level One Twins</em>' containment reference list.
	 * @see org.slicewright.model.scenario.ScenarioPackage#getScenario_LevelOneTwins()
	 * @model containment="true"
	 * @generated
	 */
	EList<LevelOneTwin> getLevelOneTwins();

	/**
	 * Returns the value of the '<em><b>Level Two Twins</b></em>' containment reference list.
	 * The list contents are of type {@link org.slicewright.model.twins.LevelTwoTwin}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Level-two twins.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Level Two Twins</em>' containment reference list.
	 * @see org.slicewright.model.scenario.ScenarioPackage#getScenario_LevelTwoTwins()
	 * @model containment="true"
	 * @generated
	 */
	EList<LevelTwoTwin> getLevelTwoTwins();

	/**
	 * Returns the value of the '<em><b>Pooling Studies</b></em>' containment reference list.
	 * The list contents are of type {@link org.slicewright.model.scenario.PoolingStudy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Pooling what-if studies.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pooling Studies</em>' containment reference list.
	 * @see org.slicewright.model.scenario.ScenarioPackage#getScenario_PoolingStudies()
	 * @model containment="true"
	 * @generated
	 */
	EList<PoolingStudy> getPoolingStudies();

	/**
	 * Returns the value of the '<em><b>Offloading Policies</b></em>' containment reference list.
	 * The list contents are of type {@link org.slicewright.model.scenario.OffloadingPolicy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Offloading policies.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Offloading Policies</em>' containment reference list.
	 * @see org.slicewright.model.scenario.ScenarioPackage#getScenario_OffloadingPolicies()
	 * @model containment="true"
	 * @generated
	 */
	EList<OffloadingPolicy> getOffloadingPolicies();

	/**
	 * Returns the value of the '<em><b>Selection Policies</b></em>' containment reference list.
	 * The list contents are of type {@link org.slicewright.model.scenario.NodeSelectionPolicy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Node-selection policies.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Selection Policies</em>' containment reference list.
	 * @see org.slicewright.model.scenario.ScenarioPackage#getScenario_SelectionPolicies()
	 * @model containment="true"
	 * @generated
	 */
	EList<NodeSelectionPolicy> getSelectionPolicies();

	/**
	 * Returns the value of the '<em><b>Sweeps</b></em>' containment reference list.
	 * The list contents are of type {@link org.slicewright.model.scenario.Sweep}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sweeps.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sweeps</em>' containment reference list.
	 * @see org.slicewright.model.scenario.ScenarioPackage#getScenario_Sweeps()
	 * @model containment="true"
	 * @generated
	 */
	EList<Sweep> getSweeps();

	/**
	 * Returns the value of the '<em><b>Runs</b></em>' containment reference list.
	 * The list contents are of type {@link org.slicewright.model.scenario.Run}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Runs and their results.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Runs</em>' containment reference list.
	 * @see org.slicewright.model.scenario.ScenarioPackage#getScenario_Runs()
	 * @model containment="true"
	 * @generated
	 */
	EList<Run> getRuns();

	/**
	 * Returns the value of the '<em><b>Twin Studies</b></em>' containment reference list.
	 * The list contents are of type {@link org.slicewright.model.scenario.TwinStudy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Twin-fed what-if studies.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Twin Studies</em>' containment reference list.
	 * @see org.slicewright.model.scenario.ScenarioPackage#getScenario_TwinStudies()
	 * @model containment="true"
	 * @generated
	 */
	EList<TwinStudy> getTwinStudies();

	/**
	 * Returns the value of the '<em><b>Surrogates</b></em>' containment reference list.
	 * The list contents are of type {@link org.slicewright.model.scenario.Surrogate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Learned policy-to-performance surrogates.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Surrogates</em>' containment reference list.
	 * @see org.slicewright.model.scenario.ScenarioPackage#getScenario_Surrogates()
	 * @model containment="true"
	 * @generated
	 */
	EList<Surrogate> getSurrogates();

} // Scenario
