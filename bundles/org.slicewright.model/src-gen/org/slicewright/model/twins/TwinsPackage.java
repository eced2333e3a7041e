/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.twins;

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
 * Digital twins (docs/domain.md section 3): level-one twins of user groups, level-two twins of slices and the twin-model configuration.
 * <!-- end-model-doc -->
 * @see org.slicewright.model.twins.TwinsFactory
 * @model kind="package"
 * @generated
 */
public interface TwinsPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "twins";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://slicewright.org/model/twins/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "twins";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	TwinsPackage eINSTANCE = org.slicewright.model.twins.impl.TwinsPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.slicewright.model.twins.impl.LevelOneTwinImpl <em>Level One Twin</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.twins.impl.LevelOneTwinImpl
	 * @see org.slicewright.model.twins.impl.TwinsPackageImpl#getLevelOneTwin()
	 * @generated
	 */
	int LEVEL_ONE_TWIN = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL_ONE_TWIN__ID = TopologyPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL_ONE_TWIN__NAME = TopologyPackage.IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL_ONE_TWIN__GROUP = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL_ONE_TWIN__SIZE = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL_ONE_TWIN__X = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL_ONE_TWIN__Y = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Mobility</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL_ONE_TWIN__MOBILITY = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Services</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL_ONE_TWIN__SERVICES = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Arrival Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL_ONE_TWIN__ARRIVAL_RATE = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Trace Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL_ONE_TWIN__TRACE_REF = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Sync Period S</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL_ONE_TWIN__SYNC_PERIOD_S = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>History Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL_ONE_TWIN__HISTORY_LENGTH = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Diurnal Amplitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL_ONE_TWIN__DIURNAL_AMPLITUDE = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Peak Hour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL_ONE_TWIN__PEAK_HOUR = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Noise</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL_ONE_TWIN__NOISE = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Home Site</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL_ONE_TWIN__HOME_SITE = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Work Site</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL_ONE_TWIN__WORK_SITE = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The number of structural features of the '<em>Level One Twin</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL_ONE_TWIN_FEATURE_COUNT = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The number of operations of the '<em>Level One Twin</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL_ONE_TWIN_OPERATION_COUNT = TopologyPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.slicewright.model.twins.impl.LevelTwoTwinImpl <em>Level Two Twin</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.twins.impl.LevelTwoTwinImpl
	 * @see org.slicewright.model.twins.impl.TwinsPackageImpl#getLevelTwoTwin()
	 * @generated
	 */
	int LEVEL_TWO_TWIN = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL_TWO_TWIN__ID = TopologyPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL_TWO_TWIN__NAME = TopologyPackage.IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>Slice</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL_TWO_TWIN__SLICE = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Members</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL_TWO_TWIN__MEMBERS = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Aggregate Arrival Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL_TWO_TWIN__AGGREGATE_ARRIVAL_RATE = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Utilisation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL_TWO_TWIN__UTILISATION = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Sla Satisfaction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL_TWO_TWIN__SLA_SATISFACTION = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Level Two Twin</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL_TWO_TWIN_FEATURE_COUNT = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Level Two Twin</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL_TWO_TWIN_OPERATION_COUNT = TopologyPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.slicewright.model.twins.impl.TwinModelConfigImpl <em>Twin Model Config</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.twins.impl.TwinModelConfigImpl
	 * @see org.slicewright.model.twins.impl.TwinsPackageImpl#getTwinModelConfig()
	 * @generated
	 */
	int TWIN_MODEL_CONFIG = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TWIN_MODEL_CONFIG__ID = TopologyPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TWIN_MODEL_CONFIG__NAME = TopologyPackage.IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>Sync Period S</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TWIN_MODEL_CONFIG__SYNC_PERIOD_S = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>History Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TWIN_MODEL_CONFIG__HISTORY_LENGTH = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Precision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TWIN_MODEL_CONFIG__PRECISION = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Sync Cost RU</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TWIN_MODEL_CONFIG__SYNC_COST_RU = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Twin Model Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TWIN_MODEL_CONFIG_FEATURE_COUNT = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Twin Model Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TWIN_MODEL_CONFIG_OPERATION_COUNT = TopologyPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.slicewright.model.twins.MobilityModel <em>Mobility Model</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.twins.MobilityModel
	 * @see org.slicewright.model.twins.impl.TwinsPackageImpl#getMobilityModel()
	 * @generated
	 */
	int MOBILITY_MODEL = 3;


	/**
	 * Returns the meta object for class '{@link org.slicewright.model.twins.LevelOneTwin <em>Level One Twin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Level One Twin</em>'.
	 * @see org.slicewright.model.twins.LevelOneTwin
	 * @generated
	 */
	EClass getLevelOneTwin();

	/**
	 * Returns the meta object for the reference '{@link org.slicewright.model.twins.LevelOneTwin#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Group</em>'.
	 * @see org.slicewright.model.twins.LevelOneTwin#getGroup()
	 * @see #getLevelOneTwin()
	 * @generated
	 */
	EReference getLevelOneTwin_Group();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.twins.LevelOneTwin#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.slicewright.model.twins.LevelOneTwin#getSize()
	 * @see #getLevelOneTwin()
	 * @generated
	 */
	EAttribute getLevelOneTwin_Size();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.twins.LevelOneTwin#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see org.slicewright.model.twins.LevelOneTwin#getX()
	 * @see #getLevelOneTwin()
	 * @generated
	 */
	EAttribute getLevelOneTwin_X();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.twins.LevelOneTwin#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see org.slicewright.model.twins.LevelOneTwin#getY()
	 * @see #getLevelOneTwin()
	 * @generated
	 */
	EAttribute getLevelOneTwin_Y();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.twins.LevelOneTwin#getMobility <em>Mobility</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mobility</em>'.
	 * @see org.slicewright.model.twins.LevelOneTwin#getMobility()
	 * @see #getLevelOneTwin()
	 * @generated
	 */
	EAttribute getLevelOneTwin_Mobility();

	/**
	 * Returns the meta object for the reference list '{@link org.slicewright.model.twins.LevelOneTwin#getServices <em>Services</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Services</em>'.
	 * @see org.slicewright.model.twins.LevelOneTwin#getServices()
	 * @see #getLevelOneTwin()
	 * @generated
	 */
	EReference getLevelOneTwin_Services();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.twins.LevelOneTwin#getArrivalRate <em>Arrival Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Arrival Rate</em>'.
	 * @see org.slicewright.model.twins.LevelOneTwin#getArrivalRate()
	 * @see #getLevelOneTwin()
	 * @generated
	 */
	EAttribute getLevelOneTwin_ArrivalRate();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.twins.LevelOneTwin#getTraceRef <em>Trace Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trace Ref</em>'.
	 * @see org.slicewright.model.twins.LevelOneTwin#getTraceRef()
	 * @see #getLevelOneTwin()
	 * @generated
	 */
	EAttribute getLevelOneTwin_TraceRef();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.twins.LevelOneTwin#getSyncPeriodS <em>Sync Period S</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sync Period S</em>'.
	 * @see org.slicewright.model.twins.LevelOneTwin#getSyncPeriodS()
	 * @see #getLevelOneTwin()
	 * @generated
	 */
	EAttribute getLevelOneTwin_SyncPeriodS();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.twins.LevelOneTwin#getHistoryLength <em>History Length</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>History Length</em>'.
	 * @see org.slicewright.model.twins.LevelOneTwin#getHistoryLength()
	 * @see #getLevelOneTwin()
	 * @generated
	 */
	EAttribute getLevelOneTwin_HistoryLength();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.twins.LevelOneTwin#getDiurnalAmplitude <em>Diurnal Amplitude</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Diurnal Amplitude</em>'.
	 * @see org.slicewright.model.twins.LevelOneTwin#getDiurnalAmplitude()
	 * @see #getLevelOneTwin()
	 * @generated
	 */
	EAttribute getLevelOneTwin_DiurnalAmplitude();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.twins.LevelOneTwin#getPeakHour <em>Peak Hour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Peak Hour</em>'.
	 * @see org.slicewright.model.twins.LevelOneTwin#getPeakHour()
	 * @see #getLevelOneTwin()
	 * @generated
	 */
	EAttribute getLevelOneTwin_PeakHour();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.twins.LevelOneTwin#getNoise <em>Noise</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Noise</em>'.
	 * @see org.slicewright.model.twins.LevelOneTwin#getNoise()
	 * @see #getLevelOneTwin()
	 * @generated
	 */
	EAttribute getLevelOneTwin_Noise();

	/**
	 * Returns the meta object for the reference '{@link org.slicewright.model.twins.LevelOneTwin#getHomeSite <em>Home Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Home Site</em>'.
	 * @see org.slicewright.model.twins.LevelOneTwin#getHomeSite()
	 * @see #getLevelOneTwin()
	 * @generated
	 */
	EReference getLevelOneTwin_HomeSite();

	/**
	 * Returns the meta object for the reference '{@link org.slicewright.model.twins.LevelOneTwin#getWorkSite <em>Work Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Work Site</em>'.
	 * @see org.slicewright.model.twins.LevelOneTwin#getWorkSite()
	 * @see #getLevelOneTwin()
	 * @generated
	 */
	EReference getLevelOneTwin_WorkSite();

	/**
	 * Returns the meta object for class '{@link org.slicewright.model.twins.LevelTwoTwin <em>Level Two Twin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Level Two Twin</em>'.
	 * @see org.slicewright.model.twins.LevelTwoTwin
	 * @generated
	 */
	EClass getLevelTwoTwin();

	/**
	 * Returns the meta object for the reference '{@link org.slicewright.model.twins.LevelTwoTwin#getSlice <em>Slice</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Slice</em>'.
	 * @see org.slicewright.model.twins.LevelTwoTwin#getSlice()
	 * @see #getLevelTwoTwin()
	 * @generated
	 */
	EReference getLevelTwoTwin_Slice();

	/**
	 * Returns the meta object for the reference list '{@link org.slicewright.model.twins.LevelTwoTwin#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Members</em>'.
	 * @see org.slicewright.model.twins.LevelTwoTwin#getMembers()
	 * @see #getLevelTwoTwin()
	 * @generated
	 */
	EReference getLevelTwoTwin_Members();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.twins.LevelTwoTwin#getAggregateArrivalRate <em>Aggregate Arrival Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Aggregate Arrival Rate</em>'.
	 * @see org.slicewright.model.twins.LevelTwoTwin#getAggregateArrivalRate()
	 * @see #getLevelTwoTwin()
	 * @generated
	 */
	EAttribute getLevelTwoTwin_AggregateArrivalRate();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.twins.LevelTwoTwin#getUtilisation <em>Utilisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Utilisation</em>'.
	 * @see org.slicewright.model.twins.LevelTwoTwin#getUtilisation()
	 * @see #getLevelTwoTwin()
	 * @generated
	 */
	EAttribute getLevelTwoTwin_Utilisation();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.twins.LevelTwoTwin#getSlaSatisfaction <em>Sla Satisfaction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sla Satisfaction</em>'.
	 * @see org.slicewright.model.twins.LevelTwoTwin#getSlaSatisfaction()
	 * @see #getLevelTwoTwin()
	 * @generated
	 */
	EAttribute getLevelTwoTwin_SlaSatisfaction();

	/**
	 * Returns the meta object for class '{@link org.slicewright.model.twins.TwinModelConfig <em>Twin Model Config</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Twin Model Config</em>'.
	 * @see org.slicewright.model.twins.TwinModelConfig
	 * @generated
	 */
	EClass getTwinModelConfig();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.twins.TwinModelConfig#getSyncPeriodS <em>Sync Period S</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sync Period S</em>'.
	 * @see org.slicewright.model.twins.TwinModelConfig#getSyncPeriodS()
	 * @see #getTwinModelConfig()
	 * @generated
	 */
	EAttribute getTwinModelConfig_SyncPeriodS();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.twins.TwinModelConfig#getHistoryLength <em>History Length</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>History Length</em>'.
	 * @see org.slicewright.model.twins.TwinModelConfig#getHistoryLength()
	 * @see #getTwinModelConfig()
	 * @generated
	 */
	EAttribute getTwinModelConfig_HistoryLength();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.twins.TwinModelConfig#getPrecision <em>Precision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Precision</em>'.
	 * @see org.slicewright.model.twins.TwinModelConfig#getPrecision()
	 * @see #getTwinModelConfig()
	 * @generated
	 */
	EAttribute getTwinModelConfig_Precision();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.twins.TwinModelConfig#getSyncCostRU <em>Sync Cost RU</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sync Cost RU</em>'.
	 * @see org.slicewright.model.twins.TwinModelConfig#getSyncCostRU()
	 * @see #getTwinModelConfig()
	 * @generated
	 */
	EAttribute getTwinModelConfig_SyncCostRU();

	/**
	 * Returns the meta object for enum '{@link org.slicewright.model.twins.MobilityModel <em>Mobility Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Mobility Model</em>'.
	 * @see org.slicewright.model.twins.MobilityModel
	 * @generated
	 */
	EEnum getMobilityModel();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	TwinsFactory getTwinsFactory();

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
		 * The meta object literal for the '{@link org.slicewright.model.twins.impl.LevelOneTwinImpl <em>Level One Twin</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.twins.impl.LevelOneTwinImpl
		 * @see org.slicewright.model.twins.impl.TwinsPackageImpl#getLevelOneTwin()
		 * @generated
		 */
		EClass LEVEL_ONE_TWIN = eINSTANCE.getLevelOneTwin();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEVEL_ONE_TWIN__GROUP = eINSTANCE.getLevelOneTwin_Group();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEVEL_ONE_TWIN__SIZE = eINSTANCE.getLevelOneTwin_Size();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEVEL_ONE_TWIN__X = eINSTANCE.getLevelOneTwin_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEVEL_ONE_TWIN__Y = eINSTANCE.getLevelOneTwin_Y();

		/**
		 * The meta object literal for the '<em><b>Mobility</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEVEL_ONE_TWIN__MOBILITY = eINSTANCE.getLevelOneTwin_Mobility();

		/**
		 * The meta object literal for the '<em><b>Services</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEVEL_ONE_TWIN__SERVICES = eINSTANCE.getLevelOneTwin_Services();

		/**
		 * The meta object literal for the '<em><b>Arrival Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEVEL_ONE_TWIN__ARRIVAL_RATE = eINSTANCE.getLevelOneTwin_ArrivalRate();

		/**
		 * The meta object literal for the '<em><b>Trace Ref</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEVEL_ONE_TWIN__TRACE_REF = eINSTANCE.getLevelOneTwin_TraceRef();

		/**
		 * The meta object literal for the '<em><b>Sync Period S</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEVEL_ONE_TWIN__SYNC_PERIOD_S = eINSTANCE.getLevelOneTwin_SyncPeriodS();

		/**
		 * The meta object literal for the '<em><b>History Length</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEVEL_ONE_TWIN__HISTORY_LENGTH = eINSTANCE.getLevelOneTwin_HistoryLength();

		/**
		 * The meta object literal for the '<em><b>Diurnal Amplitude</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEVEL_ONE_TWIN__DIURNAL_AMPLITUDE = eINSTANCE.getLevelOneTwin_DiurnalAmplitude();

		/**
		 * The meta object literal for the '<em><b>Peak Hour</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEVEL_ONE_TWIN__PEAK_HOUR = eINSTANCE.getLevelOneTwin_PeakHour();

		/**
		 * The meta object literal for the '<em><b>Noise</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEVEL_ONE_TWIN__NOISE = eINSTANCE.getLevelOneTwin_Noise();

		/**
		 * The meta object literal for the '<em><b>Home Site</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEVEL_ONE_TWIN__HOME_SITE = eINSTANCE.getLevelOneTwin_HomeSite();

		/**
		 * The meta object literal for the '<em><b>Work Site</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEVEL_ONE_TWIN__WORK_SITE = eINSTANCE.getLevelOneTwin_WorkSite();

		/**
		 * The meta object literal for the '{@link org.slicewright.model.twins.impl.LevelTwoTwinImpl <em>Level Two Twin</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.twins.impl.LevelTwoTwinImpl
		 * @see org.slicewright.model.twins.impl.TwinsPackageImpl#getLevelTwoTwin()
		 * @generated
		 */
		EClass LEVEL_TWO_TWIN = eINSTANCE.getLevelTwoTwin();

		/**
		 * The meta object literal for the '<em><b>Slice</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEVEL_TWO_TWIN__SLICE = eINSTANCE.getLevelTwoTwin_Slice();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEVEL_TWO_TWIN__MEMBERS = eINSTANCE.getLevelTwoTwin_Members();

		/**
		 * The meta object literal for the '<em><b>Aggregate Arrival Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEVEL_TWO_TWIN__AGGREGATE_ARRIVAL_RATE = eINSTANCE.getLevelTwoTwin_AggregateArrivalRate();

		/**
		 * The meta object literal for the '<em><b>Utilisation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEVEL_TWO_TWIN__UTILISATION = eINSTANCE.getLevelTwoTwin_Utilisation();

		/**
		 * The meta object literal for the '<em><b>Sla Satisfaction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEVEL_TWO_TWIN__SLA_SATISFACTION = eINSTANCE.getLevelTwoTwin_SlaSatisfaction();

		/**
		 * The meta object literal for the '{@link org.slicewright.model.twins.impl.TwinModelConfigImpl <em>Twin Model Config</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.twins.impl.TwinModelConfigImpl
		 * @see org.slicewright.model.twins.impl.TwinsPackageImpl#getTwinModelConfig()
		 * @generated
		 */
		EClass TWIN_MODEL_CONFIG = eINSTANCE.getTwinModelConfig();

		/**
		 * The meta object literal for the '<em><b>Sync Period S</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TWIN_MODEL_CONFIG__SYNC_PERIOD_S = eINSTANCE.getTwinModelConfig_SyncPeriodS();

		/**
		 * The meta object literal for the '<em><b>History Length</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TWIN_MODEL_CONFIG__HISTORY_LENGTH = eINSTANCE.getTwinModelConfig_HistoryLength();

		/**
		 * The meta object literal for the '<em><b>Precision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TWIN_MODEL_CONFIG__PRECISION = eINSTANCE.getTwinModelConfig_Precision();

		/**
		 * The meta object literal for the '<em><b>Sync Cost RU</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TWIN_MODEL_CONFIG__SYNC_COST_RU = eINSTANCE.getTwinModelConfig_SyncCostRU();

		/**
		 * The meta object literal for the '{@link org.slicewright.model.twins.MobilityModel <em>Mobility Model</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.twins.MobilityModel
		 * @see org.slicewright.model.twins.impl.TwinsPackageImpl#getMobilityModel()
		 * @generated
		 */
		EEnum MOBILITY_MODEL = eINSTANCE.getMobilityModel();

	}

} //TwinsPackage
