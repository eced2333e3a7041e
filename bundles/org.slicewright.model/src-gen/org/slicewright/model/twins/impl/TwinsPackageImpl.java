/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.twins.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.slicewright.model.pooling.PoolingPackage;

import org.slicewright.model.pooling.impl.PoolingPackageImpl;

import org.slicewright.model.scenario.ScenarioPackage;

import org.slicewright.model.scenario.impl.ScenarioPackageImpl;

import org.slicewright.model.slicing.SlicingPackage;

import org.slicewright.model.slicing.impl.SlicingPackageImpl;

import org.slicewright.model.topology.TopologyPackage;

import org.slicewright.model.topology.impl.TopologyPackageImpl;

import org.slicewright.model.twins.LevelOneTwin;
import org.slicewright.model.twins.LevelTwoTwin;
import org.slicewright.model.twins.MobilityModel;
import org.slicewright.model.twins.TwinModelConfig;
import org.slicewright.model.twins.TwinsFactory;
import org.slicewright.model.twins.TwinsPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class TwinsPackageImpl extends EPackageImpl implements TwinsPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass levelOneTwinEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass levelTwoTwinEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass twinModelConfigEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum mobilityModelEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.slicewright.model.twins.TwinsPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private TwinsPackageImpl() {
		super(eNS_URI, TwinsFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link TwinsPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static TwinsPackage init() {
		if (isInited) return (TwinsPackage)EPackage.Registry.INSTANCE.getEPackage(TwinsPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredTwinsPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		TwinsPackageImpl theTwinsPackage = registeredTwinsPackage instanceof TwinsPackageImpl ? (TwinsPackageImpl)registeredTwinsPackage : new TwinsPackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(TopologyPackage.eNS_URI);
		TopologyPackageImpl theTopologyPackage = (TopologyPackageImpl)(registeredPackage instanceof TopologyPackageImpl ? registeredPackage : TopologyPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(SlicingPackage.eNS_URI);
		SlicingPackageImpl theSlicingPackage = (SlicingPackageImpl)(registeredPackage instanceof SlicingPackageImpl ? registeredPackage : SlicingPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(PoolingPackage.eNS_URI);
		PoolingPackageImpl thePoolingPackage = (PoolingPackageImpl)(registeredPackage instanceof PoolingPackageImpl ? registeredPackage : PoolingPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ScenarioPackage.eNS_URI);
		ScenarioPackageImpl theScenarioPackage = (ScenarioPackageImpl)(registeredPackage instanceof ScenarioPackageImpl ? registeredPackage : ScenarioPackage.eINSTANCE);

		// Create package meta-data objects
		theTwinsPackage.createPackageContents();
		theTopologyPackage.createPackageContents();
		theSlicingPackage.createPackageContents();
		thePoolingPackage.createPackageContents();
		theScenarioPackage.createPackageContents();

		// Initialize created meta-data
		theTwinsPackage.initializePackageContents();
		theTopologyPackage.initializePackageContents();
		theSlicingPackage.initializePackageContents();
		thePoolingPackage.initializePackageContents();
		theScenarioPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theTwinsPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(TwinsPackage.eNS_URI, theTwinsPackage);
		return theTwinsPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLevelOneTwin() {
		return levelOneTwinEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLevelOneTwin_Group() {
		return (EReference)levelOneTwinEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLevelOneTwin_Size() {
		return (EAttribute)levelOneTwinEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLevelOneTwin_X() {
		return (EAttribute)levelOneTwinEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLevelOneTwin_Y() {
		return (EAttribute)levelOneTwinEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLevelOneTwin_Mobility() {
		return (EAttribute)levelOneTwinEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLevelOneTwin_Services() {
		return (EReference)levelOneTwinEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLevelOneTwin_ArrivalRate() {
		return (EAttribute)levelOneTwinEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLevelOneTwin_TraceRef() {
		return (EAttribute)levelOneTwinEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLevelOneTwin_SyncPeriodS() {
		return (EAttribute)levelOneTwinEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLevelOneTwin_HistoryLength() {
		return (EAttribute)levelOneTwinEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLevelOneTwin_DiurnalAmplitude() {
		return (EAttribute)levelOneTwinEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLevelOneTwin_PeakHour() {
		return (EAttribute)levelOneTwinEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLevelOneTwin_Noise() {
		return (EAttribute)levelOneTwinEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLevelOneTwin_HomeSite() {
		return (EReference)levelOneTwinEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLevelOneTwin_WorkSite() {
		return (EReference)levelOneTwinEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLevelTwoTwin() {
		return levelTwoTwinEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLevelTwoTwin_Slice() {
		return (EReference)levelTwoTwinEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLevelTwoTwin_Members() {
		return (EReference)levelTwoTwinEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLevelTwoTwin_AggregateArrivalRate() {
		return (EAttribute)levelTwoTwinEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLevelTwoTwin_Utilisation() {
		return (EAttribute)levelTwoTwinEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLevelTwoTwin_SlaSatisfaction() {
		return (EAttribute)levelTwoTwinEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTwinModelConfig() {
		return twinModelConfigEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTwinModelConfig_SyncPeriodS() {
		return (EAttribute)twinModelConfigEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTwinModelConfig_HistoryLength() {
		return (EAttribute)twinModelConfigEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTwinModelConfig_Precision() {
		return (EAttribute)twinModelConfigEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTwinModelConfig_SyncCostRU() {
		return (EAttribute)twinModelConfigEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMobilityModel() {
		return mobilityModelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TwinsFactory getTwinsFactory() {
		return (TwinsFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		levelOneTwinEClass = createEClass(LEVEL_ONE_TWIN);
		createEReference(levelOneTwinEClass, LEVEL_ONE_TWIN__GROUP);
		createEAttribute(levelOneTwinEClass, LEVEL_ONE_TWIN__SIZE);
		createEAttribute(levelOneTwinEClass, LEVEL_ONE_TWIN__X);
		createEAttribute(levelOneTwinEClass, LEVEL_ONE_TWIN__Y);
		createEAttribute(levelOneTwinEClass, LEVEL_ONE_TWIN__MOBILITY);
		createEReference(levelOneTwinEClass, LEVEL_ONE_TWIN__SERVICES);
		createEAttribute(levelOneTwinEClass, LEVEL_ONE_TWIN__ARRIVAL_RATE);
		createEAttribute(levelOneTwinEClass, LEVEL_ONE_TWIN__TRACE_REF);
		createEAttribute(levelOneTwinEClass, LEVEL_ONE_TWIN__SYNC_PERIOD_S);
		createEAttribute(levelOneTwinEClass, LEVEL_ONE_TWIN__HISTORY_LENGTH);
		createEAttribute(levelOneTwinEClass, LEVEL_ONE_TWIN__DIURNAL_AMPLITUDE);
		createEAttribute(levelOneTwinEClass, LEVEL_ONE_TWIN__PEAK_HOUR);
		createEAttribute(levelOneTwinEClass, LEVEL_ONE_TWIN__NOISE);
		createEReference(levelOneTwinEClass, LEVEL_ONE_TWIN__HOME_SITE);
		createEReference(levelOneTwinEClass, LEVEL_ONE_TWIN__WORK_SITE);

		levelTwoTwinEClass = createEClass(LEVEL_TWO_TWIN);
		createEReference(levelTwoTwinEClass, LEVEL_TWO_TWIN__SLICE);
		createEReference(levelTwoTwinEClass, LEVEL_TWO_TWIN__MEMBERS);
		createEAttribute(levelTwoTwinEClass, LEVEL_TWO_TWIN__AGGREGATE_ARRIVAL_RATE);
		createEAttribute(levelTwoTwinEClass, LEVEL_TWO_TWIN__UTILISATION);
		createEAttribute(levelTwoTwinEClass, LEVEL_TWO_TWIN__SLA_SATISFACTION);

		twinModelConfigEClass = createEClass(TWIN_MODEL_CONFIG);
		createEAttribute(twinModelConfigEClass, TWIN_MODEL_CONFIG__SYNC_PERIOD_S);
		createEAttribute(twinModelConfigEClass, TWIN_MODEL_CONFIG__HISTORY_LENGTH);
		createEAttribute(twinModelConfigEClass, TWIN_MODEL_CONFIG__PRECISION);
		createEAttribute(twinModelConfigEClass, TWIN_MODEL_CONFIG__SYNC_COST_RU);

		// Create enums
		mobilityModelEEnum = createEEnum(MOBILITY_MODEL);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		TopologyPackage theTopologyPackage = (TopologyPackage)EPackage.Registry.INSTANCE.getEPackage(TopologyPackage.eNS_URI);
		SlicingPackage theSlicingPackage = (SlicingPackage)EPackage.Registry.INSTANCE.getEPackage(SlicingPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		levelOneTwinEClass.getESuperTypes().add(theTopologyPackage.getIdentified());
		levelTwoTwinEClass.getESuperTypes().add(theTopologyPackage.getIdentified());
		twinModelConfigEClass.getESuperTypes().add(theTopologyPackage.getIdentified());

		// Initialize classes, features, and operations; add parameters
		initEClass(levelOneTwinEClass, LevelOneTwin.class, "LevelOneTwin", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getLevelOneTwin_Group(), theTopologyPackage.getUserDeviceGroup(), null, "group", null, 0, 1, LevelOneTwin.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLevelOneTwin_Size(), ecorePackage.getEInt(), "size", "1", 0, 1, LevelOneTwin.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLevelOneTwin_X(), ecorePackage.getEDouble(), "x", "0.0", 0, 1, LevelOneTwin.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLevelOneTwin_Y(), ecorePackage.getEDouble(), "y", "0.0", 0, 1, LevelOneTwin.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLevelOneTwin_Mobility(), this.getMobilityModel(), "mobility", "STATIC", 0, 1, LevelOneTwin.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLevelOneTwin_Services(), theSlicingPackage.getService(), null, "services", null, 0, -1, LevelOneTwin.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLevelOneTwin_ArrivalRate(), ecorePackage.getEDouble(), "arrivalRate", "1.0", 0, 1, LevelOneTwin.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLevelOneTwin_TraceRef(), ecorePackage.getEString(), "traceRef", null, 0, 1, LevelOneTwin.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLevelOneTwin_SyncPeriodS(), ecorePackage.getEDouble(), "syncPeriodS", "0.0", 0, 1, LevelOneTwin.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLevelOneTwin_HistoryLength(), ecorePackage.getEInt(), "historyLength", "0", 0, 1, LevelOneTwin.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLevelOneTwin_DiurnalAmplitude(), ecorePackage.getEDouble(), "diurnalAmplitude", "0.0", 0, 1, LevelOneTwin.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLevelOneTwin_PeakHour(), ecorePackage.getEDouble(), "peakHour", "20.0", 0, 1, LevelOneTwin.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLevelOneTwin_Noise(), ecorePackage.getEDouble(), "noise", "0.1", 0, 1, LevelOneTwin.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLevelOneTwin_HomeSite(), theTopologyPackage.getSite(), null, "homeSite", null, 0, 1, LevelOneTwin.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLevelOneTwin_WorkSite(), theTopologyPackage.getSite(), null, "workSite", null, 0, 1, LevelOneTwin.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(levelTwoTwinEClass, LevelTwoTwin.class, "LevelTwoTwin", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getLevelTwoTwin_Slice(), theSlicingPackage.getSlice(), null, "slice", null, 0, 1, LevelTwoTwin.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLevelTwoTwin_Members(), this.getLevelOneTwin(), null, "members", null, 0, -1, LevelTwoTwin.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLevelTwoTwin_AggregateArrivalRate(), ecorePackage.getEDouble(), "aggregateArrivalRate", "0.0", 0, 1, LevelTwoTwin.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLevelTwoTwin_Utilisation(), ecorePackage.getEDouble(), "utilisation", "0.0", 0, 1, LevelTwoTwin.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLevelTwoTwin_SlaSatisfaction(), ecorePackage.getEDouble(), "slaSatisfaction", "0.0", 0, 1, LevelTwoTwin.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(twinModelConfigEClass, TwinModelConfig.class, "TwinModelConfig", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTwinModelConfig_SyncPeriodS(), ecorePackage.getEDouble(), "syncPeriodS", "60.0", 0, 1, TwinModelConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTwinModelConfig_HistoryLength(), ecorePackage.getEInt(), "historyLength", "10080", 0, 1, TwinModelConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTwinModelConfig_Precision(), ecorePackage.getEDouble(), "precision", "0.01", 0, 1, TwinModelConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTwinModelConfig_SyncCostRU(), ecorePackage.getEDouble(), "syncCostRU", "0.01", 0, 1, TwinModelConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(mobilityModelEEnum, MobilityModel.class, "MobilityModel");
		addEEnumLiteral(mobilityModelEEnum, MobilityModel.STATIC);
		addEEnumLiteral(mobilityModelEEnum, MobilityModel.RANDOM_WAYPOINT);
		addEEnumLiteral(mobilityModelEEnum, MobilityModel.COMMUTE);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://slicewright.org/range
		createRangeAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://slicewright.org/range</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createRangeAnnotations() {
		String source = "http://slicewright.org/range";
		addAnnotation
		  (getLevelOneTwin_Size(),
		   source,
		   new String[] {
			   "min", "1",
			   "max", "1e7"
		   });
		addAnnotation
		  (getLevelOneTwin_X(),
		   source,
		   new String[] {
			   "min", "-1e7",
			   "max", "1e7"
		   });
		addAnnotation
		  (getLevelOneTwin_Y(),
		   source,
		   new String[] {
			   "min", "-1e7",
			   "max", "1e7"
		   });
		addAnnotation
		  (getLevelOneTwin_ArrivalRate(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1e6"
		   });
		addAnnotation
		  (getLevelOneTwin_SyncPeriodS(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "604800"
		   });
		addAnnotation
		  (getLevelOneTwin_HistoryLength(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "10000000"
		   });
		addAnnotation
		  (getLevelOneTwin_DiurnalAmplitude(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1"
		   });
		addAnnotation
		  (getLevelOneTwin_PeakHour(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "24"
		   });
		addAnnotation
		  (getLevelOneTwin_Noise(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "10"
		   });
		addAnnotation
		  (getLevelTwoTwin_AggregateArrivalRate(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1e12"
		   });
		addAnnotation
		  (getLevelTwoTwin_Utilisation(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1"
		   });
		addAnnotation
		  (getLevelTwoTwin_SlaSatisfaction(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1"
		   });
		addAnnotation
		  (getTwinModelConfig_SyncPeriodS(),
		   source,
		   new String[] {
			   "min", "0.001",
			   "max", "604800"
		   });
		addAnnotation
		  (getTwinModelConfig_HistoryLength(),
		   source,
		   new String[] {
			   "min", "1",
			   "max", "10000000"
		   });
		addAnnotation
		  (getTwinModelConfig_Precision(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "10"
		   });
		addAnnotation
		  (getTwinModelConfig_SyncCostRU(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1e6"
		   });
	}

} //TwinsPackageImpl
