/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.slicing.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.slicewright.model.slicing.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class SlicingFactoryImpl extends EFactoryImpl implements SlicingFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static SlicingFactory init() {
		try {
			SlicingFactory theSlicingFactory = (SlicingFactory)EPackage.Registry.INSTANCE.getEFactory(SlicingPackage.eNS_URI);
			if (theSlicingFactory != null) {
				return theSlicingFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new SlicingFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SlicingFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case SlicingPackage.SLICE: return createSlice();
			case SlicingPackage.REQUIREMENT: return createRequirement();
			case SlicingPackage.VNF: return createVNF();
			case SlicingPackage.AI_TASK: return createAITask();
			case SlicingPackage.ROLE_ASSIGNMENT: return createRoleAssignment();
			case SlicingPackage.RESOURCE_QO_S: return createResourceQoS();
			case SlicingPackage.AI_SERVICE: return createAIService();
			case SlicingPackage.CONVENTIONAL_SERVICE: return createConventionalService();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case SlicingPackage.SLICE_KIND:
				return createSliceKindFromString(eDataType, initialValue);
			case SlicingPackage.AI_PHASE:
				return createAIPhaseFromString(eDataType, initialValue);
			case SlicingPackage.LEARNING_METHOD:
				return createLearningMethodFromString(eDataType, initialValue);
			case SlicingPackage.QO_AIS_INDICATOR:
				return createQoAISIndicatorFromString(eDataType, initialValue);
			case SlicingPackage.COMPARISON:
				return createComparisonFromString(eDataType, initialValue);
			case SlicingPackage.TASK_ROLE:
				return createTaskRoleFromString(eDataType, initialValue);
			case SlicingPackage.DEPLOYMENT_POINT:
				return createDeploymentPointFromString(eDataType, initialValue);
			case SlicingPackage.TASK_RESOURCE:
				return createTaskResourceFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case SlicingPackage.SLICE_KIND:
				return convertSliceKindToString(eDataType, instanceValue);
			case SlicingPackage.AI_PHASE:
				return convertAIPhaseToString(eDataType, instanceValue);
			case SlicingPackage.LEARNING_METHOD:
				return convertLearningMethodToString(eDataType, instanceValue);
			case SlicingPackage.QO_AIS_INDICATOR:
				return convertQoAISIndicatorToString(eDataType, instanceValue);
			case SlicingPackage.COMPARISON:
				return convertComparisonToString(eDataType, instanceValue);
			case SlicingPackage.TASK_ROLE:
				return convertTaskRoleToString(eDataType, instanceValue);
			case SlicingPackage.DEPLOYMENT_POINT:
				return convertDeploymentPointToString(eDataType, instanceValue);
			case SlicingPackage.TASK_RESOURCE:
				return convertTaskResourceToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Slice createSlice() {
		SliceImpl slice = new SliceImpl();
		return slice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Requirement createRequirement() {
		RequirementImpl requirement = new RequirementImpl();
		return requirement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VNF createVNF() {
		VNFImpl vnf = new VNFImpl();
		return vnf;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AITask createAITask() {
		AITaskImpl aiTask = new AITaskImpl();
		return aiTask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RoleAssignment createRoleAssignment() {
		RoleAssignmentImpl roleAssignment = new RoleAssignmentImpl();
		return roleAssignment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceQoS createResourceQoS() {
		ResourceQoSImpl resourceQoS = new ResourceQoSImpl();
		return resourceQoS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AIService createAIService() {
		AIServiceImpl aiService = new AIServiceImpl();
		return aiService;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConventionalService createConventionalService() {
		ConventionalServiceImpl conventionalService = new ConventionalServiceImpl();
		return conventionalService;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SliceKind createSliceKindFromString(EDataType eDataType, String initialValue) {
		SliceKind result = SliceKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSliceKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AIPhase createAIPhaseFromString(EDataType eDataType, String initialValue) {
		AIPhase result = AIPhase.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAIPhaseToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LearningMethod createLearningMethodFromString(EDataType eDataType, String initialValue) {
		LearningMethod result = LearningMethod.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLearningMethodToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public QoAISIndicator createQoAISIndicatorFromString(EDataType eDataType, String initialValue) {
		QoAISIndicator result = QoAISIndicator.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertQoAISIndicatorToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Comparison createComparisonFromString(EDataType eDataType, String initialValue) {
		Comparison result = Comparison.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertComparisonToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TaskRole createTaskRoleFromString(EDataType eDataType, String initialValue) {
		TaskRole result = TaskRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTaskRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DeploymentPoint createDeploymentPointFromString(EDataType eDataType, String initialValue) {
		DeploymentPoint result = DeploymentPoint.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDeploymentPointToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TaskResource createTaskResourceFromString(EDataType eDataType, String initialValue) {
		TaskResource result = TaskResource.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTaskResourceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SlicingPackage getSlicingPackage() {
		return (SlicingPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static SlicingPackage getPackage() {
		return SlicingPackage.eINSTANCE;
	}

} //SlicingFactoryImpl
