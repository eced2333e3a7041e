/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.slicing.impl;

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

import org.slicewright.model.slicing.AIPhase;
import org.slicewright.model.slicing.AIService;
import org.slicewright.model.slicing.AITask;
import org.slicewright.model.slicing.Comparison;
import org.slicewright.model.slicing.ConventionalService;
import org.slicewright.model.slicing.DeploymentPoint;
import org.slicewright.model.slicing.LearningMethod;
import org.slicewright.model.slicing.QoAISIndicator;
import org.slicewright.model.slicing.Requirement;
import org.slicewright.model.slicing.ResourceQoS;
import org.slicewright.model.slicing.RoleAssignment;
import org.slicewright.model.slicing.Service;
import org.slicewright.model.slicing.Slice;
import org.slicewright.model.slicing.SliceKind;
import org.slicewright.model.slicing.SlicingFactory;
import org.slicewright.model.slicing.SlicingPackage;
import org.slicewright.model.slicing.TaskResource;
import org.slicewright.model.slicing.TaskRole;

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
public class SlicingPackageImpl extends EPackageImpl implements SlicingPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sliceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass serviceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass requirementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass vnfEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass aiTaskEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass roleAssignmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass resourceQoSEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass aiServiceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass conventionalServiceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sliceKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum aiPhaseEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum learningMethodEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum qoAISIndicatorEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum comparisonEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum taskRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum deploymentPointEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum taskResourceEEnum = null;

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
	 * @see org.slicewright.model.slicing.SlicingPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private SlicingPackageImpl() {
		super(eNS_URI, SlicingFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link SlicingPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static SlicingPackage init() {
		if (isInited) return (SlicingPackage)EPackage.Registry.INSTANCE.getEPackage(SlicingPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredSlicingPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		SlicingPackageImpl theSlicingPackage = registeredSlicingPackage instanceof SlicingPackageImpl ? (SlicingPackageImpl)registeredSlicingPackage : new SlicingPackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(TopologyPackage.eNS_URI);
		TopologyPackageImpl theTopologyPackage = (TopologyPackageImpl)(registeredPackage instanceof TopologyPackageImpl ? registeredPackage : TopologyPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(PoolingPackage.eNS_URI);
		PoolingPackageImpl thePoolingPackage = (PoolingPackageImpl)(registeredPackage instanceof PoolingPackageImpl ? registeredPackage : PoolingPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(TwinsPackage.eNS_URI);
		TwinsPackageImpl theTwinsPackage = (TwinsPackageImpl)(registeredPackage instanceof TwinsPackageImpl ? registeredPackage : TwinsPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ScenarioPackage.eNS_URI);
		ScenarioPackageImpl theScenarioPackage = (ScenarioPackageImpl)(registeredPackage instanceof ScenarioPackageImpl ? registeredPackage : ScenarioPackage.eINSTANCE);

		// Create package meta-data objects
		theSlicingPackage.createPackageContents();
		theTopologyPackage.createPackageContents();
		thePoolingPackage.createPackageContents();
		theTwinsPackage.createPackageContents();
		theScenarioPackage.createPackageContents();

		// Initialize created meta-data
		theSlicingPackage.initializePackageContents();
		theTopologyPackage.initializePackageContents();
		thePoolingPackage.initializePackageContents();
		theTwinsPackage.initializePackageContents();
		theScenarioPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theSlicingPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(SlicingPackage.eNS_URI, theSlicingPackage);
		return theSlicingPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSlice() {
		return sliceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSlice_Kind() {
		return (EAttribute)sliceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSlice_Services() {
		return (EReference)sliceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getService() {
		return serviceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getService_Requirements() {
		return (EReference)serviceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRequirement() {
		return requirementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRequirement_Indicator() {
		return (EAttribute)requirementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRequirement_Comparison() {
		return (EAttribute)requirementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRequirement_Value() {
		return (EAttribute)requirementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRequirement_Unit() {
		return (EAttribute)requirementEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVNF() {
		return vnfEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVNF_AiFunction() {
		return (EAttribute)vnfEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVNF_Placements() {
		return (EReference)vnfEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAITask() {
		return aiTaskEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAITask_Roles() {
		return (EReference)aiTaskEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAITask_ResourceQos() {
		return (EReference)aiTaskEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRoleAssignment() {
		return roleAssignmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoleAssignment_Role() {
		return (EAttribute)roleAssignmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoleAssignment_Deployment() {
		return (EAttribute)roleAssignmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRoleAssignment_Node() {
		return (EReference)roleAssignmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getResourceQoS() {
		return resourceQoSEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResourceQoS_Resource() {
		return (EAttribute)resourceQoSEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResourceQoS_Metric() {
		return (EAttribute)resourceQoSEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResourceQoS_Comparison() {
		return (EAttribute)resourceQoSEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResourceQoS_Value() {
		return (EAttribute)resourceQoSEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResourceQoS_Unit() {
		return (EAttribute)resourceQoSEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getResourceQoS_DerivedFrom() {
		return (EReference)resourceQoSEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAIService() {
		return aiServiceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAIService_Phases() {
		return (EAttribute)aiServiceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAIService_LearningMethod() {
		return (EAttribute)aiServiceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAIService_Functions() {
		return (EReference)aiServiceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAIService_Tasks() {
		return (EReference)aiServiceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConventionalService() {
		return conventionalServiceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConventionalService_TrafficMbps() {
		return (EAttribute)conventionalServiceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConventionalService_Functions() {
		return (EReference)conventionalServiceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSliceKind() {
		return sliceKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAIPhase() {
		return aiPhaseEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLearningMethod() {
		return learningMethodEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getQoAISIndicator() {
		return qoAISIndicatorEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getComparison() {
		return comparisonEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTaskRole() {
		return taskRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDeploymentPoint() {
		return deploymentPointEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTaskResource() {
		return taskResourceEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SlicingFactory getSlicingFactory() {
		return (SlicingFactory)getEFactoryInstance();
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
		sliceEClass = createEClass(SLICE);
		createEAttribute(sliceEClass, SLICE__KIND);
		createEReference(sliceEClass, SLICE__SERVICES);

		serviceEClass = createEClass(SERVICE);
		createEReference(serviceEClass, SERVICE__REQUIREMENTS);

		requirementEClass = createEClass(REQUIREMENT);
		createEAttribute(requirementEClass, REQUIREMENT__INDICATOR);
		createEAttribute(requirementEClass, REQUIREMENT__COMPARISON);
		createEAttribute(requirementEClass, REQUIREMENT__VALUE);
		createEAttribute(requirementEClass, REQUIREMENT__UNIT);

		vnfEClass = createEClass(VNF);
		createEAttribute(vnfEClass, VNF__AI_FUNCTION);
		createEReference(vnfEClass, VNF__PLACEMENTS);

		aiTaskEClass = createEClass(AI_TASK);
		createEReference(aiTaskEClass, AI_TASK__ROLES);
		createEReference(aiTaskEClass, AI_TASK__RESOURCE_QOS);

		roleAssignmentEClass = createEClass(ROLE_ASSIGNMENT);
		createEAttribute(roleAssignmentEClass, ROLE_ASSIGNMENT__ROLE);
		createEAttribute(roleAssignmentEClass, ROLE_ASSIGNMENT__DEPLOYMENT);
		createEReference(roleAssignmentEClass, ROLE_ASSIGNMENT__NODE);

		resourceQoSEClass = createEClass(RESOURCE_QO_S);
		createEAttribute(resourceQoSEClass, RESOURCE_QO_S__RESOURCE);
		createEAttribute(resourceQoSEClass, RESOURCE_QO_S__METRIC);
		createEAttribute(resourceQoSEClass, RESOURCE_QO_S__COMPARISON);
		createEAttribute(resourceQoSEClass, RESOURCE_QO_S__VALUE);
		createEAttribute(resourceQoSEClass, RESOURCE_QO_S__UNIT);
		createEReference(resourceQoSEClass, RESOURCE_QO_S__DERIVED_FROM);

		aiServiceEClass = createEClass(AI_SERVICE);
		createEAttribute(aiServiceEClass, AI_SERVICE__PHASES);
		createEAttribute(aiServiceEClass, AI_SERVICE__LEARNING_METHOD);
		createEReference(aiServiceEClass, AI_SERVICE__FUNCTIONS);
		createEReference(aiServiceEClass, AI_SERVICE__TASKS);

		conventionalServiceEClass = createEClass(CONVENTIONAL_SERVICE);
		createEAttribute(conventionalServiceEClass, CONVENTIONAL_SERVICE__TRAFFIC_MBPS);
		createEReference(conventionalServiceEClass, CONVENTIONAL_SERVICE__FUNCTIONS);

		// Create enums
		sliceKindEEnum = createEEnum(SLICE_KIND);
		aiPhaseEEnum = createEEnum(AI_PHASE);
		learningMethodEEnum = createEEnum(LEARNING_METHOD);
		qoAISIndicatorEEnum = createEEnum(QO_AIS_INDICATOR);
		comparisonEEnum = createEEnum(COMPARISON);
		taskRoleEEnum = createEEnum(TASK_ROLE);
		deploymentPointEEnum = createEEnum(DEPLOYMENT_POINT);
		taskResourceEEnum = createEEnum(TASK_RESOURCE);
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

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		sliceEClass.getESuperTypes().add(theTopologyPackage.getIdentified());
		serviceEClass.getESuperTypes().add(theTopologyPackage.getIdentified());
		vnfEClass.getESuperTypes().add(theTopologyPackage.getIdentified());
		aiTaskEClass.getESuperTypes().add(theTopologyPackage.getIdentified());
		aiServiceEClass.getESuperTypes().add(this.getService());
		conventionalServiceEClass.getESuperTypes().add(this.getService());

		// Initialize classes, features, and operations; add parameters
		initEClass(sliceEClass, Slice.class, "Slice", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSlice_Kind(), this.getSliceKind(), "kind", "EMBB", 0, 1, Slice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSlice_Services(), this.getService(), null, "services", null, 0, -1, Slice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(serviceEClass, Service.class, "Service", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getService_Requirements(), this.getRequirement(), null, "requirements", null, 0, -1, Service.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(requirementEClass, Requirement.class, "Requirement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRequirement_Indicator(), this.getQoAISIndicator(), "indicator", "ACCURACY", 0, 1, Requirement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRequirement_Comparison(), this.getComparison(), "comparison", "AT_LEAST", 0, 1, Requirement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRequirement_Value(), ecorePackage.getEDouble(), "value", "0.0", 0, 1, Requirement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRequirement_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, Requirement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(vnfEClass, org.slicewright.model.slicing.VNF.class, "VNF", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getVNF_AiFunction(), ecorePackage.getEBoolean(), "aiFunction", "true", 0, 1, org.slicewright.model.slicing.VNF.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVNF_Placements(), theTopologyPackage.getNode(), null, "placements", null, 0, -1, org.slicewright.model.slicing.VNF.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(aiTaskEClass, AITask.class, "AITask", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAITask_Roles(), this.getRoleAssignment(), null, "roles", null, 0, -1, AITask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAITask_ResourceQos(), this.getResourceQoS(), null, "resourceQos", null, 0, -1, AITask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(roleAssignmentEClass, RoleAssignment.class, "RoleAssignment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRoleAssignment_Role(), this.getTaskRole(), "role", "EXECUTOR", 0, 1, RoleAssignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRoleAssignment_Deployment(), this.getDeploymentPoint(), "deployment", "GNB", 0, 1, RoleAssignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRoleAssignment_Node(), theTopologyPackage.getNode(), null, "node", null, 0, 1, RoleAssignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(resourceQoSEClass, ResourceQoS.class, "ResourceQoS", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getResourceQoS_Resource(), this.getTaskResource(), "resource", "COMPUTING", 0, 1, ResourceQoS.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResourceQoS_Metric(), ecorePackage.getEString(), "metric", null, 0, 1, ResourceQoS.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResourceQoS_Comparison(), this.getComparison(), "comparison", "AT_LEAST", 0, 1, ResourceQoS.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResourceQoS_Value(), ecorePackage.getEDouble(), "value", "0.0", 0, 1, ResourceQoS.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResourceQoS_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, ResourceQoS.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getResourceQoS_DerivedFrom(), this.getRequirement(), null, "derivedFrom", null, 0, 1, ResourceQoS.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(aiServiceEClass, AIService.class, "AIService", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAIService_Phases(), this.getAIPhase(), "phases", "TRAINING_AND_INFERENCE", 0, 1, AIService.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAIService_LearningMethod(), this.getLearningMethod(), "learningMethod", "FEDERATED", 0, 1, AIService.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAIService_Functions(), this.getVNF(), null, "functions", null, 0, -1, AIService.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAIService_Tasks(), this.getAITask(), null, "tasks", null, 0, -1, AIService.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(conventionalServiceEClass, ConventionalService.class, "ConventionalService", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getConventionalService_TrafficMbps(), ecorePackage.getEDouble(), "trafficMbps", "0.0", 0, 1, ConventionalService.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getConventionalService_Functions(), this.getVNF(), null, "functions", null, 0, -1, ConventionalService.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(sliceKindEEnum, SliceKind.class, "SliceKind");
		addEEnumLiteral(sliceKindEEnum, SliceKind.EMBB);
		addEEnumLiteral(sliceKindEEnum, SliceKind.URLLC);
		addEEnumLiteral(sliceKindEEnum, SliceKind.MMTC);
		addEEnumLiteral(sliceKindEEnum, SliceKind.AI);

		initEEnum(aiPhaseEEnum, AIPhase.class, "AIPhase");
		addEEnumLiteral(aiPhaseEEnum, AIPhase.TRAINING);
		addEEnumLiteral(aiPhaseEEnum, AIPhase.INFERENCE);
		addEEnumLiteral(aiPhaseEEnum, AIPhase.TRAINING_AND_INFERENCE);

		initEEnum(learningMethodEEnum, LearningMethod.class, "LearningMethod");
		addEEnumLiteral(learningMethodEEnum, LearningMethod.FEDERATED);
		addEEnumLiteral(learningMethodEEnum, LearningMethod.CENTRALISED);
		addEEnumLiteral(learningMethodEEnum, LearningMethod.DISTRIBUTED);
		addEEnumLiteral(learningMethodEEnum, LearningMethod.SPLIT);

		initEEnum(qoAISIndicatorEEnum, QoAISIndicator.class, "QoAISIndicator");
		addEEnumLiteral(qoAISIndicatorEEnum, QoAISIndicator.ACCURACY);
		addEEnumLiteral(qoAISIndicatorEEnum, QoAISIndicator.CONVERGENCE_RATE);
		addEEnumLiteral(qoAISIndicatorEEnum, QoAISIndicator.LATENCY);
		addEEnumLiteral(qoAISIndicatorEEnum, QoAISIndicator.TRAINING_DURATION);
		addEEnumLiteral(qoAISIndicatorEEnum, QoAISIndicator.ROBUSTNESS);
		addEEnumLiteral(qoAISIndicatorEEnum, QoAISIndicator.GENERALISATION);
		addEEnumLiteral(qoAISIndicatorEEnum, QoAISIndicator.STORAGE_OVERHEAD);
		addEEnumLiteral(qoAISIndicatorEEnum, QoAISIndicator.COMPUTE_OVERHEAD);
		addEEnumLiteral(qoAISIndicatorEEnum, QoAISIndicator.TRANSMISSION_OVERHEAD);
		addEEnumLiteral(qoAISIndicatorEEnum, QoAISIndicator.ENERGY_OVERHEAD);
		addEEnumLiteral(qoAISIndicatorEEnum, QoAISIndicator.SECURITY_LEVEL);
		addEEnumLiteral(qoAISIndicatorEEnum, QoAISIndicator.PRIVACY_LEVEL);
		addEEnumLiteral(qoAISIndicatorEEnum, QoAISIndicator.AUTONOMY_LEVEL);

		initEEnum(comparisonEEnum, Comparison.class, "Comparison");
		addEEnumLiteral(comparisonEEnum, Comparison.AT_LEAST);
		addEEnumLiteral(comparisonEEnum, Comparison.AT_MOST);

		initEEnum(taskRoleEEnum, TaskRole.class, "TaskRole");
		addEEnumLiteral(taskRoleEEnum, TaskRole.ANCHOR);
		addEEnumLiteral(taskRoleEEnum, TaskRole.SCHEDULER);
		addEEnumLiteral(taskRoleEEnum, TaskRole.EXECUTOR);

		initEEnum(deploymentPointEEnum, DeploymentPoint.class, "DeploymentPoint");
		addEEnumLiteral(deploymentPointEEnum, DeploymentPoint.GNB);
		addEEnumLiteral(deploymentPointEEnum, DeploymentPoint.CU);
		addEEnumLiteral(deploymentPointEEnum, DeploymentPoint.DU);
		addEEnumLiteral(deploymentPointEEnum, DeploymentPoint.CN);
		addEEnumLiteral(deploymentPointEEnum, DeploymentPoint.UE);

		initEEnum(taskResourceEEnum, TaskResource.class, "TaskResource");
		addEEnumLiteral(taskResourceEEnum, TaskResource.CONNECTION);
		addEEnumLiteral(taskResourceEEnum, TaskResource.COMPUTING);
		addEEnumLiteral(taskResourceEEnum, TaskResource.DATA);
		addEEnumLiteral(taskResourceEEnum, TaskResource.ALGORITHM);

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
		  (getRequirement_Value(),
		   source,
		   new String[] {
			   "min", "-1e12",
			   "max", "1e12"
		   });
		addAnnotation
		  (getResourceQoS_Value(),
		   source,
		   new String[] {
			   "min", "-1e12",
			   "max", "1e12"
		   });
		addAnnotation
		  (getConventionalService_TrafficMbps(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1e7"
		   });
	}

} //SlicingPackageImpl
