/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.pooling.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.slicewright.model.pooling.PoolingFactory;
import org.slicewright.model.pooling.PoolingFeature;
import org.slicewright.model.pooling.PoolingMethod;
import org.slicewright.model.pooling.PoolingPackage;
import org.slicewright.model.pooling.PoolingPolicy;
import org.slicewright.model.pooling.PrimaryPool;
import org.slicewright.model.pooling.Reservation;
import org.slicewright.model.pooling.ResourceKind;
import org.slicewright.model.pooling.ResourceUnitCostModel;
import org.slicewright.model.pooling.SecondaryPool;
import org.slicewright.model.pooling.SubPool;

import org.slicewright.model.pooling.TrainingChargeBasis;
import org.slicewright.model.scenario.ScenarioPackage;

import org.slicewright.model.scenario.impl.ScenarioPackageImpl;

import org.slicewright.model.slicing.SlicingPackage;

import org.slicewright.model.slicing.impl.SlicingPackageImpl;

import org.slicewright.model.topology.TopologyPackage;

import org.slicewright.model.topology.impl.TopologyPackageImpl;

import org.slicewright.model.twins.TwinsPackage;

import org.slicewright.model.twins.impl.TwinsPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class PoolingPackageImpl extends EPackageImpl implements PoolingPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass reservationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass vapEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass primaryPoolEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass avapEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass subPoolEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass poolingPolicyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass secondaryPoolEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass resourceUnitCostModelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum resourceKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum poolingMethodEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum poolingFeatureEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum trainingChargeBasisEEnum = null;

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
	 * @see org.slicewright.model.pooling.PoolingPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private PoolingPackageImpl() {
		super(eNS_URI, PoolingFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link PoolingPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static PoolingPackage init() {
		if (isInited) return (PoolingPackage)EPackage.Registry.INSTANCE.getEPackage(PoolingPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredPoolingPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		PoolingPackageImpl thePoolingPackage = registeredPoolingPackage instanceof PoolingPackageImpl ? (PoolingPackageImpl)registeredPoolingPackage : new PoolingPackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(TopologyPackage.eNS_URI);
		TopologyPackageImpl theTopologyPackage = (TopologyPackageImpl)(registeredPackage instanceof TopologyPackageImpl ? registeredPackage : TopologyPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(SlicingPackage.eNS_URI);
		SlicingPackageImpl theSlicingPackage = (SlicingPackageImpl)(registeredPackage instanceof SlicingPackageImpl ? registeredPackage : SlicingPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(TwinsPackage.eNS_URI);
		TwinsPackageImpl theTwinsPackage = (TwinsPackageImpl)(registeredPackage instanceof TwinsPackageImpl ? registeredPackage : TwinsPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ScenarioPackage.eNS_URI);
		ScenarioPackageImpl theScenarioPackage = (ScenarioPackageImpl)(registeredPackage instanceof ScenarioPackageImpl ? registeredPackage : ScenarioPackage.eINSTANCE);

		// Create package meta-data objects
		thePoolingPackage.createPackageContents();
		theTopologyPackage.createPackageContents();
		theSlicingPackage.createPackageContents();
		theTwinsPackage.createPackageContents();
		theScenarioPackage.createPackageContents();

		// Initialize created meta-data
		thePoolingPackage.initializePackageContents();
		theTopologyPackage.initializePackageContents();
		theSlicingPackage.initializePackageContents();
		theTwinsPackage.initializePackageContents();
		theScenarioPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		thePoolingPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(PoolingPackage.eNS_URI, thePoolingPackage);
		return thePoolingPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReservation() {
		return reservationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReservation_Kind() {
		return (EAttribute)reservationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReservation_Amount() {
		return (EAttribute)reservationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVAP() {
		return vapEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVAP_Node() {
		return (EReference)vapEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVAP_Reservations() {
		return (EReference)vapEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPrimaryPool() {
		return primaryPoolEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPrimaryPool_Vaps() {
		return (EReference)primaryPoolEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAVAP() {
		return avapEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAVAP_Reservations() {
		return (EReference)avapEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSubPool() {
		return subPoolEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSubPool_Members() {
		return (EReference)subPoolEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSubPool_Trainer() {
		return (EReference)subPoolEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSubPool_Avap() {
		return (EReference)subPoolEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPoolingPolicy() {
		return poolingPolicyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPoolingPolicy_Method() {
		return (EAttribute)poolingPolicyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPoolingPolicy_K() {
		return (EAttribute)poolingPolicyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPoolingPolicy_Features() {
		return (EAttribute)poolingPolicyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSecondaryPool() {
		return secondaryPoolEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSecondaryPool_Service() {
		return (EReference)secondaryPoolEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSecondaryPool_Vnf() {
		return (EReference)secondaryPoolEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSecondaryPool_Policy() {
		return (EReference)secondaryPoolEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSecondaryPool_SubPools() {
		return (EReference)secondaryPoolEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getResourceUnitCostModel() {
		return resourceUnitCostModelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResourceUnitCostModel_CommunicationPerDataUnit() {
		return (EAttribute)resourceUnitCostModelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResourceUnitCostModel_ComputingPerDataUnit() {
		return (EAttribute)resourceUnitCostModelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResourceUnitCostModel_ModelExchangePerTransfer() {
		return (EAttribute)resourceUnitCostModelEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResourceUnitCostModel_ModelTraining() {
		return (EAttribute)resourceUnitCostModelEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResourceUnitCostModel_ModelTrainingPer() {
		return (EAttribute)resourceUnitCostModelEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResourceUnitCostModel_ShortfallMultiplier() {
		return (EAttribute)resourceUnitCostModelEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getResourceKind() {
		return resourceKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPoolingMethod() {
		return poolingMethodEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPoolingFeature() {
		return poolingFeatureEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTrainingChargeBasis() {
		return trainingChargeBasisEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PoolingFactory getPoolingFactory() {
		return (PoolingFactory)getEFactoryInstance();
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
		reservationEClass = createEClass(RESERVATION);
		createEAttribute(reservationEClass, RESERVATION__KIND);
		createEAttribute(reservationEClass, RESERVATION__AMOUNT);

		vapEClass = createEClass(VAP);
		createEReference(vapEClass, VAP__NODE);
		createEReference(vapEClass, VAP__RESERVATIONS);

		primaryPoolEClass = createEClass(PRIMARY_POOL);
		createEReference(primaryPoolEClass, PRIMARY_POOL__VAPS);

		avapEClass = createEClass(AVAP);
		createEReference(avapEClass, AVAP__RESERVATIONS);

		subPoolEClass = createEClass(SUB_POOL);
		createEReference(subPoolEClass, SUB_POOL__MEMBERS);
		createEReference(subPoolEClass, SUB_POOL__TRAINER);
		createEReference(subPoolEClass, SUB_POOL__AVAP);

		poolingPolicyEClass = createEClass(POOLING_POLICY);
		createEAttribute(poolingPolicyEClass, POOLING_POLICY__METHOD);
		createEAttribute(poolingPolicyEClass, POOLING_POLICY__K);
		createEAttribute(poolingPolicyEClass, POOLING_POLICY__FEATURES);

		secondaryPoolEClass = createEClass(SECONDARY_POOL);
		createEReference(secondaryPoolEClass, SECONDARY_POOL__SERVICE);
		createEReference(secondaryPoolEClass, SECONDARY_POOL__VNF);
		createEReference(secondaryPoolEClass, SECONDARY_POOL__POLICY);
		createEReference(secondaryPoolEClass, SECONDARY_POOL__SUB_POOLS);

		resourceUnitCostModelEClass = createEClass(RESOURCE_UNIT_COST_MODEL);
		createEAttribute(resourceUnitCostModelEClass, RESOURCE_UNIT_COST_MODEL__COMMUNICATION_PER_DATA_UNIT);
		createEAttribute(resourceUnitCostModelEClass, RESOURCE_UNIT_COST_MODEL__COMPUTING_PER_DATA_UNIT);
		createEAttribute(resourceUnitCostModelEClass, RESOURCE_UNIT_COST_MODEL__MODEL_EXCHANGE_PER_TRANSFER);
		createEAttribute(resourceUnitCostModelEClass, RESOURCE_UNIT_COST_MODEL__MODEL_TRAINING);
		createEAttribute(resourceUnitCostModelEClass, RESOURCE_UNIT_COST_MODEL__MODEL_TRAINING_PER);
		createEAttribute(resourceUnitCostModelEClass, RESOURCE_UNIT_COST_MODEL__SHORTFALL_MULTIPLIER);

		// Create enums
		resourceKindEEnum = createEEnum(RESOURCE_KIND);
		poolingMethodEEnum = createEEnum(POOLING_METHOD);
		poolingFeatureEEnum = createEEnum(POOLING_FEATURE);
		trainingChargeBasisEEnum = createEEnum(TRAINING_CHARGE_BASIS);
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
		vapEClass.getESuperTypes().add(theTopologyPackage.getIdentified());
		primaryPoolEClass.getESuperTypes().add(theTopologyPackage.getIdentified());
		avapEClass.getESuperTypes().add(theTopologyPackage.getIdentified());
		subPoolEClass.getESuperTypes().add(theTopologyPackage.getIdentified());
		poolingPolicyEClass.getESuperTypes().add(theTopologyPackage.getIdentified());
		secondaryPoolEClass.getESuperTypes().add(theTopologyPackage.getIdentified());
		resourceUnitCostModelEClass.getESuperTypes().add(theTopologyPackage.getIdentified());

		// Initialize classes, features, and operations; add parameters
		initEClass(reservationEClass, Reservation.class, "Reservation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReservation_Kind(), this.getResourceKind(), "kind", "COMPUTE", 0, 1, Reservation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReservation_Amount(), ecorePackage.getEDouble(), "amount", "0.0", 0, 1, Reservation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(vapEClass, org.slicewright.model.pooling.VAP.class, "VAP", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getVAP_Node(), theTopologyPackage.getNode(), null, "node", null, 0, 1, org.slicewright.model.pooling.VAP.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVAP_Reservations(), this.getReservation(), null, "reservations", null, 0, -1, org.slicewright.model.pooling.VAP.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(primaryPoolEClass, PrimaryPool.class, "PrimaryPool", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getPrimaryPool_Vaps(), this.getVAP(), null, "vaps", null, 0, -1, PrimaryPool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(avapEClass, org.slicewright.model.pooling.AVAP.class, "AVAP", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAVAP_Reservations(), this.getReservation(), null, "reservations", null, 0, -1, org.slicewright.model.pooling.AVAP.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(subPoolEClass, SubPool.class, "SubPool", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getSubPool_Members(), this.getVAP(), null, "members", null, 0, -1, SubPool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSubPool_Trainer(), this.getVAP(), null, "trainer", null, 0, 1, SubPool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSubPool_Avap(), this.getAVAP(), null, "avap", null, 0, 1, SubPool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(poolingPolicyEClass, PoolingPolicy.class, "PoolingPolicy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPoolingPolicy_Method(), this.getPoolingMethod(), "method", "KMEANS", 0, 1, PoolingPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPoolingPolicy_K(), ecorePackage.getEInt(), "k", "1", 0, 1, PoolingPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPoolingPolicy_Features(), this.getPoolingFeature(), "features", null, 0, -1, PoolingPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(secondaryPoolEClass, SecondaryPool.class, "SecondaryPool", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getSecondaryPool_Service(), theSlicingPackage.getAIService(), null, "service", null, 0, 1, SecondaryPool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSecondaryPool_Vnf(), theSlicingPackage.getVNF(), null, "vnf", null, 0, 1, SecondaryPool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSecondaryPool_Policy(), this.getPoolingPolicy(), null, "policy", null, 0, 1, SecondaryPool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSecondaryPool_SubPools(), this.getSubPool(), null, "subPools", null, 0, -1, SecondaryPool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(resourceUnitCostModelEClass, ResourceUnitCostModel.class, "ResourceUnitCostModel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getResourceUnitCostModel_CommunicationPerDataUnit(), ecorePackage.getEDouble(), "communicationPerDataUnit", "1.0", 0, 1, ResourceUnitCostModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResourceUnitCostModel_ComputingPerDataUnit(), ecorePackage.getEDouble(), "computingPerDataUnit", "0.5", 0, 1, ResourceUnitCostModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResourceUnitCostModel_ModelExchangePerTransfer(), ecorePackage.getEDouble(), "modelExchangePerTransfer", "0.1", 0, 1, ResourceUnitCostModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResourceUnitCostModel_ModelTraining(), ecorePackage.getEDouble(), "modelTraining", "10.0", 0, 1, ResourceUnitCostModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResourceUnitCostModel_ModelTrainingPer(), this.getTrainingChargeBasis(), "modelTrainingPer", "ROUND", 0, 1, ResourceUnitCostModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResourceUnitCostModel_ShortfallMultiplier(), ecorePackage.getEDouble(), "shortfallMultiplier", "2.0", 0, 1, ResourceUnitCostModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(resourceKindEEnum, ResourceKind.class, "ResourceKind");
		addEEnumLiteral(resourceKindEEnum, ResourceKind.COMPUTE);
		addEEnumLiteral(resourceKindEEnum, ResourceKind.MEMORY);
		addEEnumLiteral(resourceKindEEnum, ResourceKind.STORAGE);
		addEEnumLiteral(resourceKindEEnum, ResourceKind.ACCELERATOR);
		addEEnumLiteral(resourceKindEEnum, ResourceKind.BANDWIDTH);

		initEEnum(poolingMethodEEnum, PoolingMethod.class, "PoolingMethod");
		addEEnumLiteral(poolingMethodEEnum, PoolingMethod.KMEANS);
		addEEnumLiteral(poolingMethodEEnum, PoolingMethod.MANUAL);

		initEEnum(poolingFeatureEEnum, PoolingFeature.class, "PoolingFeature");
		addEEnumLiteral(poolingFeatureEEnum, PoolingFeature.LOCATION);
		addEEnumLiteral(poolingFeatureEEnum, PoolingFeature.ARRIVAL_RATE);

		initEEnum(trainingChargeBasisEEnum, TrainingChargeBasis.class, "TrainingChargeBasis");
		addEEnumLiteral(trainingChargeBasisEEnum, TrainingChargeBasis.ROUND);
		addEEnumLiteral(trainingChargeBasisEEnum, TrainingChargeBasis.TICK);

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
		  (getReservation_Amount(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1e12"
		   });
		addAnnotation
		  (getPoolingPolicy_K(),
		   source,
		   new String[] {
			   "min", "1",
			   "max", "10000"
		   });
		addAnnotation
		  (getResourceUnitCostModel_CommunicationPerDataUnit(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1e6"
		   });
		addAnnotation
		  (getResourceUnitCostModel_ComputingPerDataUnit(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1e6"
		   });
		addAnnotation
		  (getResourceUnitCostModel_ModelExchangePerTransfer(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1e6"
		   });
		addAnnotation
		  (getResourceUnitCostModel_ModelTraining(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1e6"
		   });
		addAnnotation
		  (getResourceUnitCostModel_ShortfallMultiplier(),
		   source,
		   new String[] {
			   "min", "1",
			   "max", "100"
		   });
	}

} //PoolingPackageImpl
