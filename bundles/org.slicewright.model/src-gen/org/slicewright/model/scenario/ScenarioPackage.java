/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.scenario;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.slicewright.model.topology.TopologyPackage;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * A scenario bundles topology, slices, pools, twins and policies, with the sweeps a planner runs and the runs and results they produce.
 * <!-- end-model-doc -->
 * @see org.slicewright.model.scenario.ScenarioFactory
 * @model kind="package"
 * @generated
 */
public interface ScenarioPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "scenario";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://slicewright.org/model/scenario/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "scenario";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ScenarioPackage eINSTANCE = org.slicewright.model.scenario.impl.ScenarioPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.slicewright.model.scenario.impl.LearningParametersImpl <em>Learning Parameters</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.scenario.impl.LearningParametersImpl
	 * @see org.slicewright.model.scenario.impl.ScenarioPackageImpl#getLearningParameters()
	 * @generated
	 */
	int LEARNING_PARAMETERS = 0;

	/**
	 * The feature id for the '<em><b>Hidden Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_PARAMETERS__HIDDEN_UNITS = 0;

	/**
	 * The feature id for the '<em><b>Learning Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_PARAMETERS__LEARNING_RATE = 1;

	/**
	 * The feature id for the '<em><b>Ticks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_PARAMETERS__TICKS = 2;

	/**
	 * The feature id for the '<em><b>Aggregation Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_PARAMETERS__AGGREGATION_PERIOD = 3;

	/**
	 * The feature id for the '<em><b>Batch Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_PARAMETERS__BATCH_SIZE = 4;

	/**
	 * The feature id for the '<em><b>Label Skew</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_PARAMETERS__LABEL_SKEW = 5;

	/**
	 * The feature id for the '<em><b>Data Unit Samples</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_PARAMETERS__DATA_UNIT_SAMPLES = 6;

	/**
	 * The feature id for the '<em><b>Local Epochs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_PARAMETERS__LOCAL_EPOCHS = 7;

	/**
	 * The feature id for the '<em><b>Max Wait Ticks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_PARAMETERS__MAX_WAIT_TICKS = 8;

	/**
	 * The number of structural features of the '<em>Learning Parameters</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_PARAMETERS_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Learning Parameters</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_PARAMETERS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.slicewright.model.scenario.impl.PoolingStudyImpl <em>Pooling Study</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.scenario.impl.PoolingStudyImpl
	 * @see org.slicewright.model.scenario.impl.ScenarioPackageImpl#getPoolingStudy()
	 * @generated
	 */
	int POOLING_STUDY = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOLING_STUDY__ID = TopologyPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOLING_STUDY__NAME = TopologyPackage.IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>Secondary Pool</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOLING_STUDY__SECONDARY_POOL = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Learning</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOLING_STUDY__LEARNING = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Lambda Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOLING_STUDY__LAMBDA_MAX = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Use Twin Rates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOLING_STUDY__USE_TWIN_RATES = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Pooling Study</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOLING_STUDY_FEATURE_COUNT = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Pooling Study</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOLING_STUDY_OPERATION_COUNT = TopologyPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.slicewright.model.scenario.impl.OffloadingPolicyImpl <em>Offloading Policy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.scenario.impl.OffloadingPolicyImpl
	 * @see org.slicewright.model.scenario.impl.ScenarioPackageImpl#getOffloadingPolicy()
	 * @generated
	 */
	int OFFLOADING_POLICY = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLOADING_POLICY__ID = TopologyPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLOADING_POLICY__NAME = TopologyPackage.IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLOADING_POLICY__KIND = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Transmission Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLOADING_POLICY__TRANSMISSION_COST = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Probability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLOADING_POLICY__PROBABILITY = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Dropout</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLOADING_POLICY__DROPOUT = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Passes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLOADING_POLICY__PASSES = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLOADING_POLICY__THRESHOLD = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Local Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLOADING_POLICY__LOCAL_WEIGHT = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Under Provisioning Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLOADING_POLICY__UNDER_PROVISIONING_COST = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Over Provisioning Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLOADING_POLICY__OVER_PROVISIONING_COST = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Rtt Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLOADING_POLICY__RTT_MS = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Preset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLOADING_POLICY__PRESET = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Epochs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLOADING_POLICY__EPOCHS = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Patience</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLOADING_POLICY__PATIENCE = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Learning Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLOADING_POLICY__LEARNING_RATE = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Residual Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLOADING_POLICY__RESIDUAL_TARGET = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Offloading Block</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLOADING_POLICY__OFFLOADING_BLOCK = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Weight Sweep</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLOADING_POLICY__WEIGHT_SWEEP = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Trace Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLOADING_POLICY__TRACE_REF = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 17;

	/**
	 * The number of structural features of the '<em>Offloading Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLOADING_POLICY_FEATURE_COUNT = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 18;

	/**
	 * The number of operations of the '<em>Offloading Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFLOADING_POLICY_OPERATION_COUNT = TopologyPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.slicewright.model.scenario.impl.NodeSelectionPolicyImpl <em>Node Selection Policy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.scenario.impl.NodeSelectionPolicyImpl
	 * @see org.slicewright.model.scenario.impl.ScenarioPackageImpl#getNodeSelectionPolicy()
	 * @generated
	 */
	int NODE_SELECTION_POLICY = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_SELECTION_POLICY__ID = TopologyPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_SELECTION_POLICY__NAME = TopologyPackage.IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_SELECTION_POLICY__KIND = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Alpha</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_SELECTION_POLICY__ALPHA = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Beta</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_SELECTION_POLICY__BETA = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Gamma</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_SELECTION_POLICY__GAMMA = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>W1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_SELECTION_POLICY__W1 = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>W5</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_SELECTION_POLICY__W5 = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>W15</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_SELECTION_POLICY__W15 = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Qos Fit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_SELECTION_POLICY__QOS_FIT = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Qos Budget Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_SELECTION_POLICY__QOS_BUDGET_MS = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Node Selection Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_SELECTION_POLICY_FEATURE_COUNT = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Node Selection Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_SELECTION_POLICY_OPERATION_COUNT = TopologyPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.slicewright.model.scenario.impl.TwinStudyImpl <em>Twin Study</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.scenario.impl.TwinStudyImpl
	 * @see org.slicewright.model.scenario.impl.ScenarioPackageImpl#getTwinStudy()
	 * @generated
	 */
	int TWIN_STUDY = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TWIN_STUDY__ID = TopologyPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TWIN_STUDY__NAME = TopologyPackage.IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>Periods</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TWIN_STUDY__PERIODS = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Period S</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TWIN_STUDY__PERIOD_S = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Season Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TWIN_STUDY__SEASON_LENGTH = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Headroom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TWIN_STUDY__HEADROOM = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Sla Shortfall</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TWIN_STUDY__SLA_SHORTFALL = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Lags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TWIN_STUDY__LAGS = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Policies</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TWIN_STUDY__POLICIES = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Sweep Sync Periods S</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TWIN_STUDY__SWEEP_SYNC_PERIODS_S = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Sweep Precisions</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TWIN_STUDY__SWEEP_PRECISIONS = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Twin Study</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TWIN_STUDY_FEATURE_COUNT = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Twin Study</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TWIN_STUDY_OPERATION_COUNT = TopologyPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.slicewright.model.scenario.impl.SurrogateImpl <em>Surrogate</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.scenario.impl.SurrogateImpl
	 * @see org.slicewright.model.scenario.impl.ScenarioPackageImpl#getSurrogate()
	 * @generated
	 */
	int SURROGATE = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURROGATE__ID = TopologyPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURROGATE__NAME = TopologyPackage.IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>Metric</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURROGATE__METRIC = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURROGATE__KIND = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Features</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURROGATE__FEATURES = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Coefficients</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURROGATE__COEFFICIENTS = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Cv Rmse</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURROGATE__CV_RMSE = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Training Runs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURROGATE__TRAINING_RUNS = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURROGATE__MODEL = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Surrogate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURROGATE_FEATURE_COUNT = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Surrogate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURROGATE_OPERATION_COUNT = TopologyPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.slicewright.model.scenario.impl.SweepImpl <em>Sweep</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.scenario.impl.SweepImpl
	 * @see org.slicewright.model.scenario.impl.ScenarioPackageImpl#getSweep()
	 * @generated
	 */
	int SWEEP = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP__ID = TopologyPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP__NAME = TopologyPackage.IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>Sub Pools From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP__SUB_POOLS_FROM = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sub Pools To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP__SUB_POOLS_TO = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Sub Pool Values</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP__SUB_POOL_VALUES = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Lambda Max Values</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP__LAMBDA_MAX_VALUES = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Seeds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP__SEEDS = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Base Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP__BASE_SEED = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Threads</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP__THREADS = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Sweep</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_FEATURE_COUNT = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Sweep</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_OPERATION_COUNT = TopologyPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.slicewright.model.scenario.impl.MetricImpl <em>Metric</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.scenario.impl.MetricImpl
	 * @see org.slicewright.model.scenario.impl.ScenarioPackageImpl#getMetric()
	 * @generated
	 */
	int METRIC = 7;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__NAME = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__VALUE = 1;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__UNIT = 2;

	/**
	 * The number of structural features of the '<em>Metric</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Metric</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.slicewright.model.scenario.impl.RunImpl <em>Run</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.scenario.impl.RunImpl
	 * @see org.slicewright.model.scenario.impl.ScenarioPackageImpl#getRun()
	 * @generated
	 */
	int RUN = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__ID = TopologyPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__NAME = TopologyPackage.IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__POLICY = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__PARAMETERS = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__SEED = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Wall Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__WALL_MS = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Metrics</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__METRICS = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Series</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__SERIES = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Run</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_FEATURE_COUNT = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Run</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_OPERATION_COUNT = TopologyPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.slicewright.model.scenario.impl.SeriesImpl <em>Series</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.scenario.impl.SeriesImpl
	 * @see org.slicewright.model.scenario.impl.ScenarioPackageImpl#getSeries()
	 * @generated
	 */
	int SERIES = 9;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERIES__NAME = 0;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERIES__UNIT = 1;

	/**
	 * The feature id for the '<em><b>Step S</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERIES__STEP_S = 2;

	/**
	 * The feature id for the '<em><b>Values</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERIES__VALUES = 3;

	/**
	 * The number of structural features of the '<em>Series</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERIES_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Series</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERIES_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.slicewright.model.scenario.impl.ScenarioImpl <em>Scenario</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.scenario.impl.ScenarioImpl
	 * @see org.slicewright.model.scenario.impl.ScenarioPackageImpl#getScenario()
	 * @generated
	 */
	int SCENARIO = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__ID = TopologyPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__NAME = TopologyPackage.IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__DESCRIPTION = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__SEED = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Network</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__NETWORK = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Slices</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__SLICES = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Primary Pool</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__PRIMARY_POOL = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Secondary Pools</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__SECONDARY_POOLS = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Cost Model</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__COST_MODEL = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Twin Model</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__TWIN_MODEL = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Level One Twins</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__LEVEL_ONE_TWINS = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Level Two Twins</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__LEVEL_TWO_TWINS = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Pooling Studies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__POOLING_STUDIES = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Offloading Policies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__OFFLOADING_POLICIES = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Selection Policies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__SELECTION_POLICIES = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Sweeps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__SWEEPS = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Runs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__RUNS = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Twin Studies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__TWIN_STUDIES = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Surrogates</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__SURROGATES = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 16;

	/**
	 * The number of structural features of the '<em>Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_FEATURE_COUNT = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 17;

	/**
	 * The number of operations of the '<em>Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_OPERATION_COUNT = TopologyPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.slicewright.model.scenario.OffloadingKind <em>Offloading Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.scenario.OffloadingKind
	 * @see org.slicewright.model.scenario.impl.ScenarioPackageImpl#getOffloadingKind()
	 * @generated
	 */
	int OFFLOADING_KIND = 11;

	/**
	 * The meta object id for the '{@link org.slicewright.model.scenario.SelectionKind <em>Selection Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.scenario.SelectionKind
	 * @see org.slicewright.model.scenario.impl.ScenarioPackageImpl#getSelectionKind()
	 * @generated
	 */
	int SELECTION_KIND = 12;


	/**
	 * The meta object id for the '{@link org.slicewright.model.scenario.ReservationPolicyKind <em>Reservation Policy Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.scenario.ReservationPolicyKind
	 * @see org.slicewright.model.scenario.impl.ScenarioPackageImpl#getReservationPolicyKind()
	 * @generated
	 */
	int RESERVATION_POLICY_KIND = 13;

	/**
	 * The meta object id for the '{@link org.slicewright.model.scenario.SurrogateKind <em>Surrogate Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.scenario.SurrogateKind
	 * @see org.slicewright.model.scenario.impl.ScenarioPackageImpl#getSurrogateKind()
	 * @generated
	 */
	int SURROGATE_KIND = 14;


	/**
	 * Returns the meta object for class '{@link org.slicewright.model.scenario.LearningParameters <em>Learning Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Learning Parameters</em>'.
	 * @see org.slicewright.model.scenario.LearningParameters
	 * @generated
	 */
	EClass getLearningParameters();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.LearningParameters#getHiddenUnits <em>Hidden Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hidden Units</em>'.
	 * @see org.slicewright.model.scenario.LearningParameters#getHiddenUnits()
	 * @see #getLearningParameters()
	 * @generated
	 */
	EAttribute getLearningParameters_HiddenUnits();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.LearningParameters#getLearningRate <em>Learning Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Learning Rate</em>'.
	 * @see org.slicewright.model.scenario.LearningParameters#getLearningRate()
	 * @see #getLearningParameters()
	 * @generated
	 */
	EAttribute getLearningParameters_LearningRate();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.LearningParameters#getTicks <em>Ticks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ticks</em>'.
	 * @see org.slicewright.model.scenario.LearningParameters#getTicks()
	 * @see #getLearningParameters()
	 * @generated
	 */
	EAttribute getLearningParameters_Ticks();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.LearningParameters#getAggregationPeriod <em>Aggregation Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Aggregation Period</em>'.
	 * @see org.slicewright.model.scenario.LearningParameters#getAggregationPeriod()
	 * @see #getLearningParameters()
	 * @generated
	 */
	EAttribute getLearningParameters_AggregationPeriod();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.LearningParameters#getBatchSize <em>Batch Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Batch Size</em>'.
	 * @see org.slicewright.model.scenario.LearningParameters#getBatchSize()
	 * @see #getLearningParameters()
	 * @generated
	 */
	EAttribute getLearningParameters_BatchSize();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.LearningParameters#getLabelSkew <em>Label Skew</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Skew</em>'.
	 * @see org.slicewright.model.scenario.LearningParameters#getLabelSkew()
	 * @see #getLearningParameters()
	 * @generated
	 */
	EAttribute getLearningParameters_LabelSkew();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.LearningParameters#getDataUnitSamples <em>Data Unit Samples</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data Unit Samples</em>'.
	 * @see org.slicewright.model.scenario.LearningParameters#getDataUnitSamples()
	 * @see #getLearningParameters()
	 * @generated
	 */
	EAttribute getLearningParameters_DataUnitSamples();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.LearningParameters#getLocalEpochs <em>Local Epochs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Local Epochs</em>'.
	 * @see org.slicewright.model.scenario.LearningParameters#getLocalEpochs()
	 * @see #getLearningParameters()
	 * @generated
	 */
	EAttribute getLearningParameters_LocalEpochs();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.LearningParameters#getMaxWaitTicks <em>Max Wait Ticks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Wait Ticks</em>'.
	 * @see org.slicewright.model.scenario.LearningParameters#getMaxWaitTicks()
	 * @see #getLearningParameters()
	 * @generated
	 */
	EAttribute getLearningParameters_MaxWaitTicks();

	/**
	 * Returns the meta object for class '{@link org.slicewright.model.scenario.PoolingStudy <em>Pooling Study</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pooling Study</em>'.
	 * @see org.slicewright.model.scenario.PoolingStudy
	 * @generated
	 */
	EClass getPoolingStudy();

	/**
	 * Returns the meta object for the reference '{@link org.slicewright.model.scenario.PoolingStudy#getSecondaryPool <em>Secondary Pool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Secondary Pool</em>'.
	 * @see org.slicewright.model.scenario.PoolingStudy#getSecondaryPool()
	 * @see #getPoolingStudy()
	 * @generated
	 */
	EReference getPoolingStudy_SecondaryPool();

	/**
	 * Returns the meta object for the containment reference '{@link org.slicewright.model.scenario.PoolingStudy#getLearning <em>Learning</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Learning</em>'.
	 * @see org.slicewright.model.scenario.PoolingStudy#getLearning()
	 * @see #getPoolingStudy()
	 * @generated
	 */
	EReference getPoolingStudy_Learning();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.PoolingStudy#getLambdaMax <em>Lambda Max</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lambda Max</em>'.
	 * @see org.slicewright.model.scenario.PoolingStudy#getLambdaMax()
	 * @see #getPoolingStudy()
	 * @generated
	 */
	EAttribute getPoolingStudy_LambdaMax();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.PoolingStudy#isUseTwinRates <em>Use Twin Rates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Use Twin Rates</em>'.
	 * @see org.slicewright.model.scenario.PoolingStudy#isUseTwinRates()
	 * @see #getPoolingStudy()
	 * @generated
	 */
	EAttribute getPoolingStudy_UseTwinRates();

	/**
	 * Returns the meta object for class '{@link org.slicewright.model.scenario.OffloadingPolicy <em>Offloading Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Offloading Policy</em>'.
	 * @see org.slicewright.model.scenario.OffloadingPolicy
	 * @generated
	 */
	EClass getOffloadingPolicy();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.OffloadingPolicy#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.slicewright.model.scenario.OffloadingPolicy#getKind()
	 * @see #getOffloadingPolicy()
	 * @generated
	 */
	EAttribute getOffloadingPolicy_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.OffloadingPolicy#getTransmissionCost <em>Transmission Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Transmission Cost</em>'.
	 * @see org.slicewright.model.scenario.OffloadingPolicy#getTransmissionCost()
	 * @see #getOffloadingPolicy()
	 * @generated
	 */
	EAttribute getOffloadingPolicy_TransmissionCost();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.OffloadingPolicy#getProbability <em>Probability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Probability</em>'.
	 * @see org.slicewright.model.scenario.OffloadingPolicy#getProbability()
	 * @see #getOffloadingPolicy()
	 * @generated
	 */
	EAttribute getOffloadingPolicy_Probability();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.OffloadingPolicy#getDropout <em>Dropout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dropout</em>'.
	 * @see org.slicewright.model.scenario.OffloadingPolicy#getDropout()
	 * @see #getOffloadingPolicy()
	 * @generated
	 */
	EAttribute getOffloadingPolicy_Dropout();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.OffloadingPolicy#getPasses <em>Passes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Passes</em>'.
	 * @see org.slicewright.model.scenario.OffloadingPolicy#getPasses()
	 * @see #getOffloadingPolicy()
	 * @generated
	 */
	EAttribute getOffloadingPolicy_Passes();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.OffloadingPolicy#getThreshold <em>Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Threshold</em>'.
	 * @see org.slicewright.model.scenario.OffloadingPolicy#getThreshold()
	 * @see #getOffloadingPolicy()
	 * @generated
	 */
	EAttribute getOffloadingPolicy_Threshold();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.OffloadingPolicy#getLocalWeight <em>Local Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Local Weight</em>'.
	 * @see org.slicewright.model.scenario.OffloadingPolicy#getLocalWeight()
	 * @see #getOffloadingPolicy()
	 * @generated
	 */
	EAttribute getOffloadingPolicy_LocalWeight();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.OffloadingPolicy#getUnderProvisioningCost <em>Under Provisioning Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Under Provisioning Cost</em>'.
	 * @see org.slicewright.model.scenario.OffloadingPolicy#getUnderProvisioningCost()
	 * @see #getOffloadingPolicy()
	 * @generated
	 */
	EAttribute getOffloadingPolicy_UnderProvisioningCost();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.OffloadingPolicy#getOverProvisioningCost <em>Over Provisioning Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Over Provisioning Cost</em>'.
	 * @see org.slicewright.model.scenario.OffloadingPolicy#getOverProvisioningCost()
	 * @see #getOffloadingPolicy()
	 * @generated
	 */
	EAttribute getOffloadingPolicy_OverProvisioningCost();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.OffloadingPolicy#getRttMs <em>Rtt Ms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rtt Ms</em>'.
	 * @see org.slicewright.model.scenario.OffloadingPolicy#getRttMs()
	 * @see #getOffloadingPolicy()
	 * @generated
	 */
	EAttribute getOffloadingPolicy_RttMs();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.OffloadingPolicy#getPreset <em>Preset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Preset</em>'.
	 * @see org.slicewright.model.scenario.OffloadingPolicy#getPreset()
	 * @see #getOffloadingPolicy()
	 * @generated
	 */
	EAttribute getOffloadingPolicy_Preset();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.OffloadingPolicy#getEpochs <em>Epochs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Epochs</em>'.
	 * @see org.slicewright.model.scenario.OffloadingPolicy#getEpochs()
	 * @see #getOffloadingPolicy()
	 * @generated
	 */
	EAttribute getOffloadingPolicy_Epochs();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.OffloadingPolicy#getPatience <em>Patience</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Patience</em>'.
	 * @see org.slicewright.model.scenario.OffloadingPolicy#getPatience()
	 * @see #getOffloadingPolicy()
	 * @generated
	 */
	EAttribute getOffloadingPolicy_Patience();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.OffloadingPolicy#getLearningRate <em>Learning Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Learning Rate</em>'.
	 * @see org.slicewright.model.scenario.OffloadingPolicy#getLearningRate()
	 * @see #getOffloadingPolicy()
	 * @generated
	 */
	EAttribute getOffloadingPolicy_LearningRate();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.OffloadingPolicy#isResidualTarget <em>Residual Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Residual Target</em>'.
	 * @see org.slicewright.model.scenario.OffloadingPolicy#isResidualTarget()
	 * @see #getOffloadingPolicy()
	 * @generated
	 */
	EAttribute getOffloadingPolicy_ResidualTarget();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.OffloadingPolicy#getOffloadingBlock <em>Offloading Block</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Offloading Block</em>'.
	 * @see org.slicewright.model.scenario.OffloadingPolicy#getOffloadingBlock()
	 * @see #getOffloadingPolicy()
	 * @generated
	 */
	EAttribute getOffloadingPolicy_OffloadingBlock();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.OffloadingPolicy#getWeightSweep <em>Weight Sweep</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight Sweep</em>'.
	 * @see org.slicewright.model.scenario.OffloadingPolicy#getWeightSweep()
	 * @see #getOffloadingPolicy()
	 * @generated
	 */
	EAttribute getOffloadingPolicy_WeightSweep();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.OffloadingPolicy#getTraceRef <em>Trace Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trace Ref</em>'.
	 * @see org.slicewright.model.scenario.OffloadingPolicy#getTraceRef()
	 * @see #getOffloadingPolicy()
	 * @generated
	 */
	EAttribute getOffloadingPolicy_TraceRef();

	/**
	 * Returns the meta object for class '{@link org.slicewright.model.scenario.NodeSelectionPolicy <em>Node Selection Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node Selection Policy</em>'.
	 * @see org.slicewright.model.scenario.NodeSelectionPolicy
	 * @generated
	 */
	EClass getNodeSelectionPolicy();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.NodeSelectionPolicy#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.slicewright.model.scenario.NodeSelectionPolicy#getKind()
	 * @see #getNodeSelectionPolicy()
	 * @generated
	 */
	EAttribute getNodeSelectionPolicy_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.NodeSelectionPolicy#getAlpha <em>Alpha</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Alpha</em>'.
	 * @see org.slicewright.model.scenario.NodeSelectionPolicy#getAlpha()
	 * @see #getNodeSelectionPolicy()
	 * @generated
	 */
	EAttribute getNodeSelectionPolicy_Alpha();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.NodeSelectionPolicy#getBeta <em>Beta</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Beta</em>'.
	 * @see org.slicewright.model.scenario.NodeSelectionPolicy#getBeta()
	 * @see #getNodeSelectionPolicy()
	 * @generated
	 */
	EAttribute getNodeSelectionPolicy_Beta();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.NodeSelectionPolicy#getGamma <em>Gamma</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gamma</em>'.
	 * @see org.slicewright.model.scenario.NodeSelectionPolicy#getGamma()
	 * @see #getNodeSelectionPolicy()
	 * @generated
	 */
	EAttribute getNodeSelectionPolicy_Gamma();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.NodeSelectionPolicy#getW1 <em>W1</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>W1</em>'.
	 * @see org.slicewright.model.scenario.NodeSelectionPolicy#getW1()
	 * @see #getNodeSelectionPolicy()
	 * @generated
	 */
	EAttribute getNodeSelectionPolicy_W1();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.NodeSelectionPolicy#getW5 <em>W5</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>W5</em>'.
	 * @see org.slicewright.model.scenario.NodeSelectionPolicy#getW5()
	 * @see #getNodeSelectionPolicy()
	 * @generated
	 */
	EAttribute getNodeSelectionPolicy_W5();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.NodeSelectionPolicy#getW15 <em>W15</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>W15</em>'.
	 * @see org.slicewright.model.scenario.NodeSelectionPolicy#getW15()
	 * @see #getNodeSelectionPolicy()
	 * @generated
	 */
	EAttribute getNodeSelectionPolicy_W15();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.NodeSelectionPolicy#isQosFit <em>Qos Fit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Qos Fit</em>'.
	 * @see org.slicewright.model.scenario.NodeSelectionPolicy#isQosFit()
	 * @see #getNodeSelectionPolicy()
	 * @generated
	 */
	EAttribute getNodeSelectionPolicy_QosFit();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.NodeSelectionPolicy#getQosBudgetMs <em>Qos Budget Ms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Qos Budget Ms</em>'.
	 * @see org.slicewright.model.scenario.NodeSelectionPolicy#getQosBudgetMs()
	 * @see #getNodeSelectionPolicy()
	 * @generated
	 */
	EAttribute getNodeSelectionPolicy_QosBudgetMs();

	/**
	 * Returns the meta object for class '{@link org.slicewright.model.scenario.TwinStudy <em>Twin Study</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Twin Study</em>'.
	 * @see org.slicewright.model.scenario.TwinStudy
	 * @generated
	 */
	EClass getTwinStudy();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.TwinStudy#getPeriods <em>Periods</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Periods</em>'.
	 * @see org.slicewright.model.scenario.TwinStudy#getPeriods()
	 * @see #getTwinStudy()
	 * @generated
	 */
	EAttribute getTwinStudy_Periods();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.TwinStudy#getPeriodS <em>Period S</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period S</em>'.
	 * @see org.slicewright.model.scenario.TwinStudy#getPeriodS()
	 * @see #getTwinStudy()
	 * @generated
	 */
	EAttribute getTwinStudy_PeriodS();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.TwinStudy#getSeasonLength <em>Season Length</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Season Length</em>'.
	 * @see org.slicewright.model.scenario.TwinStudy#getSeasonLength()
	 * @see #getTwinStudy()
	 * @generated
	 */
	EAttribute getTwinStudy_SeasonLength();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.TwinStudy#getHeadroom <em>Headroom</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Headroom</em>'.
	 * @see org.slicewright.model.scenario.TwinStudy#getHeadroom()
	 * @see #getTwinStudy()
	 * @generated
	 */
	EAttribute getTwinStudy_Headroom();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.TwinStudy#getSlaShortfall <em>Sla Shortfall</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sla Shortfall</em>'.
	 * @see org.slicewright.model.scenario.TwinStudy#getSlaShortfall()
	 * @see #getTwinStudy()
	 * @generated
	 */
	EAttribute getTwinStudy_SlaShortfall();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.TwinStudy#getLags <em>Lags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lags</em>'.
	 * @see org.slicewright.model.scenario.TwinStudy#getLags()
	 * @see #getTwinStudy()
	 * @generated
	 */
	EAttribute getTwinStudy_Lags();

	/**
	 * Returns the meta object for the attribute list '{@link org.slicewright.model.scenario.TwinStudy#getPolicies <em>Policies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Policies</em>'.
	 * @see org.slicewright.model.scenario.TwinStudy#getPolicies()
	 * @see #getTwinStudy()
	 * @generated
	 */
	EAttribute getTwinStudy_Policies();

	/**
	 * Returns the meta object for the attribute list '{@link org.slicewright.model.scenario.TwinStudy#getSweepSyncPeriodsS <em>Sweep Sync Periods S</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Sweep Sync Periods S</em>'.
	 * @see org.slicewright.model.scenario.TwinStudy#getSweepSyncPeriodsS()
	 * @see #getTwinStudy()
	 * @generated
	 */
	EAttribute getTwinStudy_SweepSyncPeriodsS();

	/**
	 * Returns the meta object for the attribute list '{@link org.slicewright.model.scenario.TwinStudy#getSweepPrecisions <em>Sweep Precisions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Sweep Precisions</em>'.
	 * @see org.slicewright.model.scenario.TwinStudy#getSweepPrecisions()
	 * @see #getTwinStudy()
	 * @generated
	 */
	EAttribute getTwinStudy_SweepPrecisions();

	/**
	 * Returns the meta object for class '{@link org.slicewright.model.scenario.Surrogate <em>Surrogate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Surrogate</em>'.
	 * @see org.slicewright.model.scenario.Surrogate
	 * @generated
	 */
	EClass getSurrogate();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.Surrogate#getMetric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Metric</em>'.
	 * @see org.slicewright.model.scenario.Surrogate#getMetric()
	 * @see #getSurrogate()
	 * @generated
	 */
	EAttribute getSurrogate_Metric();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.Surrogate#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.slicewright.model.scenario.Surrogate#getKind()
	 * @see #getSurrogate()
	 * @generated
	 */
	EAttribute getSurrogate_Kind();

	/**
	 * Returns the meta object for the attribute list '{@link org.slicewright.model.scenario.Surrogate#getFeatures <em>Features</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Features</em>'.
	 * @see org.slicewright.model.scenario.Surrogate#getFeatures()
	 * @see #getSurrogate()
	 * @generated
	 */
	EAttribute getSurrogate_Features();

	/**
	 * Returns the meta object for the attribute list '{@link org.slicewright.model.scenario.Surrogate#getCoefficients <em>Coefficients</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Coefficients</em>'.
	 * @see org.slicewright.model.scenario.Surrogate#getCoefficients()
	 * @see #getSurrogate()
	 * @generated
	 */
	EAttribute getSurrogate_Coefficients();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.Surrogate#getCvRmse <em>Cv Rmse</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cv Rmse</em>'.
	 * @see org.slicewright.model.scenario.Surrogate#getCvRmse()
	 * @see #getSurrogate()
	 * @generated
	 */
	EAttribute getSurrogate_CvRmse();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.Surrogate#getTrainingRuns <em>Training Runs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Training Runs</em>'.
	 * @see org.slicewright.model.scenario.Surrogate#getTrainingRuns()
	 * @see #getSurrogate()
	 * @generated
	 */
	EAttribute getSurrogate_TrainingRuns();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.Surrogate#getModel <em>Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model</em>'.
	 * @see org.slicewright.model.scenario.Surrogate#getModel()
	 * @see #getSurrogate()
	 * @generated
	 */
	EAttribute getSurrogate_Model();

	/**
	 * Returns the meta object for class '{@link org.slicewright.model.scenario.Sweep <em>Sweep</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sweep</em>'.
	 * @see org.slicewright.model.scenario.Sweep
	 * @generated
	 */
	EClass getSweep();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.Sweep#getSubPoolsFrom <em>Sub Pools From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sub Pools From</em>'.
	 * @see org.slicewright.model.scenario.Sweep#getSubPoolsFrom()
	 * @see #getSweep()
	 * @generated
	 */
	EAttribute getSweep_SubPoolsFrom();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.Sweep#getSubPoolsTo <em>Sub Pools To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sub Pools To</em>'.
	 * @see org.slicewright.model.scenario.Sweep#getSubPoolsTo()
	 * @see #getSweep()
	 * @generated
	 */
	EAttribute getSweep_SubPoolsTo();

	/**
	 * Returns the meta object for the attribute list '{@link org.slicewright.model.scenario.Sweep#getSubPoolValues <em>Sub Pool Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Sub Pool Values</em>'.
	 * @see org.slicewright.model.scenario.Sweep#getSubPoolValues()
	 * @see #getSweep()
	 * @generated
	 */
	EAttribute getSweep_SubPoolValues();

	/**
	 * Returns the meta object for the attribute list '{@link org.slicewright.model.scenario.Sweep#getLambdaMaxValues <em>Lambda Max Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Lambda Max Values</em>'.
	 * @see org.slicewright.model.scenario.Sweep#getLambdaMaxValues()
	 * @see #getSweep()
	 * @generated
	 */
	EAttribute getSweep_LambdaMaxValues();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.Sweep#getSeeds <em>Seeds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seeds</em>'.
	 * @see org.slicewright.model.scenario.Sweep#getSeeds()
	 * @see #getSweep()
	 * @generated
	 */
	EAttribute getSweep_Seeds();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.Sweep#getBaseSeed <em>Base Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Base Seed</em>'.
	 * @see org.slicewright.model.scenario.Sweep#getBaseSeed()
	 * @see #getSweep()
	 * @generated
	 */
	EAttribute getSweep_BaseSeed();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.Sweep#getThreads <em>Threads</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Threads</em>'.
	 * @see org.slicewright.model.scenario.Sweep#getThreads()
	 * @see #getSweep()
	 * @generated
	 */
	EAttribute getSweep_Threads();

	/**
	 * Returns the meta object for class '{@link org.slicewright.model.scenario.Metric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Metric</em>'.
	 * @see org.slicewright.model.scenario.Metric
	 * @generated
	 */
	EClass getMetric();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.Metric#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.slicewright.model.scenario.Metric#getName()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.Metric#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.slicewright.model.scenario.Metric#getValue()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.Metric#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.slicewright.model.scenario.Metric#getUnit()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_Unit();

	/**
	 * Returns the meta object for class '{@link org.slicewright.model.scenario.Run <em>Run</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Run</em>'.
	 * @see org.slicewright.model.scenario.Run
	 * @generated
	 */
	EClass getRun();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.Run#getPolicy <em>Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Policy</em>'.
	 * @see org.slicewright.model.scenario.Run#getPolicy()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_Policy();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.Run#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Parameters</em>'.
	 * @see org.slicewright.model.scenario.Run#getParameters()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_Parameters();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.Run#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see org.slicewright.model.scenario.Run#getSeed()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_Seed();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.Run#getWallMs <em>Wall Ms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Wall Ms</em>'.
	 * @see org.slicewright.model.scenario.Run#getWallMs()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_WallMs();

	/**
	 * Returns the meta object for the containment reference list '{@link org.slicewright.model.scenario.Run#getMetrics <em>Metrics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Metrics</em>'.
	 * @see org.slicewright.model.scenario.Run#getMetrics()
	 * @see #getRun()
	 * @generated
	 */
	EReference getRun_Metrics();

	/**
	 * Returns the meta object for the containment reference list '{@link org.slicewright.model.scenario.Run#getSeries <em>Series</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Series</em>'.
	 * @see org.slicewright.model.scenario.Run#getSeries()
	 * @see #getRun()
	 * @generated
	 */
	EReference getRun_Series();

	/**
	 * Returns the meta object for class '{@link org.slicewright.model.scenario.Series <em>Series</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Series</em>'.
	 * @see org.slicewright.model.scenario.Series
	 * @generated
	 */
	EClass getSeries();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.Series#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.slicewright.model.scenario.Series#getName()
	 * @see #getSeries()
	 * @generated
	 */
	EAttribute getSeries_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.Series#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.slicewright.model.scenario.Series#getUnit()
	 * @see #getSeries()
	 * @generated
	 */
	EAttribute getSeries_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.Series#getStepS <em>Step S</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Step S</em>'.
	 * @see org.slicewright.model.scenario.Series#getStepS()
	 * @see #getSeries()
	 * @generated
	 */
	EAttribute getSeries_StepS();

	/**
	 * Returns the meta object for the attribute list '{@link org.slicewright.model.scenario.Series#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Values</em>'.
	 * @see org.slicewright.model.scenario.Series#getValues()
	 * @see #getSeries()
	 * @generated
	 */
	EAttribute getSeries_Values();

	/**
	 * Returns the meta object for class '{@link org.slicewright.model.scenario.Scenario <em>Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scenario</em>'.
	 * @see org.slicewright.model.scenario.Scenario
	 * @generated
	 */
	EClass getScenario();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.Scenario#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.slicewright.model.scenario.Scenario#getDescription()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.scenario.Scenario#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see org.slicewright.model.scenario.Scenario#getSeed()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_Seed();

	/**
	 * Returns the meta object for the containment reference '{@link org.slicewright.model.scenario.Scenario#getNetwork <em>Network</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Network</em>'.
	 * @see org.slicewright.model.scenario.Scenario#getNetwork()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Network();

	/**
	 * Returns the meta object for the containment reference list '{@link org.slicewright.model.scenario.Scenario#getSlices <em>Slices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Slices</em>'.
	 * @see org.slicewright.model.scenario.Scenario#getSlices()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Slices();

	/**
	 * Returns the meta object for the containment reference '{@link org.slicewright.model.scenario.Scenario#getPrimaryPool <em>Primary Pool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Primary Pool</em>'.
	 * @see org.slicewright.model.scenario.Scenario#getPrimaryPool()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_PrimaryPool();

	/**
	 * Returns the meta object for the containment reference list '{@link org.slicewright.model.scenario.Scenario#getSecondaryPools <em>Secondary Pools</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Secondary Pools</em>'.
	 * @see org.slicewright.model.scenario.Scenario#getSecondaryPools()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_SecondaryPools();

	/**
	 * Returns the meta object for the containment reference '{@link org.slicewright.model.scenario.Scenario#getCostModel <em>Cost Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Cost Model</em>'.
	 * @see org.slicewright.model.scenario.Scenario#getCostModel()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_CostModel();

	/**
	 * Returns the meta object for the containment reference '{@link org.slicewright.model.scenario.Scenario#getTwinModel <em>Twin Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Twin Model</em>'.
	 * @see org.slicewright.model.scenario.Scenario#getTwinModel()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_TwinModel();

	/**
	 * Returns the meta object for the containment reference list '{@link org.slicewright.model.scenario.Scenario#getLevelOneTwins <em>Level One Twins</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Level One Twins</em>'.
	 * @see org.slicewright.model.scenario.Scenario#getLevelOneTwins()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_LevelOneTwins();

	/**
	 * Returns the meta object for the containment reference list '{@link org.slicewright.model.scenario.Scenario#getLevelTwoTwins <em>Level Two Twins</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Level Two Twins</em>'.
	 * @see org.slicewright.model.scenario.Scenario#getLevelTwoTwins()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_LevelTwoTwins();

	/**
	 * Returns the meta object for the containment reference list '{@link org.slicewright.model.scenario.Scenario#getPoolingStudies <em>Pooling Studies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Pooling Studies</em>'.
	 * @see org.slicewright.model.scenario.Scenario#getPoolingStudies()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_PoolingStudies();

	/**
	 * Returns the meta object for the containment reference list '{@link org.slicewright.model.scenario.Scenario#getOffloadingPolicies <em>Offloading Policies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Offloading Policies</em>'.
	 * @see org.slicewright.model.scenario.Scenario#getOffloadingPolicies()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_OffloadingPolicies();

	/**
	 * Returns the meta object for the containment reference list '{@link org.slicewright.model.scenario.Scenario#getSelectionPolicies <em>Selection Policies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Selection Policies</em>'.
	 * @see org.slicewright.model.scenario.Scenario#getSelectionPolicies()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_SelectionPolicies();

	/**
	 * Returns the meta object for the containment reference list '{@link org.slicewright.model.scenario.Scenario#getSweeps <em>Sweeps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sweeps</em>'.
	 * @see org.slicewright.model.scenario.Scenario#getSweeps()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Sweeps();

	/**
	 * Returns the meta object for the containment reference list '{@link org.slicewright.model.scenario.Scenario#getRuns <em>Runs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Runs</em>'.
	 * @see org.slicewright.model.scenario.Scenario#getRuns()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Runs();

	/**
	 * Returns the meta object for the containment reference list '{@link org.slicewright.model.scenario.Scenario#getTwinStudies <em>Twin Studies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Twin Studies</em>'.
	 * @see org.slicewright.model.scenario.Scenario#getTwinStudies()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_TwinStudies();

	/**
	 * Returns the meta object for the containment reference list '{@link org.slicewright.model.scenario.Scenario#getSurrogates <em>Surrogates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Surrogates</em>'.
	 * @see org.slicewright.model.scenario.Scenario#getSurrogates()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Surrogates();

	/**
	 * Returns the meta object for enum '{@link org.slicewright.model.scenario.OffloadingKind <em>Offloading Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Offloading Kind</em>'.
	 * @see org.slicewright.model.scenario.OffloadingKind
	 * @generated
	 */
	EEnum getOffloadingKind();

	/**
	 * Returns the meta object for enum '{@link org.slicewright.model.scenario.SelectionKind <em>Selection Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Selection Kind</em>'.
	 * @see org.slicewright.model.scenario.SelectionKind
	 * @generated
	 */
	EEnum getSelectionKind();

	/**
	 * Returns the meta object for enum '{@link org.slicewright.model.scenario.ReservationPolicyKind <em>Reservation Policy Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Reservation Policy Kind</em>'.
	 * @see org.slicewright.model.scenario.ReservationPolicyKind
	 * @generated
	 */
	EEnum getReservationPolicyKind();

	/**
	 * Returns the meta object for enum '{@link org.slicewright.model.scenario.SurrogateKind <em>Surrogate Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Surrogate Kind</em>'.
	 * @see org.slicewright.model.scenario.SurrogateKind
	 * @generated
	 */
	EEnum getSurrogateKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ScenarioFactory getScenarioFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.slicewright.model.scenario.impl.LearningParametersImpl <em>Learning Parameters</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.scenario.impl.LearningParametersImpl
		 * @see org.slicewright.model.scenario.impl.ScenarioPackageImpl#getLearningParameters()
		 * @generated
		 */
		EClass LEARNING_PARAMETERS = eINSTANCE.getLearningParameters();

		/**
		 * The meta object literal for the '<em><b>Hidden Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_PARAMETERS__HIDDEN_UNITS = eINSTANCE.getLearningParameters_HiddenUnits();

		/**
		 * The meta object literal for the '<em><b>Learning Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_PARAMETERS__LEARNING_RATE = eINSTANCE.getLearningParameters_LearningRate();

		/**
		 * The meta object literal for the '<em><b>Ticks</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_PARAMETERS__TICKS = eINSTANCE.getLearningParameters_Ticks();

		/**
		 * The meta object literal for the '<em><b>Aggregation Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_PARAMETERS__AGGREGATION_PERIOD = eINSTANCE.getLearningParameters_AggregationPeriod();

		/**
		 * The meta object literal for the '<em><b>Batch Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_PARAMETERS__BATCH_SIZE = eINSTANCE.getLearningParameters_BatchSize();

		/**
		 * The meta object literal for the '<em><b>Label Skew</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_PARAMETERS__LABEL_SKEW = eINSTANCE.getLearningParameters_LabelSkew();

		/**
		 * The meta object literal for the '<em><b>Data Unit Samples</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_PARAMETERS__DATA_UNIT_SAMPLES = eINSTANCE.getLearningParameters_DataUnitSamples();

		/**
		 * The meta object literal for the '<em><b>Local Epochs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_PARAMETERS__LOCAL_EPOCHS = eINSTANCE.getLearningParameters_LocalEpochs();

		/**
		 * The meta object literal for the '<em><b>Max Wait Ticks</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_PARAMETERS__MAX_WAIT_TICKS = eINSTANCE.getLearningParameters_MaxWaitTicks();

		/**
		 * The meta object literal for the '{@link org.slicewright.model.scenario.impl.PoolingStudyImpl <em>Pooling Study</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.scenario.impl.PoolingStudyImpl
		 * @see org.slicewright.model.scenario.impl.ScenarioPackageImpl#getPoolingStudy()
		 * @generated
		 */
		EClass POOLING_STUDY = eINSTANCE.getPoolingStudy();

		/**
		 * The meta object literal for the '<em><b>Secondary Pool</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POOLING_STUDY__SECONDARY_POOL = eINSTANCE.getPoolingStudy_SecondaryPool();

		/**
		 * The meta object literal for the '<em><b>Learning</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POOLING_STUDY__LEARNING = eINSTANCE.getPoolingStudy_Learning();

		/**
		 * The meta object literal for the '<em><b>Lambda Max</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POOLING_STUDY__LAMBDA_MAX = eINSTANCE.getPoolingStudy_LambdaMax();

		/**
		 * The meta object literal for the '<em><b>Use Twin Rates</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POOLING_STUDY__USE_TWIN_RATES = eINSTANCE.getPoolingStudy_UseTwinRates();

		/**
		 * The meta object literal for the '{@link org.slicewright.model.scenario.impl.OffloadingPolicyImpl <em>Offloading Policy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.scenario.impl.OffloadingPolicyImpl
		 * @see org.slicewright.model.scenario.impl.ScenarioPackageImpl#getOffloadingPolicy()
		 * @generated
		 */
		EClass OFFLOADING_POLICY = eINSTANCE.getOffloadingPolicy();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFLOADING_POLICY__KIND = eINSTANCE.getOffloadingPolicy_Kind();

		/**
		 * The meta object literal for the '<em><b>Transmission Cost</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFLOADING_POLICY__TRANSMISSION_COST = eINSTANCE.getOffloadingPolicy_TransmissionCost();

		/**
		 * The meta object literal for the '<em><b>Probability</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFLOADING_POLICY__PROBABILITY = eINSTANCE.getOffloadingPolicy_Probability();

		/**
		 * The meta object literal for the '<em><b>Dropout</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFLOADING_POLICY__DROPOUT = eINSTANCE.getOffloadingPolicy_Dropout();

		/**
		 * The meta object literal for the '<em><b>Passes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFLOADING_POLICY__PASSES = eINSTANCE.getOffloadingPolicy_Passes();

		/**
		 * The meta object literal for the '<em><b>Threshold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFLOADING_POLICY__THRESHOLD = eINSTANCE.getOffloadingPolicy_Threshold();

		/**
		 * The meta object literal for the '<em><b>Local Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFLOADING_POLICY__LOCAL_WEIGHT = eINSTANCE.getOffloadingPolicy_LocalWeight();

		/**
		 * The meta object literal for the '<em><b>Under Provisioning Cost</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFLOADING_POLICY__UNDER_PROVISIONING_COST = eINSTANCE.getOffloadingPolicy_UnderProvisioningCost();

		/**
		 * The meta object literal for the '<em><b>Over Provisioning Cost</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFLOADING_POLICY__OVER_PROVISIONING_COST = eINSTANCE.getOffloadingPolicy_OverProvisioningCost();

		/**
		 * The meta object literal for the '<em><b>Rtt Ms</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFLOADING_POLICY__RTT_MS = eINSTANCE.getOffloadingPolicy_RttMs();

		/**
		 * The meta object literal for the '<em><b>Preset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFLOADING_POLICY__PRESET = eINSTANCE.getOffloadingPolicy_Preset();

		/**
		 * The meta object literal for the '<em><b>Epochs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFLOADING_POLICY__EPOCHS = eINSTANCE.getOffloadingPolicy_Epochs();

		/**
		 * The meta object literal for the '<em><b>Patience</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFLOADING_POLICY__PATIENCE = eINSTANCE.getOffloadingPolicy_Patience();

		/**
		 * The meta object literal for the '<em><b>Learning Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFLOADING_POLICY__LEARNING_RATE = eINSTANCE.getOffloadingPolicy_LearningRate();

		/**
		 * The meta object literal for the '<em><b>Residual Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFLOADING_POLICY__RESIDUAL_TARGET = eINSTANCE.getOffloadingPolicy_ResidualTarget();

		/**
		 * The meta object literal for the '<em><b>Offloading Block</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFLOADING_POLICY__OFFLOADING_BLOCK = eINSTANCE.getOffloadingPolicy_OffloadingBlock();

		/**
		 * The meta object literal for the '<em><b>Weight Sweep</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFLOADING_POLICY__WEIGHT_SWEEP = eINSTANCE.getOffloadingPolicy_WeightSweep();

		/**
		 * The meta object literal for the '<em><b>Trace Ref</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFLOADING_POLICY__TRACE_REF = eINSTANCE.getOffloadingPolicy_TraceRef();

		/**
		 * The meta object literal for the '{@link org.slicewright.model.scenario.impl.NodeSelectionPolicyImpl <em>Node Selection Policy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.scenario.impl.NodeSelectionPolicyImpl
		 * @see org.slicewright.model.scenario.impl.ScenarioPackageImpl#getNodeSelectionPolicy()
		 * @generated
		 */
		EClass NODE_SELECTION_POLICY = eINSTANCE.getNodeSelectionPolicy();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_SELECTION_POLICY__KIND = eINSTANCE.getNodeSelectionPolicy_Kind();

		/**
		 * The meta object literal for the '<em><b>Alpha</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_SELECTION_POLICY__ALPHA = eINSTANCE.getNodeSelectionPolicy_Alpha();

		/**
		 * The meta object literal for the '<em><b>Beta</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_SELECTION_POLICY__BETA = eINSTANCE.getNodeSelectionPolicy_Beta();

		/**
		 * The meta object literal for the '<em><b>Gamma</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_SELECTION_POLICY__GAMMA = eINSTANCE.getNodeSelectionPolicy_Gamma();

		/**
		 * The meta object literal for the '<em><b>W1</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_SELECTION_POLICY__W1 = eINSTANCE.getNodeSelectionPolicy_W1();

		/**
		 * The meta object literal for the '<em><b>W5</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_SELECTION_POLICY__W5 = eINSTANCE.getNodeSelectionPolicy_W5();

		/**
		 * The meta object literal for the '<em><b>W15</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_SELECTION_POLICY__W15 = eINSTANCE.getNodeSelectionPolicy_W15();

		/**
		 * The meta object literal for the '<em><b>Qos Fit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_SELECTION_POLICY__QOS_FIT = eINSTANCE.getNodeSelectionPolicy_QosFit();

		/**
		 * The meta object literal for the '<em><b>Qos Budget Ms</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_SELECTION_POLICY__QOS_BUDGET_MS = eINSTANCE.getNodeSelectionPolicy_QosBudgetMs();

		/**
		 * The meta object literal for the '{@link org.slicewright.model.scenario.impl.TwinStudyImpl <em>Twin Study</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.scenario.impl.TwinStudyImpl
		 * @see org.slicewright.model.scenario.impl.ScenarioPackageImpl#getTwinStudy()
		 * @generated
		 */
		EClass TWIN_STUDY = eINSTANCE.getTwinStudy();

		/**
		 * The meta object literal for the '<em><b>Periods</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TWIN_STUDY__PERIODS = eINSTANCE.getTwinStudy_Periods();

		/**
		 * The meta object literal for the '<em><b>Period S</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TWIN_STUDY__PERIOD_S = eINSTANCE.getTwinStudy_PeriodS();

		/**
		 * The meta object literal for the '<em><b>Season Length</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TWIN_STUDY__SEASON_LENGTH = eINSTANCE.getTwinStudy_SeasonLength();

		/**
		 * The meta object literal for the '<em><b>Headroom</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TWIN_STUDY__HEADROOM = eINSTANCE.getTwinStudy_Headroom();

		/**
		 * The meta object literal for the '<em><b>Sla Shortfall</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TWIN_STUDY__SLA_SHORTFALL = eINSTANCE.getTwinStudy_SlaShortfall();

		/**
		 * The meta object literal for the '<em><b>Lags</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TWIN_STUDY__LAGS = eINSTANCE.getTwinStudy_Lags();

		/**
		 * The meta object literal for the '<em><b>Policies</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TWIN_STUDY__POLICIES = eINSTANCE.getTwinStudy_Policies();

		/**
		 * The meta object literal for the '<em><b>Sweep Sync Periods S</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TWIN_STUDY__SWEEP_SYNC_PERIODS_S = eINSTANCE.getTwinStudy_SweepSyncPeriodsS();

		/**
		 * The meta object literal for the '<em><b>Sweep Precisions</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TWIN_STUDY__SWEEP_PRECISIONS = eINSTANCE.getTwinStudy_SweepPrecisions();

		/**
		 * The meta object literal for the '{@link org.slicewright.model.scenario.impl.SurrogateImpl <em>Surrogate</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.scenario.impl.SurrogateImpl
		 * @see org.slicewright.model.scenario.impl.ScenarioPackageImpl#getSurrogate()
		 * @generated
		 */
		EClass SURROGATE = eINSTANCE.getSurrogate();

		/**
		 * The meta object literal for the '<em><b>Metric</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURROGATE__METRIC = eINSTANCE.getSurrogate_Metric();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURROGATE__KIND = eINSTANCE.getSurrogate_Kind();

		/**
		 * The meta object literal for the '<em><b>Features</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURROGATE__FEATURES = eINSTANCE.getSurrogate_Features();

		/**
		 * The meta object literal for the '<em><b>Coefficients</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURROGATE__COEFFICIENTS = eINSTANCE.getSurrogate_Coefficients();

		/**
		 * The meta object literal for the '<em><b>Cv Rmse</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURROGATE__CV_RMSE = eINSTANCE.getSurrogate_CvRmse();

		/**
		 * The meta object literal for the '<em><b>Training Runs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURROGATE__TRAINING_RUNS = eINSTANCE.getSurrogate_TrainingRuns();

		/**
		 * The meta object literal for the '<em><b>Model</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURROGATE__MODEL = eINSTANCE.getSurrogate_Model();

		/**
		 * The meta object literal for the '{@link org.slicewright.model.scenario.impl.SweepImpl <em>Sweep</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.scenario.impl.SweepImpl
		 * @see org.slicewright.model.scenario.impl.ScenarioPackageImpl#getSweep()
		 * @generated
		 */
		EClass SWEEP = eINSTANCE.getSweep();

		/**
		 * The meta object literal for the '<em><b>Sub Pools From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP__SUB_POOLS_FROM = eINSTANCE.getSweep_SubPoolsFrom();

		/**
		 * The meta object literal for the '<em><b>Sub Pools To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP__SUB_POOLS_TO = eINSTANCE.getSweep_SubPoolsTo();

		/**
		 * The meta object literal for the '<em><b>Sub Pool Values</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP__SUB_POOL_VALUES = eINSTANCE.getSweep_SubPoolValues();

		/**
		 * The meta object literal for the '<em><b>Lambda Max Values</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP__LAMBDA_MAX_VALUES = eINSTANCE.getSweep_LambdaMaxValues();

		/**
		 * The meta object literal for the '<em><b>Seeds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP__SEEDS = eINSTANCE.getSweep_Seeds();

		/**
		 * The meta object literal for the '<em><b>Base Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP__BASE_SEED = eINSTANCE.getSweep_BaseSeed();

		/**
		 * The meta object literal for the '<em><b>Threads</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP__THREADS = eINSTANCE.getSweep_Threads();

		/**
		 * The meta object literal for the '{@link org.slicewright.model.scenario.impl.MetricImpl <em>Metric</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.scenario.impl.MetricImpl
		 * @see org.slicewright.model.scenario.impl.ScenarioPackageImpl#getMetric()
		 * @generated
		 */
		EClass METRIC = eINSTANCE.getMetric();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__NAME = eINSTANCE.getMetric_Name();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__VALUE = eINSTANCE.getMetric_Value();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__UNIT = eINSTANCE.getMetric_Unit();

		/**
		 * The meta object literal for the '{@link org.slicewright.model.scenario.impl.RunImpl <em>Run</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.scenario.impl.RunImpl
		 * @see org.slicewright.model.scenario.impl.ScenarioPackageImpl#getRun()
		 * @generated
		 */
		EClass RUN = eINSTANCE.getRun();

		/**
		 * The meta object literal for the '<em><b>Policy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__POLICY = eINSTANCE.getRun_Policy();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__PARAMETERS = eINSTANCE.getRun_Parameters();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__SEED = eINSTANCE.getRun_Seed();

		/**
		 * The meta object literal for the '<em><b>Wall Ms</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__WALL_MS = eINSTANCE.getRun_WallMs();

		/**
		 * The meta object literal for the '<em><b>Metrics</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN__METRICS = eINSTANCE.getRun_Metrics();

		/**
		 * The meta object literal for the '<em><b>Series</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN__SERIES = eINSTANCE.getRun_Series();

		/**
		 * The meta object literal for the '{@link org.slicewright.model.scenario.impl.SeriesImpl <em>Series</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.scenario.impl.SeriesImpl
		 * @see org.slicewright.model.scenario.impl.ScenarioPackageImpl#getSeries()
		 * @generated
		 */
		EClass SERIES = eINSTANCE.getSeries();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERIES__NAME = eINSTANCE.getSeries_Name();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERIES__UNIT = eINSTANCE.getSeries_Unit();

		/**
		 * The meta object literal for the '<em><b>Step S</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERIES__STEP_S = eINSTANCE.getSeries_StepS();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERIES__VALUES = eINSTANCE.getSeries_Values();

		/**
		 * The meta object literal for the '{@link org.slicewright.model.scenario.impl.ScenarioImpl <em>Scenario</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.scenario.impl.ScenarioImpl
		 * @see org.slicewright.model.scenario.impl.ScenarioPackageImpl#getScenario()
		 * @generated
		 */
		EClass SCENARIO = eINSTANCE.getScenario();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__DESCRIPTION = eINSTANCE.getScenario_Description();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__SEED = eINSTANCE.getScenario_Seed();

		/**
		 * The meta object literal for the '<em><b>Network</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__NETWORK = eINSTANCE.getScenario_Network();

		/**
		 * The meta object literal for the '<em><b>Slices</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__SLICES = eINSTANCE.getScenario_Slices();

		/**
		 * The meta object literal for the '<em><b>Primary Pool</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__PRIMARY_POOL = eINSTANCE.getScenario_PrimaryPool();

		/**
		 * The meta object literal for the '<em><b>Secondary Pools</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__SECONDARY_POOLS = eINSTANCE.getScenario_SecondaryPools();

		/**
		 * The meta object literal for the '<em><b>Cost Model</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__COST_MODEL = eINSTANCE.getScenario_CostModel();

		/**
		 * The meta object literal for the '<em><b>Twin Model</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__TWIN_MODEL = eINSTANCE.getScenario_TwinModel();

		/**
		 * The meta object literal for the '<em><b>Level One Twins</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__LEVEL_ONE_TWINS = eINSTANCE.getScenario_LevelOneTwins();

		/**
		 * The meta object literal for the '<em><b>Level Two Twins</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__LEVEL_TWO_TWINS = eINSTANCE.getScenario_LevelTwoTwins();

		/**
		 * The meta object literal for the '<em><b>Pooling Studies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__POOLING_STUDIES = eINSTANCE.getScenario_PoolingStudies();

		/**
		 * The meta object literal for the '<em><b>Offloading Policies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__OFFLOADING_POLICIES = eINSTANCE.getScenario_OffloadingPolicies();

		/**
		 * The meta object literal for the '<em><b>Selection Policies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__SELECTION_POLICIES = eINSTANCE.getScenario_SelectionPolicies();

		/**
		 * The meta object literal for the '<em><b>Sweeps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__SWEEPS = eINSTANCE.getScenario_Sweeps();

		/**
		 * The meta object literal for the '<em><b>Runs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__RUNS = eINSTANCE.getScenario_Runs();

		/**
		 * The meta object literal for the '<em><b>Twin Studies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__TWIN_STUDIES = eINSTANCE.getScenario_TwinStudies();

		/**
		 * The meta object literal for the '<em><b>Surrogates</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__SURROGATES = eINSTANCE.getScenario_Surrogates();

		/**
		 * The meta object literal for the '{@link org.slicewright.model.scenario.OffloadingKind <em>Offloading Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.scenario.OffloadingKind
		 * @see org.slicewright.model.scenario.impl.ScenarioPackageImpl#getOffloadingKind()
		 * @generated
		 */
		EEnum OFFLOADING_KIND = eINSTANCE.getOffloadingKind();

		/**
		 * The meta object literal for the '{@link org.slicewright.model.scenario.SelectionKind <em>Selection Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.scenario.SelectionKind
		 * @see org.slicewright.model.scenario.impl.ScenarioPackageImpl#getSelectionKind()
		 * @generated
		 */
		EEnum SELECTION_KIND = eINSTANCE.getSelectionKind();

		/**
		 * The meta object literal for the '{@link org.slicewright.model.scenario.ReservationPolicyKind <em>Reservation Policy Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.scenario.ReservationPolicyKind
		 * @see org.slicewright.model.scenario.impl.ScenarioPackageImpl#getReservationPolicyKind()
		 * @generated
		 */
		EEnum RESERVATION_POLICY_KIND = eINSTANCE.getReservationPolicyKind();

		/**
		 * The meta object literal for the '{@link org.slicewright.model.scenario.SurrogateKind <em>Surrogate Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.scenario.SurrogateKind
		 * @see org.slicewright.model.scenario.impl.ScenarioPackageImpl#getSurrogateKind()
		 * @generated
		 */
		EEnum SURROGATE_KIND = eINSTANCE.getSurrogateKind();

	}

} //ScenarioPackage
