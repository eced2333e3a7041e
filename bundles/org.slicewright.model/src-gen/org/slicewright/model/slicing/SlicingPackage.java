/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.slicing;

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
 * Slices, the services they carry (AI and conventional), their functions (VNFs) and placement, QoAIS requirements and TONA tasks.
 * <!-- end-model-doc -->
 * @see org.slicewright.model.slicing.SlicingFactory
 * @model kind="package"
 * @generated
 */
public interface SlicingPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "slicing";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://slicewright.org/model/slicing/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "slicing";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SlicingPackage eINSTANCE = org.slicewright.model.slicing.impl.SlicingPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.slicewright.model.slicing.impl.SliceImpl <em>Slice</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.slicing.impl.SliceImpl
	 * @see org.slicewright.model.slicing.impl.SlicingPackageImpl#getSlice()
	 * @generated
	 */
	int SLICE = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLICE__ID = TopologyPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLICE__NAME = TopologyPackage.IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLICE__KIND = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Services</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLICE__SERVICES = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Slice</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLICE_FEATURE_COUNT = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Slice</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLICE_OPERATION_COUNT = TopologyPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.slicewright.model.slicing.impl.ServiceImpl <em>Service</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.slicing.impl.ServiceImpl
	 * @see org.slicewright.model.slicing.impl.SlicingPackageImpl#getService()
	 * @generated
	 */
	int SERVICE = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__ID = TopologyPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__NAME = TopologyPackage.IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>Requirements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__REQUIREMENTS = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Service</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_FEATURE_COUNT = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Service</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_OPERATION_COUNT = TopologyPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.slicewright.model.slicing.impl.RequirementImpl <em>Requirement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.slicing.impl.RequirementImpl
	 * @see org.slicewright.model.slicing.impl.SlicingPackageImpl#getRequirement()
	 * @generated
	 */
	int REQUIREMENT = 2;

	/**
	 * The feature id for the '<em><b>Indicator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIREMENT__INDICATOR = 0;

	/**
	 * The feature id for the '<em><b>Comparison</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIREMENT__COMPARISON = 1;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIREMENT__VALUE = 2;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIREMENT__UNIT = 3;

	/**
	 * The number of structural features of the '<em>Requirement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIREMENT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Requirement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIREMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.slicewright.model.slicing.impl.VNFImpl <em>VNF</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.slicing.impl.VNFImpl
	 * @see org.slicewright.model.slicing.impl.SlicingPackageImpl#getVNF()
	 * @generated
	 */
	int VNF = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VNF__ID = TopologyPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VNF__NAME = TopologyPackage.IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>Ai Function</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VNF__AI_FUNCTION = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Placements</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VNF__PLACEMENTS = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>VNF</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VNF_FEATURE_COUNT = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>VNF</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VNF_OPERATION_COUNT = TopologyPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.slicewright.model.slicing.impl.AITaskImpl <em>AI Task</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.slicing.impl.AITaskImpl
	 * @see org.slicewright.model.slicing.impl.SlicingPackageImpl#getAITask()
	 * @generated
	 */
	int AI_TASK = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AI_TASK__ID = TopologyPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AI_TASK__NAME = TopologyPackage.IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>Roles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AI_TASK__ROLES = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Resource Qos</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AI_TASK__RESOURCE_QOS = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>AI Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AI_TASK_FEATURE_COUNT = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>AI Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AI_TASK_OPERATION_COUNT = TopologyPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.slicewright.model.slicing.impl.RoleAssignmentImpl <em>Role Assignment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.slicing.impl.RoleAssignmentImpl
	 * @see org.slicewright.model.slicing.impl.SlicingPackageImpl#getRoleAssignment()
	 * @generated
	 */
	int ROLE_ASSIGNMENT = 5;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ASSIGNMENT__ROLE = 0;

	/**
	 * The feature id for the '<em><b>Deployment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ASSIGNMENT__DEPLOYMENT = 1;

	/**
	 * The feature id for the '<em><b>Node</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ASSIGNMENT__NODE = 2;

	/**
	 * The number of structural features of the '<em>Role Assignment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ASSIGNMENT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Role Assignment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ASSIGNMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.slicewright.model.slicing.impl.ResourceQoSImpl <em>Resource Qo S</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.slicing.impl.ResourceQoSImpl
	 * @see org.slicewright.model.slicing.impl.SlicingPackageImpl#getResourceQoS()
	 * @generated
	 */
	int RESOURCE_QO_S = 6;

	/**
	 * The feature id for the '<em><b>Resource</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_QO_S__RESOURCE = 0;

	/**
	 * The feature id for the '<em><b>Metric</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_QO_S__METRIC = 1;

	/**
	 * The feature id for the '<em><b>Comparison</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_QO_S__COMPARISON = 2;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_QO_S__VALUE = 3;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_QO_S__UNIT = 4;

	/**
	 * The feature id for the '<em><b>Derived From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_QO_S__DERIVED_FROM = 5;

	/**
	 * The number of structural features of the '<em>Resource Qo S</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_QO_S_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Resource Qo S</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_QO_S_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.slicewright.model.slicing.impl.AIServiceImpl <em>AI Service</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.slicing.impl.AIServiceImpl
	 * @see org.slicewright.model.slicing.impl.SlicingPackageImpl#getAIService()
	 * @generated
	 */
	int AI_SERVICE = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AI_SERVICE__ID = SERVICE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AI_SERVICE__NAME = SERVICE__NAME;

	/**
	 * The feature id for the '<em><b>Requirements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AI_SERVICE__REQUIREMENTS = SERVICE__REQUIREMENTS;

	/**
	 * The feature id for the '<em><b>Phases</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AI_SERVICE__PHASES = SERVICE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Learning Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AI_SERVICE__LEARNING_METHOD = SERVICE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Functions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AI_SERVICE__FUNCTIONS = SERVICE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Tasks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AI_SERVICE__TASKS = SERVICE_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>AI Service</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AI_SERVICE_FEATURE_COUNT = SERVICE_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>AI Service</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AI_SERVICE_OPERATION_COUNT = SERVICE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.slicewright.model.slicing.impl.ConventionalServiceImpl <em>Conventional Service</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.slicing.impl.ConventionalServiceImpl
	 * @see org.slicewright.model.slicing.impl.SlicingPackageImpl#getConventionalService()
	 * @generated
	 */
	int CONVENTIONAL_SERVICE = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVENTIONAL_SERVICE__ID = SERVICE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVENTIONAL_SERVICE__NAME = SERVICE__NAME;

	/**
	 * The feature id for the '<em><b>Requirements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVENTIONAL_SERVICE__REQUIREMENTS = SERVICE__REQUIREMENTS;

	/**
	 * The feature id for the '<em><b>Traffic Mbps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVENTIONAL_SERVICE__TRAFFIC_MBPS = SERVICE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Functions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVENTIONAL_SERVICE__FUNCTIONS = SERVICE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Conventional Service</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVENTIONAL_SERVICE_FEATURE_COUNT = SERVICE_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Conventional Service</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVENTIONAL_SERVICE_OPERATION_COUNT = SERVICE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.slicewright.model.slicing.SliceKind <em>Slice Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.slicing.SliceKind
	 * @see org.slicewright.model.slicing.impl.SlicingPackageImpl#getSliceKind()
	 * @generated
	 */
	int SLICE_KIND = 9;

	/**
	 * The meta object id for the '{@link org.slicewright.model.slicing.AIPhase <em>AI Phase</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.slicing.AIPhase
	 * @see org.slicewright.model.slicing.impl.SlicingPackageImpl#getAIPhase()
	 * @generated
	 */
	int AI_PHASE = 10;

	/**
	 * The meta object id for the '{@link org.slicewright.model.slicing.LearningMethod <em>Learning Method</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.slicing.LearningMethod
	 * @see org.slicewright.model.slicing.impl.SlicingPackageImpl#getLearningMethod()
	 * @generated
	 */
	int LEARNING_METHOD = 11;

	/**
	 * The meta object id for the '{@link org.slicewright.model.slicing.QoAISIndicator <em>Qo AIS Indicator</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.slicing.QoAISIndicator
	 * @see org.slicewright.model.slicing.impl.SlicingPackageImpl#getQoAISIndicator()
	 * @generated
	 */
	int QO_AIS_INDICATOR = 12;

	/**
	 * The meta object id for the '{@link org.slicewright.model.slicing.Comparison <em>Comparison</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.slicing.Comparison
	 * @see org.slicewright.model.slicing.impl.SlicingPackageImpl#getComparison()
	 * @generated
	 */
	int COMPARISON = 13;

	/**
	 * The meta object id for the '{@link org.slicewright.model.slicing.TaskRole <em>Task Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.slicing.TaskRole
	 * @see org.slicewright.model.slicing.impl.SlicingPackageImpl#getTaskRole()
	 * @generated
	 */
	int TASK_ROLE = 14;

	/**
	 * The meta object id for the '{@link org.slicewright.model.slicing.DeploymentPoint <em>Deployment Point</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.slicing.DeploymentPoint
	 * @see org.slicewright.model.slicing.impl.SlicingPackageImpl#getDeploymentPoint()
	 * @generated
	 */
	int DEPLOYMENT_POINT = 15;

	/**
	 * The meta object id for the '{@link org.slicewright.model.slicing.TaskResource <em>Task Resource</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.slicing.TaskResource
	 * @see org.slicewright.model.slicing.impl.SlicingPackageImpl#getTaskResource()
	 * @generated
	 */
	int TASK_RESOURCE = 16;


	/**
	 * Returns the meta object for class '{@link org.slicewright.model.slicing.Slice <em>Slice</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Slice</em>'.
	 * @see org.slicewright.model.slicing.Slice
	 * @generated
	 */
	EClass getSlice();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.slicing.Slice#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.slicewright.model.slicing.Slice#getKind()
	 * @see #getSlice()
	 * @generated
	 */
	EAttribute getSlice_Kind();

	/**
	 * Returns the meta object for the containment reference list '{@link org.slicewright.model.slicing.Slice#getServices <em>Services</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Services</em>'.
	 * @see org.slicewright.model.slicing.Slice#getServices()
	 * @see #getSlice()
	 * @generated
	 */
	EReference getSlice_Services();

	/**
	 * Returns the meta object for class '{@link org.slicewright.model.slicing.Service <em>Service</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service</em>'.
	 * @see org.slicewright.model.slicing.Service
	 * @generated
	 */
	EClass getService();

	/**
	 * Returns the meta object for the containment reference list '{@link org.slicewright.model.slicing.Service#getRequirements <em>Requirements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Requirements</em>'.
	 * @see org.slicewright.model.slicing.Service#getRequirements()
	 * @see #getService()
	 * @generated
	 */
	EReference getService_Requirements();

	/**
	 * Returns the meta object for class '{@link org.slicewright.model.slicing.Requirement <em>Requirement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Requirement</em>'.
	 * @see org.slicewright.model.slicing.Requirement
	 * @generated
	 */
	EClass getRequirement();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.slicing.Requirement#getIndicator <em>Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Indicator</em>'.
	 * @see org.slicewright.model.slicing.Requirement#getIndicator()
	 * @see #getRequirement()
	 * @generated
	 */
	EAttribute getRequirement_Indicator();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.slicing.Requirement#getComparison <em>Comparison</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comparison</em>'.
	 * @see org.slicewright.model.slicing.Requirement#getComparison()
	 * @see #getRequirement()
	 * @generated
	 */
	EAttribute getRequirement_Comparison();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.slicing.Requirement#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.slicewright.model.slicing.Requirement#getValue()
	 * @see #getRequirement()
	 * @generated
	 */
	EAttribute getRequirement_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.slicing.Requirement#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.slicewright.model.slicing.Requirement#getUnit()
	 * @see #getRequirement()
	 * @generated
	 */
	EAttribute getRequirement_Unit();

	/**
	 * Returns the meta object for class '{@link org.slicewright.model.slicing.VNF <em>VNF</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>VNF</em>'.
	 * @see org.slicewright.model.slicing.VNF
	 * @generated
	 */
	EClass getVNF();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.slicing.VNF#isAiFunction <em>Ai Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ai Function</em>'.
	 * @see org.slicewright.model.slicing.VNF#isAiFunction()
	 * @see #getVNF()
	 * @generated
	 */
	EAttribute getVNF_AiFunction();

	/**
	 * Returns the meta object for the reference list '{@link org.slicewright.model.slicing.VNF#getPlacements <em>Placements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Placements</em>'.
	 * @see org.slicewright.model.slicing.VNF#getPlacements()
	 * @see #getVNF()
	 * @generated
	 */
	EReference getVNF_Placements();

	/**
	 * Returns the meta object for class '{@link org.slicewright.model.slicing.AITask <em>AI Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>AI Task</em>'.
	 * @see org.slicewright.model.slicing.AITask
	 * @generated
	 */
	EClass getAITask();

	/**
	 * Returns the meta object for the containment reference list '{@link org.slicewright.model.slicing.AITask#getRoles <em>Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Roles</em>'.
	 * @see org.slicewright.model.slicing.AITask#getRoles()
	 * @see #getAITask()
	 * @generated
	 */
	EReference getAITask_Roles();

	/**
	 * Returns the meta object for the containment reference list '{@link org.slicewright.model.slicing.AITask#getResourceQos <em>Resource Qos</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Resource Qos</em>'.
	 * @see org.slicewright.model.slicing.AITask#getResourceQos()
	 * @see #getAITask()
	 * @generated
	 */
	EReference getAITask_ResourceQos();

	/**
	 * Returns the meta object for class '{@link org.slicewright.model.slicing.RoleAssignment <em>Role Assignment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Role Assignment</em>'.
	 * @see org.slicewright.model.slicing.RoleAssignment
	 * @generated
	 */
	EClass getRoleAssignment();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.slicing.RoleAssignment#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.slicewright.model.slicing.RoleAssignment#getRole()
	 * @see #getRoleAssignment()
	 * @generated
	 */
	EAttribute getRoleAssignment_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.slicing.RoleAssignment#getDeployment <em>Deployment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deployment</em>'.
	 * @see org.slicewright.model.slicing.RoleAssignment#getDeployment()
	 * @see #getRoleAssignment()
	 * @generated
	 */
	EAttribute getRoleAssignment_Deployment();

	/**
	 * Returns the meta object for the reference '{@link org.slicewright.model.slicing.RoleAssignment#getNode <em>Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Node</em>'.
	 * @see org.slicewright.model.slicing.RoleAssignment#getNode()
	 * @see #getRoleAssignment()
	 * @generated
	 */
	EReference getRoleAssignment_Node();

	/**
	 * Returns the meta object for class '{@link org.slicewright.model.slicing.ResourceQoS <em>Resource Qo S</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Resource Qo S</em>'.
	 * @see org.slicewright.model.slicing.ResourceQoS
	 * @generated
	 */
	EClass getResourceQoS();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.slicing.ResourceQoS#getResource <em>Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resource</em>'.
	 * @see org.slicewright.model.slicing.ResourceQoS#getResource()
	 * @see #getResourceQoS()
	 * @generated
	 */
	EAttribute getResourceQoS_Resource();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.slicing.ResourceQoS#getMetric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Metric</em>'.
	 * @see org.slicewright.model.slicing.ResourceQoS#getMetric()
	 * @see #getResourceQoS()
	 * @generated
	 */
	EAttribute getResourceQoS_Metric();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.slicing.ResourceQoS#getComparison <em>Comparison</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comparison</em>'.
	 * @see org.slicewright.model.slicing.ResourceQoS#getComparison()
	 * @see #getResourceQoS()
	 * @generated
	 */
	EAttribute getResourceQoS_Comparison();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.slicing.ResourceQoS#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.slicewright.model.slicing.ResourceQoS#getValue()
	 * @see #getResourceQoS()
	 * @generated
	 */
	EAttribute getResourceQoS_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.slicing.ResourceQoS#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.slicewright.model.slicing.ResourceQoS#getUnit()
	 * @see #getResourceQoS()
	 * @generated
	 */
	EAttribute getResourceQoS_Unit();

	/**
	 * Returns the meta object for the reference '{@link org.slicewright.model.slicing.ResourceQoS#getDerivedFrom <em>Derived From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Derived From</em>'.
	 * @see org.slicewright.model.slicing.ResourceQoS#getDerivedFrom()
	 * @see #getResourceQoS()
	 * @generated
	 */
	EReference getResourceQoS_DerivedFrom();

	/**
	 * Returns the meta object for class '{@link org.slicewright.model.slicing.AIService <em>AI Service</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>AI Service</em>'.
	 * @see org.slicewright.model.slicing.AIService
	 * @generated
	 */
	EClass getAIService();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.slicing.AIService#getPhases <em>Phases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phases</em>'.
	 * @see org.slicewright.model.slicing.AIService#getPhases()
	 * @see #getAIService()
	 * @generated
	 */
	EAttribute getAIService_Phases();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.slicing.AIService#getLearningMethod <em>Learning Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Learning Method</em>'.
	 * @see org.slicewright.model.slicing.AIService#getLearningMethod()
	 * @see #getAIService()
	 * @generated
	 */
	EAttribute getAIService_LearningMethod();

	/**
	 * Returns the meta object for the containment reference list '{@link org.slicewright.model.slicing.AIService#getFunctions <em>Functions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Functions</em>'.
	 * @see org.slicewright.model.slicing.AIService#getFunctions()
	 * @see #getAIService()
	 * @generated
	 */
	EReference getAIService_Functions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.slicewright.model.slicing.AIService#getTasks <em>Tasks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tasks</em>'.
	 * @see org.slicewright.model.slicing.AIService#getTasks()
	 * @see #getAIService()
	 * @generated
	 */
	EReference getAIService_Tasks();

	/**
	 * Returns the meta object for class '{@link org.slicewright.model.slicing.ConventionalService <em>Conventional Service</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Conventional Service</em>'.
	 * @see org.slicewright.model.slicing.ConventionalService
	 * @generated
	 */
	EClass getConventionalService();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.slicing.ConventionalService#getTrafficMbps <em>Traffic Mbps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Traffic Mbps</em>'.
	 * @see org.slicewright.model.slicing.ConventionalService#getTrafficMbps()
	 * @see #getConventionalService()
	 * @generated
	 */
	EAttribute getConventionalService_TrafficMbps();

	/**
	 * Returns the meta object for the containment reference list '{@link org.slicewright.model.slicing.ConventionalService#getFunctions <em>Functions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Functions</em>'.
	 * @see org.slicewright.model.slicing.ConventionalService#getFunctions()
	 * @see #getConventionalService()
	 * @generated
	 */
	EReference getConventionalService_Functions();

	/**
	 * Returns the meta object for enum '{@link org.slicewright.model.slicing.SliceKind <em>Slice Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Slice Kind</em>'.
	 * @see org.slicewright.model.slicing.SliceKind
	 * @generated
	 */
	EEnum getSliceKind();

	/**
	 * Returns the meta object for enum '{@link org.slicewright.model.slicing.AIPhase <em>AI Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>AI Phase</em>'.
	 * @see org.slicewright.model.slicing.AIPhase
	 * @generated
	 */
	EEnum getAIPhase();

	/**
	 * Returns the meta object for enum '{@link org.slicewright.model.slicing.LearningMethod <em>Learning Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Learning Method</em>'.
	 * @see org.slicewright.model.slicing.LearningMethod
	 * @generated
	 */
	EEnum getLearningMethod();

	/**
	 * Returns the meta object for enum '{@link org.slicewright.model.slicing.QoAISIndicator <em>Qo AIS Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Qo AIS Indicator</em>'.
	 * @see org.slicewright.model.slicing.QoAISIndicator
	 * @generated
	 */
	EEnum getQoAISIndicator();

	/**
	 * Returns the meta object for enum '{@link org.slicewright.model.slicing.Comparison <em>Comparison</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Comparison</em>'.
	 * @see org.slicewright.model.slicing.Comparison
	 * @generated
	 */
	EEnum getComparison();

	/**
	 * Returns the meta object for enum '{@link org.slicewright.model.slicing.TaskRole <em>Task Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Task Role</em>'.
	 * @see org.slicewright.model.slicing.TaskRole
	 * @generated
	 */
	EEnum getTaskRole();

	/**
	 * Returns the meta object for enum '{@link org.slicewright.model.slicing.DeploymentPoint <em>Deployment Point</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Deployment Point</em>'.
	 * @see org.slicewright.model.slicing.DeploymentPoint
	 * @generated
	 */
	EEnum getDeploymentPoint();

	/**
	 * Returns the meta object for enum '{@link org.slicewright.model.slicing.TaskResource <em>Task Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Task Resource</em>'.
	 * @see org.slicewright.model.slicing.TaskResource
	 * @generated
	 */
	EEnum getTaskResource();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	SlicingFactory getSlicingFactory();

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
		 * The meta object literal for the '{@link org.slicewright.model.slicing.impl.SliceImpl <em>Slice</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.slicing.impl.SliceImpl
		 * @see org.slicewright.model.slicing.impl.SlicingPackageImpl#getSlice()
		 * @generated
		 */
		EClass SLICE = eINSTANCE.getSlice();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SLICE__KIND = eINSTANCE.getSlice_Kind();

		/**
		 * The meta object literal for the '<em><b>Services</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SLICE__SERVICES = eINSTANCE.getSlice_Services();

		/**
		 * The meta object literal for the '{@link org.slicewright.model.slicing.impl.ServiceImpl <em>Service</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.slicing.impl.ServiceImpl
		 * @see org.slicewright.model.slicing.impl.SlicingPackageImpl#getService()
		 * @generated
		 */
		EClass SERVICE = eINSTANCE.getService();

		/**
		 * The meta object literal for the '<em><b>Requirements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE__REQUIREMENTS = eINSTANCE.getService_Requirements();

		/**
		 * The meta object literal for the '{@link org.slicewright.model.slicing.impl.RequirementImpl <em>Requirement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.slicing.impl.RequirementImpl
		 * @see org.slicewright.model.slicing.impl.SlicingPackageImpl#getRequirement()
		 * @generated
		 */
		EClass REQUIREMENT = eINSTANCE.getRequirement();

		/**
		 * The meta object literal for the '<em><b>Indicator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REQUIREMENT__INDICATOR = eINSTANCE.getRequirement_Indicator();

		/**
		 * The meta object literal for the '<em><b>Comparison</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REQUIREMENT__COMPARISON = eINSTANCE.getRequirement_Comparison();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REQUIREMENT__VALUE = eINSTANCE.getRequirement_Value();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REQUIREMENT__UNIT = eINSTANCE.getRequirement_Unit();

		/**
		 * The meta object literal for the '{@link org.slicewright.model.slicing.impl.VNFImpl <em>VNF</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.slicing.impl.VNFImpl
		 * @see org.slicewright.model.slicing.impl.SlicingPackageImpl#getVNF()
		 * @generated
		 */
		EClass VNF = eINSTANCE.getVNF();

		/**
		 * The meta object literal for the '<em><b>Ai Function</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VNF__AI_FUNCTION = eINSTANCE.getVNF_AiFunction();

		/**
		 * The meta object literal for the '<em><b>Placements</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VNF__PLACEMENTS = eINSTANCE.getVNF_Placements();

		/**
		 * The meta object literal for the '{@link org.slicewright.model.slicing.impl.AITaskImpl <em>AI Task</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.slicing.impl.AITaskImpl
		 * @see org.slicewright.model.slicing.impl.SlicingPackageImpl#getAITask()
		 * @generated
		 */
		EClass AI_TASK = eINSTANCE.getAITask();

		/**
		 * The meta object literal for the '<em><b>Roles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AI_TASK__ROLES = eINSTANCE.getAITask_Roles();

		/**
		 * The meta object literal for the '<em><b>Resource Qos</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AI_TASK__RESOURCE_QOS = eINSTANCE.getAITask_ResourceQos();

		/**
		 * The meta object literal for the '{@link org.slicewright.model.slicing.impl.RoleAssignmentImpl <em>Role Assignment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.slicing.impl.RoleAssignmentImpl
		 * @see org.slicewright.model.slicing.impl.SlicingPackageImpl#getRoleAssignment()
		 * @generated
		 */
		EClass ROLE_ASSIGNMENT = eINSTANCE.getRoleAssignment();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE_ASSIGNMENT__ROLE = eINSTANCE.getRoleAssignment_Role();

		/**
		 * The meta object literal for the '<em><b>Deployment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE_ASSIGNMENT__DEPLOYMENT = eINSTANCE.getRoleAssignment_Deployment();

		/**
		 * The meta object literal for the '<em><b>Node</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROLE_ASSIGNMENT__NODE = eINSTANCE.getRoleAssignment_Node();

		/**
		 * The meta object literal for the '{@link org.slicewright.model.slicing.impl.ResourceQoSImpl <em>Resource Qo S</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.slicing.impl.ResourceQoSImpl
		 * @see org.slicewright.model.slicing.impl.SlicingPackageImpl#getResourceQoS()
		 * @generated
		 */
		EClass RESOURCE_QO_S = eINSTANCE.getResourceQoS();

		/**
		 * The meta object literal for the '<em><b>Resource</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_QO_S__RESOURCE = eINSTANCE.getResourceQoS_Resource();

		/**
		 * The meta object literal for the '<em><b>Metric</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_QO_S__METRIC = eINSTANCE.getResourceQoS_Metric();

		/**
		 * The meta object literal for the '<em><b>Comparison</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_QO_S__COMPARISON = eINSTANCE.getResourceQoS_Comparison();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_QO_S__VALUE = eINSTANCE.getResourceQoS_Value();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_QO_S__UNIT = eINSTANCE.getResourceQoS_Unit();

		/**
		 * The meta object literal for the '<em><b>Derived From</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESOURCE_QO_S__DERIVED_FROM = eINSTANCE.getResourceQoS_DerivedFrom();

		/**
		 * The meta object literal for the '{@link org.slicewright.model.slicing.impl.AIServiceImpl <em>AI Service</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.slicing.impl.AIServiceImpl
		 * @see org.slicewright.model.slicing.impl.SlicingPackageImpl#getAIService()
		 * @generated
		 */
		EClass AI_SERVICE = eINSTANCE.getAIService();

		/**
		 * The meta object literal for the '<em><b>Phases</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AI_SERVICE__PHASES = eINSTANCE.getAIService_Phases();

		/**
		 * The meta object literal for the '<em><b>Learning Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AI_SERVICE__LEARNING_METHOD = eINSTANCE.getAIService_LearningMethod();

		/**
		 * The meta object literal for the '<em><b>Functions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AI_SERVICE__FUNCTIONS = eINSTANCE.getAIService_Functions();

		/**
		 * The meta object literal for the '<em><b>Tasks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AI_SERVICE__TASKS = eINSTANCE.getAIService_Tasks();

		/**
		 * The meta object literal for the '{@link org.slicewright.model.slicing.impl.ConventionalServiceImpl <em>Conventional Service</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.slicing.impl.ConventionalServiceImpl
		 * @see org.slicewright.model.slicing.impl.SlicingPackageImpl#getConventionalService()
		 * @generated
		 */
		EClass CONVENTIONAL_SERVICE = eINSTANCE.getConventionalService();

		/**
		 * The meta object literal for the '<em><b>Traffic Mbps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONVENTIONAL_SERVICE__TRAFFIC_MBPS = eINSTANCE.getConventionalService_TrafficMbps();

		/**
		 * The meta object literal for the '<em><b>Functions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONVENTIONAL_SERVICE__FUNCTIONS = eINSTANCE.getConventionalService_Functions();

		/**
		 * The meta object literal for the '{@link org.slicewright.model.slicing.SliceKind <em>Slice Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.slicing.SliceKind
		 * @see org.slicewright.model.slicing.impl.SlicingPackageImpl#getSliceKind()
		 * @generated
		 */
		EEnum SLICE_KIND = eINSTANCE.getSliceKind();

		/**
		 * The meta object literal for the '{@link org.slicewright.model.slicing.AIPhase <em>AI Phase</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.slicing.AIPhase
		 * @see org.slicewright.model.slicing.impl.SlicingPackageImpl#getAIPhase()
		 * @generated
		 */
		EEnum AI_PHASE = eINSTANCE.getAIPhase();

		/**
		 * The meta object literal for the '{@link org.slicewright.model.slicing.LearningMethod <em>Learning Method</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.slicing.LearningMethod
		 * @see org.slicewright.model.slicing.impl.SlicingPackageImpl#getLearningMethod()
		 * @generated
		 */
		EEnum LEARNING_METHOD = eINSTANCE.getLearningMethod();

		/**
		 * The meta object literal for the '{@link org.slicewright.model.slicing.QoAISIndicator <em>Qo AIS Indicator</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.slicing.QoAISIndicator
		 * @see org.slicewright.model.slicing.impl.SlicingPackageImpl#getQoAISIndicator()
		 * @generated
		 */
		EEnum QO_AIS_INDICATOR = eINSTANCE.getQoAISIndicator();

		/**
		 * The meta object literal for the '{@link org.slicewright.model.slicing.Comparison <em>Comparison</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.slicing.Comparison
		 * @see org.slicewright.model.slicing.impl.SlicingPackageImpl#getComparison()
		 * @generated
		 */
		EEnum COMPARISON = eINSTANCE.getComparison();

		/**
		 * The meta object literal for the '{@link org.slicewright.model.slicing.TaskRole <em>Task Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.slicing.TaskRole
		 * @see org.slicewright.model.slicing.impl.SlicingPackageImpl#getTaskRole()
		 * @generated
		 */
		EEnum TASK_ROLE = eINSTANCE.getTaskRole();

		/**
		 * The meta object literal for the '{@link org.slicewright.model.slicing.DeploymentPoint <em>Deployment Point</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.slicing.DeploymentPoint
		 * @see org.slicewright.model.slicing.impl.SlicingPackageImpl#getDeploymentPoint()
		 * @generated
		 */
		EEnum DEPLOYMENT_POINT = eINSTANCE.getDeploymentPoint();

		/**
		 * The meta object literal for the '{@link org.slicewright.model.slicing.TaskResource <em>Task Resource</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.slicing.TaskResource
		 * @see org.slicewright.model.slicing.impl.SlicingPackageImpl#getTaskResource()
		 * @generated
		 */
		EEnum TASK_RESOURCE = eINSTANCE.getTaskResource();

	}

} //SlicingPackage
