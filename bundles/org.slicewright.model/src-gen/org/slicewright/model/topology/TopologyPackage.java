/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.topology;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

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
 * The physical network a planner draws: sites, nodes (base stations, access points, edge servers, boards with AI accelerators, cloud), links, hardware profiles and user-device groups.
 * <!-- end-model-doc -->
 * @see org.slicewright.model.topology.TopologyFactory
 * @model kind="package"
 * @generated
 */
public interface TopologyPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "topology";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://slicewright.org/model/topology/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "topology";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	TopologyPackage eINSTANCE = org.slicewright.model.topology.impl.TopologyPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.slicewright.model.topology.impl.IdentifiedImpl <em>Identified</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.topology.impl.IdentifiedImpl
	 * @see org.slicewright.model.topology.impl.TopologyPackageImpl#getIdentified()
	 * @generated
	 */
	int IDENTIFIED = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__NAME = 1;

	/**
	 * The number of structural features of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.slicewright.model.topology.impl.NetworkImpl <em>Network</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.topology.impl.NetworkImpl
	 * @see org.slicewright.model.topology.impl.TopologyPackageImpl#getNetwork()
	 * @generated
	 */
	int NETWORK = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__NAME = IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>Sites</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__SITES = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Nodes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__NODES = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__LINKS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Hardware Profiles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__HARDWARE_PROFILES = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Device Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__DEVICE_GROUPS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Network</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Network</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.slicewright.model.topology.impl.SiteImpl <em>Site</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.topology.impl.SiteImpl
	 * @see org.slicewright.model.topology.impl.TopologyPackageImpl#getSite()
	 * @generated
	 */
	int SITE = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__NAME = IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__X = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__Y = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Geographic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__GEOGRAPHIC = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Latitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__LATITUDE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Longitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__LONGITUDE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Site</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Site</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.slicewright.model.topology.impl.NodeResourcesImpl <em>Node Resources</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.topology.impl.NodeResourcesImpl
	 * @see org.slicewright.model.topology.impl.TopologyPackageImpl#getNodeResources()
	 * @generated
	 */
	int NODE_RESOURCES = 3;

	/**
	 * The feature id for the '<em><b>Compute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_RESOURCES__COMPUTE = 0;

	/**
	 * The feature id for the '<em><b>Memory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_RESOURCES__MEMORY = 1;

	/**
	 * The feature id for the '<em><b>Storage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_RESOURCES__STORAGE = 2;

	/**
	 * The feature id for the '<em><b>Accelerator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_RESOURCES__ACCELERATOR = 3;

	/**
	 * The number of structural features of the '<em>Node Resources</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_RESOURCES_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Node Resources</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_RESOURCES_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.slicewright.model.topology.impl.HardwareProfileImpl <em>Hardware Profile</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.topology.impl.HardwareProfileImpl
	 * @see org.slicewright.model.topology.impl.TopologyPackageImpl#getHardwareProfile()
	 * @generated
	 */
	int HARDWARE_PROFILE = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARDWARE_PROFILE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARDWARE_PROFILE__NAME = IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>Accelerator Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARDWARE_PROFILE__ACCELERATOR_KIND = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Entries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARDWARE_PROFILE__ENTRIES = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Hardware Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARDWARE_PROFILE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Hardware Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARDWARE_PROFILE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.slicewright.model.topology.impl.ProfileEntryImpl <em>Profile Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.topology.impl.ProfileEntryImpl
	 * @see org.slicewright.model.topology.impl.TopologyPackageImpl#getProfileEntry()
	 * @generated
	 */
	int PROFILE_ENTRY = 5;

	/**
	 * The feature id for the '<em><b>Frame Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE_ENTRY__FRAME_SIZE = 0;

	/**
	 * The feature id for the '<em><b>Instances</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE_ENTRY__INSTANCES = 1;

	/**
	 * The feature id for the '<em><b>Cpu Pre Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE_ENTRY__CPU_PRE_MS = 2;

	/**
	 * The feature id for the '<em><b>Accelerator Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE_ENTRY__ACCELERATOR_MS = 3;

	/**
	 * The feature id for the '<em><b>Cpu Post Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE_ENTRY__CPU_POST_MS = 4;

	/**
	 * The number of structural features of the '<em>Profile Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE_ENTRY_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Profile Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.slicewright.model.topology.impl.NodeImpl <em>Node</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.topology.impl.NodeImpl
	 * @see org.slicewright.model.topology.impl.TopologyPackageImpl#getNode()
	 * @generated
	 */
	int NODE = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__NAME = IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__KIND = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Site</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__SITE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Resources</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__RESOURCES = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Accelerator Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__ACCELERATOR_KIND = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Hardware Profile</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__HARDWARE_PROFILE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Stream Frame Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__STREAM_FRAME_SIZE = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Stream Fps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__STREAM_FPS = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Diagram X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__DIAGRAM_X = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Diagram Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__DIAGRAM_Y = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Diagram Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__DIAGRAM_WIDTH = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Diagram Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__DIAGRAM_HEIGHT = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.slicewright.model.topology.impl.LinkImpl <em>Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.topology.impl.LinkImpl
	 * @see org.slicewright.model.topology.impl.TopologyPackageImpl#getLink()
	 * @generated
	 */
	int LINK = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__NAME = IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__SOURCE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__TARGET = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Bandwidth Mbps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__BANDWIDTH_MBPS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Latency Mean Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__LATENCY_MEAN_MS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Latency Std Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__LATENCY_STD_MS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Latency Distribution</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__LATENCY_DISTRIBUTION = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Stable Alpha</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__STABLE_ALPHA = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Stable Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__STABLE_SCALE = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.slicewright.model.topology.impl.UserDeviceGroupImpl <em>User Device Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.topology.impl.UserDeviceGroupImpl
	 * @see org.slicewright.model.topology.impl.TopologyPackageImpl#getUserDeviceGroup()
	 * @generated
	 */
	int USER_DEVICE_GROUP = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_DEVICE_GROUP__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_DEVICE_GROUP__NAME = IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>Attached To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_DEVICE_GROUP__ATTACHED_TO = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_DEVICE_GROUP__SIZE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Diagram X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_DEVICE_GROUP__DIAGRAM_X = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Diagram Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_DEVICE_GROUP__DIAGRAM_Y = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Diagram Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_DEVICE_GROUP__DIAGRAM_WIDTH = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Diagram Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_DEVICE_GROUP__DIAGRAM_HEIGHT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>User Device Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_DEVICE_GROUP_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>User Device Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_DEVICE_GROUP_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.slicewright.model.topology.NodeKind <em>Node Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.topology.NodeKind
	 * @see org.slicewright.model.topology.impl.TopologyPackageImpl#getNodeKind()
	 * @generated
	 */
	int NODE_KIND = 9;

	/**
	 * The meta object id for the '{@link org.slicewright.model.topology.AcceleratorKind <em>Accelerator Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.topology.AcceleratorKind
	 * @see org.slicewright.model.topology.impl.TopologyPackageImpl#getAcceleratorKind()
	 * @generated
	 */
	int ACCELERATOR_KIND = 10;

	/**
	 * The meta object id for the '{@link org.slicewright.model.topology.LatencyDistribution <em>Latency Distribution</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.topology.LatencyDistribution
	 * @see org.slicewright.model.topology.impl.TopologyPackageImpl#getLatencyDistribution()
	 * @generated
	 */
	int LATENCY_DISTRIBUTION = 11;


	/**
	 * Returns the meta object for class '{@link org.slicewright.model.topology.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified</em>'.
	 * @see org.slicewright.model.topology.Identified
	 * @generated
	 */
	EClass getIdentified();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.topology.Identified#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.slicewright.model.topology.Identified#getId()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.topology.Identified#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.slicewright.model.topology.Identified#getName()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Name();

	/**
	 * Returns the meta object for class '{@link org.slicewright.model.topology.Network <em>Network</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Network</em>'.
	 * @see org.slicewright.model.topology.Network
	 * @generated
	 */
	EClass getNetwork();

	/**
	 * Returns the meta object for the containment reference list '{@link org.slicewright.model.topology.Network#getSites <em>Sites</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sites</em>'.
	 * @see org.slicewright.model.topology.Network#getSites()
	 * @see #getNetwork()
	 * @generated
	 */
	EReference getNetwork_Sites();

	/**
	 * Returns the meta object for the containment reference list '{@link org.slicewright.model.topology.Network#getNodes <em>Nodes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Nodes</em>'.
	 * @see org.slicewright.model.topology.Network#getNodes()
	 * @see #getNetwork()
	 * @generated
	 */
	EReference getNetwork_Nodes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.slicewright.model.topology.Network#getLinks <em>Links</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Links</em>'.
	 * @see org.slicewright.model.topology.Network#getLinks()
	 * @see #getNetwork()
	 * @generated
	 */
	EReference getNetwork_Links();

	/**
	 * Returns the meta object for the containment reference list '{@link org.slicewright.model.topology.Network#getHardwareProfiles <em>Hardware Profiles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Hardware Profiles</em>'.
	 * @see org.slicewright.model.topology.Network#getHardwareProfiles()
	 * @see #getNetwork()
	 * @generated
	 */
	EReference getNetwork_HardwareProfiles();

	/**
	 * Returns the meta object for the containment reference list '{@link org.slicewright.model.topology.Network#getDeviceGroups <em>Device Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Device Groups</em>'.
	 * @see org.slicewright.model.topology.Network#getDeviceGroups()
	 * @see #getNetwork()
	 * @generated
	 */
	EReference getNetwork_DeviceGroups();

	/**
	 * Returns the meta object for class '{@link org.slicewright.model.topology.Site <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Site</em>'.
	 * @see org.slicewright.model.topology.Site
	 * @generated
	 */
	EClass getSite();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.topology.Site#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see org.slicewright.model.topology.Site#getX()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_X();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.topology.Site#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see org.slicewright.model.topology.Site#getY()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_Y();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.topology.Site#isGeographic <em>Geographic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Geographic</em>'.
	 * @see org.slicewright.model.topology.Site#isGeographic()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_Geographic();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.topology.Site#getLatitude <em>Latitude</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Latitude</em>'.
	 * @see org.slicewright.model.topology.Site#getLatitude()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_Latitude();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.topology.Site#getLongitude <em>Longitude</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Longitude</em>'.
	 * @see org.slicewright.model.topology.Site#getLongitude()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_Longitude();

	/**
	 * Returns the meta object for class '{@link org.slicewright.model.topology.NodeResources <em>Node Resources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node Resources</em>'.
	 * @see org.slicewright.model.topology.NodeResources
	 * @generated
	 */
	EClass getNodeResources();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.topology.NodeResources#getCompute <em>Compute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Compute</em>'.
	 * @see org.slicewright.model.topology.NodeResources#getCompute()
	 * @see #getNodeResources()
	 * @generated
	 */
	EAttribute getNodeResources_Compute();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.topology.NodeResources#getMemory <em>Memory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Memory</em>'.
	 * @see org.slicewright.model.topology.NodeResources#getMemory()
	 * @see #getNodeResources()
	 * @generated
	 */
	EAttribute getNodeResources_Memory();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.topology.NodeResources#getStorage <em>Storage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Storage</em>'.
	 * @see org.slicewright.model.topology.NodeResources#getStorage()
	 * @see #getNodeResources()
	 * @generated
	 */
	EAttribute getNodeResources_Storage();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.topology.NodeResources#getAccelerator <em>Accelerator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Accelerator</em>'.
	 * @see org.slicewright.model.topology.NodeResources#getAccelerator()
	 * @see #getNodeResources()
	 * @generated
	 */
	EAttribute getNodeResources_Accelerator();

	/**
	 * Returns the meta object for class '{@link org.slicewright.model.topology.HardwareProfile <em>Hardware Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Hardware Profile</em>'.
	 * @see org.slicewright.model.topology.HardwareProfile
	 * @generated
	 */
	EClass getHardwareProfile();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.topology.HardwareProfile#getAcceleratorKind <em>Accelerator Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Accelerator Kind</em>'.
	 * @see org.slicewright.model.topology.HardwareProfile#getAcceleratorKind()
	 * @see #getHardwareProfile()
	 * @generated
	 */
	EAttribute getHardwareProfile_AcceleratorKind();

	/**
	 * Returns the meta object for the containment reference list '{@link org.slicewright.model.topology.HardwareProfile#getEntries <em>Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Entries</em>'.
	 * @see org.slicewright.model.topology.HardwareProfile#getEntries()
	 * @see #getHardwareProfile()
	 * @generated
	 */
	EReference getHardwareProfile_Entries();

	/**
	 * Returns the meta object for class '{@link org.slicewright.model.topology.ProfileEntry <em>Profile Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Profile Entry</em>'.
	 * @see org.slicewright.model.topology.ProfileEntry
	 * @generated
	 */
	EClass getProfileEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.topology.ProfileEntry#getFrameSize <em>Frame Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Frame Size</em>'.
	 * @see org.slicewright.model.topology.ProfileEntry#getFrameSize()
	 * @see #getProfileEntry()
	 * @generated
	 */
	EAttribute getProfileEntry_FrameSize();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.topology.ProfileEntry#getInstances <em>Instances</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Instances</em>'.
	 * @see org.slicewright.model.topology.ProfileEntry#getInstances()
	 * @see #getProfileEntry()
	 * @generated
	 */
	EAttribute getProfileEntry_Instances();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.topology.ProfileEntry#getCpuPreMs <em>Cpu Pre Ms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cpu Pre Ms</em>'.
	 * @see org.slicewright.model.topology.ProfileEntry#getCpuPreMs()
	 * @see #getProfileEntry()
	 * @generated
	 */
	EAttribute getProfileEntry_CpuPreMs();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.topology.ProfileEntry#getAcceleratorMs <em>Accelerator Ms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Accelerator Ms</em>'.
	 * @see org.slicewright.model.topology.ProfileEntry#getAcceleratorMs()
	 * @see #getProfileEntry()
	 * @generated
	 */
	EAttribute getProfileEntry_AcceleratorMs();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.topology.ProfileEntry#getCpuPostMs <em>Cpu Post Ms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cpu Post Ms</em>'.
	 * @see org.slicewright.model.topology.ProfileEntry#getCpuPostMs()
	 * @see #getProfileEntry()
	 * @generated
	 */
	EAttribute getProfileEntry_CpuPostMs();

	/**
	 * Returns the meta object for class '{@link org.slicewright.model.topology.Node <em>Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node</em>'.
	 * @see org.slicewright.model.topology.Node
	 * @generated
	 */
	EClass getNode();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.topology.Node#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.slicewright.model.topology.Node#getKind()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.slicewright.model.topology.Node#getSite <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Site</em>'.
	 * @see org.slicewright.model.topology.Node#getSite()
	 * @see #getNode()
	 * @generated
	 */
	EReference getNode_Site();

	/**
	 * Returns the meta object for the containment reference '{@link org.slicewright.model.topology.Node#getResources <em>Resources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Resources</em>'.
	 * @see org.slicewright.model.topology.Node#getResources()
	 * @see #getNode()
	 * @generated
	 */
	EReference getNode_Resources();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.topology.Node#getAcceleratorKind <em>Accelerator Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Accelerator Kind</em>'.
	 * @see org.slicewright.model.topology.Node#getAcceleratorKind()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_AcceleratorKind();

	/**
	 * Returns the meta object for the reference '{@link org.slicewright.model.topology.Node#getHardwareProfile <em>Hardware Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Hardware Profile</em>'.
	 * @see org.slicewright.model.topology.Node#getHardwareProfile()
	 * @see #getNode()
	 * @generated
	 */
	EReference getNode_HardwareProfile();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.topology.Node#getStreamFrameSize <em>Stream Frame Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stream Frame Size</em>'.
	 * @see org.slicewright.model.topology.Node#getStreamFrameSize()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_StreamFrameSize();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.topology.Node#getStreamFps <em>Stream Fps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stream Fps</em>'.
	 * @see org.slicewright.model.topology.Node#getStreamFps()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_StreamFps();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.topology.Node#getDiagramX <em>Diagram X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Diagram X</em>'.
	 * @see org.slicewright.model.topology.Node#getDiagramX()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_DiagramX();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.topology.Node#getDiagramY <em>Diagram Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Diagram Y</em>'.
	 * @see org.slicewright.model.topology.Node#getDiagramY()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_DiagramY();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.topology.Node#getDiagramWidth <em>Diagram Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Diagram Width</em>'.
	 * @see org.slicewright.model.topology.Node#getDiagramWidth()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_DiagramWidth();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.topology.Node#getDiagramHeight <em>Diagram Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Diagram Height</em>'.
	 * @see org.slicewright.model.topology.Node#getDiagramHeight()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_DiagramHeight();

	/**
	 * Returns the meta object for class '{@link org.slicewright.model.topology.Link <em>Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Link</em>'.
	 * @see org.slicewright.model.topology.Link
	 * @generated
	 */
	EClass getLink();

	/**
	 * Returns the meta object for the reference '{@link org.slicewright.model.topology.Link#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.slicewright.model.topology.Link#getSource()
	 * @see #getLink()
	 * @generated
	 */
	EReference getLink_Source();

	/**
	 * Returns the meta object for the reference '{@link org.slicewright.model.topology.Link#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.slicewright.model.topology.Link#getTarget()
	 * @see #getLink()
	 * @generated
	 */
	EReference getLink_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.topology.Link#getBandwidthMbps <em>Bandwidth Mbps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bandwidth Mbps</em>'.
	 * @see org.slicewright.model.topology.Link#getBandwidthMbps()
	 * @see #getLink()
	 * @generated
	 */
	EAttribute getLink_BandwidthMbps();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.topology.Link#getLatencyMeanMs <em>Latency Mean Ms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Latency Mean Ms</em>'.
	 * @see org.slicewright.model.topology.Link#getLatencyMeanMs()
	 * @see #getLink()
	 * @generated
	 */
	EAttribute getLink_LatencyMeanMs();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.topology.Link#getLatencyStdMs <em>Latency Std Ms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Latency Std Ms</em>'.
	 * @see org.slicewright.model.topology.Link#getLatencyStdMs()
	 * @see #getLink()
	 * @generated
	 */
	EAttribute getLink_LatencyStdMs();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.topology.Link#getLatencyDistribution <em>Latency Distribution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Latency Distribution</em>'.
	 * @see org.slicewright.model.topology.Link#getLatencyDistribution()
	 * @see #getLink()
	 * @generated
	 */
	EAttribute getLink_LatencyDistribution();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.topology.Link#getStableAlpha <em>Stable Alpha</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stable Alpha</em>'.
	 * @see org.slicewright.model.topology.Link#getStableAlpha()
	 * @see #getLink()
	 * @generated
	 */
	EAttribute getLink_StableAlpha();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.topology.Link#getStableScale <em>Stable Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stable Scale</em>'.
	 * @see org.slicewright.model.topology.Link#getStableScale()
	 * @see #getLink()
	 * @generated
	 */
	EAttribute getLink_StableScale();

	/**
	 * Returns the meta object for class '{@link org.slicewright.model.topology.UserDeviceGroup <em>User Device Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>User Device Group</em>'.
	 * @see org.slicewright.model.topology.UserDeviceGroup
	 * @generated
	 */
	EClass getUserDeviceGroup();

	/**
	 * Returns the meta object for the reference '{@link org.slicewright.model.topology.UserDeviceGroup#getAttachedTo <em>Attached To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Attached To</em>'.
	 * @see org.slicewright.model.topology.UserDeviceGroup#getAttachedTo()
	 * @see #getUserDeviceGroup()
	 * @generated
	 */
	EReference getUserDeviceGroup_AttachedTo();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.topology.UserDeviceGroup#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.slicewright.model.topology.UserDeviceGroup#getSize()
	 * @see #getUserDeviceGroup()
	 * @generated
	 */
	EAttribute getUserDeviceGroup_Size();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.topology.UserDeviceGroup#getDiagramX <em>Diagram X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Diagram X</em>'.
	 * @see org.slicewright.model.topology.UserDeviceGroup#getDiagramX()
	 * @see #getUserDeviceGroup()
	 * @generated
	 */
	EAttribute getUserDeviceGroup_DiagramX();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.topology.UserDeviceGroup#getDiagramY <em>Diagram Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Diagram Y</em>'.
	 * @see org.slicewright.model.topology.UserDeviceGroup#getDiagramY()
	 * @see #getUserDeviceGroup()
	 * @generated
	 */
	EAttribute getUserDeviceGroup_DiagramY();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.topology.UserDeviceGroup#getDiagramWidth <em>Diagram Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Diagram Width</em>'.
	 * @see org.slicewright.model.topology.UserDeviceGroup#getDiagramWidth()
	 * @see #getUserDeviceGroup()
	 * @generated
	 */
	EAttribute getUserDeviceGroup_DiagramWidth();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.topology.UserDeviceGroup#getDiagramHeight <em>Diagram Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Diagram Height</em>'.
	 * @see org.slicewright.model.topology.UserDeviceGroup#getDiagramHeight()
	 * @see #getUserDeviceGroup()
	 * @generated
	 */
	EAttribute getUserDeviceGroup_DiagramHeight();

	/**
	 * Returns the meta object for enum '{@link org.slicewright.model.topology.NodeKind <em>Node Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Node Kind</em>'.
	 * @see org.slicewright.model.topology.NodeKind
	 * @generated
	 */
	EEnum getNodeKind();

	/**
	 * Returns the meta object for enum '{@link org.slicewright.model.topology.AcceleratorKind <em>Accelerator Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Accelerator Kind</em>'.
	 * @see org.slicewright.model.topology.AcceleratorKind
	 * @generated
	 */
	EEnum getAcceleratorKind();

	/**
	 * Returns the meta object for enum '{@link org.slicewright.model.topology.LatencyDistribution <em>Latency Distribution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Latency Distribution</em>'.
	 * @see org.slicewright.model.topology.LatencyDistribution
	 * @generated
	 */
	EEnum getLatencyDistribution();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	TopologyFactory getTopologyFactory();

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
		 * The meta object literal for the '{@link org.slicewright.model.topology.impl.IdentifiedImpl <em>Identified</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.topology.impl.IdentifiedImpl
		 * @see org.slicewright.model.topology.impl.TopologyPackageImpl#getIdentified()
		 * @generated
		 */
		EClass IDENTIFIED = eINSTANCE.getIdentified();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__ID = eINSTANCE.getIdentified_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__NAME = eINSTANCE.getIdentified_Name();

		/**
		 * The meta object literal for the '{@link org.slicewright.model.topology.impl.NetworkImpl <em>Network</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.topology.impl.NetworkImpl
		 * @see org.slicewright.model.topology.impl.TopologyPackageImpl#getNetwork()
		 * @generated
		 */
		EClass NETWORK = eINSTANCE.getNetwork();

		/**
		 * The meta object literal for the '<em><b>Sites</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK__SITES = eINSTANCE.getNetwork_Sites();

		/**
		 * The meta object literal for the '<em><b>Nodes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK__NODES = eINSTANCE.getNetwork_Nodes();

		/**
		 * The meta object literal for the '<em><b>Links</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK__LINKS = eINSTANCE.getNetwork_Links();

		/**
		 * The meta object literal for the '<em><b>Hardware Profiles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK__HARDWARE_PROFILES = eINSTANCE.getNetwork_HardwareProfiles();

		/**
		 * The meta object literal for the '<em><b>Device Groups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK__DEVICE_GROUPS = eINSTANCE.getNetwork_DeviceGroups();

		/**
		 * The meta object literal for the '{@link org.slicewright.model.topology.impl.SiteImpl <em>Site</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.topology.impl.SiteImpl
		 * @see org.slicewright.model.topology.impl.TopologyPackageImpl#getSite()
		 * @generated
		 */
		EClass SITE = eINSTANCE.getSite();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__X = eINSTANCE.getSite_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__Y = eINSTANCE.getSite_Y();

		/**
		 * The meta object literal for the '<em><b>Geographic</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__GEOGRAPHIC = eINSTANCE.getSite_Geographic();

		/**
		 * The meta object literal for the '<em><b>Latitude</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__LATITUDE = eINSTANCE.getSite_Latitude();

		/**
		 * The meta object literal for the '<em><b>Longitude</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__LONGITUDE = eINSTANCE.getSite_Longitude();

		/**
		 * The meta object literal for the '{@link org.slicewright.model.topology.impl.NodeResourcesImpl <em>Node Resources</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.topology.impl.NodeResourcesImpl
		 * @see org.slicewright.model.topology.impl.TopologyPackageImpl#getNodeResources()
		 * @generated
		 */
		EClass NODE_RESOURCES = eINSTANCE.getNodeResources();

		/**
		 * The meta object literal for the '<em><b>Compute</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_RESOURCES__COMPUTE = eINSTANCE.getNodeResources_Compute();

		/**
		 * The meta object literal for the '<em><b>Memory</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_RESOURCES__MEMORY = eINSTANCE.getNodeResources_Memory();

		/**
		 * The meta object literal for the '<em><b>Storage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_RESOURCES__STORAGE = eINSTANCE.getNodeResources_Storage();

		/**
		 * The meta object literal for the '<em><b>Accelerator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_RESOURCES__ACCELERATOR = eINSTANCE.getNodeResources_Accelerator();

		/**
		 * The meta object literal for the '{@link org.slicewright.model.topology.impl.HardwareProfileImpl <em>Hardware Profile</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.topology.impl.HardwareProfileImpl
		 * @see org.slicewright.model.topology.impl.TopologyPackageImpl#getHardwareProfile()
		 * @generated
		 */
		EClass HARDWARE_PROFILE = eINSTANCE.getHardwareProfile();

		/**
		 * The meta object literal for the '<em><b>Accelerator Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HARDWARE_PROFILE__ACCELERATOR_KIND = eINSTANCE.getHardwareProfile_AcceleratorKind();

		/**
		 * The meta object literal for the '<em><b>Entries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HARDWARE_PROFILE__ENTRIES = eINSTANCE.getHardwareProfile_Entries();

		/**
		 * The meta object literal for the '{@link org.slicewright.model.topology.impl.ProfileEntryImpl <em>Profile Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.topology.impl.ProfileEntryImpl
		 * @see org.slicewright.model.topology.impl.TopologyPackageImpl#getProfileEntry()
		 * @generated
		 */
		EClass PROFILE_ENTRY = eINSTANCE.getProfileEntry();

		/**
		 * The meta object literal for the '<em><b>Frame Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROFILE_ENTRY__FRAME_SIZE = eINSTANCE.getProfileEntry_FrameSize();

		/**
		 * The meta object literal for the '<em><b>Instances</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROFILE_ENTRY__INSTANCES = eINSTANCE.getProfileEntry_Instances();

		/**
		 * The meta object literal for the '<em><b>Cpu Pre Ms</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROFILE_ENTRY__CPU_PRE_MS = eINSTANCE.getProfileEntry_CpuPreMs();

		/**
		 * The meta object literal for the '<em><b>Accelerator Ms</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROFILE_ENTRY__ACCELERATOR_MS = eINSTANCE.getProfileEntry_AcceleratorMs();

		/**
		 * The meta object literal for the '<em><b>Cpu Post Ms</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROFILE_ENTRY__CPU_POST_MS = eINSTANCE.getProfileEntry_CpuPostMs();

		/**
		 * The meta object literal for the '{@link org.slicewright.model.topology.impl.NodeImpl <em>Node</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.topology.impl.NodeImpl
		 * @see org.slicewright.model.topology.impl.TopologyPackageImpl#getNode()
		 * @generated
		 */
		EClass NODE = eINSTANCE.getNode();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__KIND = eINSTANCE.getNode_Kind();

		/**
		 * The meta object literal for the '<em><b>Site</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE__SITE = eINSTANCE.getNode_Site();

		/**
		 * The meta object literal for the '<em><b>Resources</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE__RESOURCES = eINSTANCE.getNode_Resources();

		/**
		 * The meta object literal for the '<em><b>Accelerator Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__ACCELERATOR_KIND = eINSTANCE.getNode_AcceleratorKind();

		/**
		 * The meta object literal for the '<em><b>Hardware Profile</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE__HARDWARE_PROFILE = eINSTANCE.getNode_HardwareProfile();

		/**
		 * The meta object literal for the '<em><b>Stream Frame Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__STREAM_FRAME_SIZE = eINSTANCE.getNode_StreamFrameSize();

		/**
		 * The meta object literal for the '<em><b>Stream Fps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__STREAM_FPS = eINSTANCE.getNode_StreamFps();

		/**
		 * The meta object literal for the '<em><b>Diagram X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__DIAGRAM_X = eINSTANCE.getNode_DiagramX();

		/**
		 * The meta object literal for the '<em><b>Diagram Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__DIAGRAM_Y = eINSTANCE.getNode_DiagramY();

		/**
		 * The meta object literal for the '<em><b>Diagram Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__DIAGRAM_WIDTH = eINSTANCE.getNode_DiagramWidth();

		/**
		 * The meta object literal for the '<em><b>Diagram Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__DIAGRAM_HEIGHT = eINSTANCE.getNode_DiagramHeight();

		/**
		 * The meta object literal for the '{@link org.slicewright.model.topology.impl.LinkImpl <em>Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.topology.impl.LinkImpl
		 * @see org.slicewright.model.topology.impl.TopologyPackageImpl#getLink()
		 * @generated
		 */
		EClass LINK = eINSTANCE.getLink();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LINK__SOURCE = eINSTANCE.getLink_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LINK__TARGET = eINSTANCE.getLink_Target();

		/**
		 * The meta object literal for the '<em><b>Bandwidth Mbps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINK__BANDWIDTH_MBPS = eINSTANCE.getLink_BandwidthMbps();

		/**
		 * The meta object literal for the '<em><b>Latency Mean Ms</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINK__LATENCY_MEAN_MS = eINSTANCE.getLink_LatencyMeanMs();

		/**
		 * The meta object literal for the '<em><b>Latency Std Ms</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINK__LATENCY_STD_MS = eINSTANCE.getLink_LatencyStdMs();

		/**
		 * The meta object literal for the '<em><b>Latency Distribution</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINK__LATENCY_DISTRIBUTION = eINSTANCE.getLink_LatencyDistribution();

		/**
		 * The meta object literal for the '<em><b>Stable Alpha</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINK__STABLE_ALPHA = eINSTANCE.getLink_StableAlpha();

		/**
		 * The meta object literal for the '<em><b>Stable Scale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINK__STABLE_SCALE = eINSTANCE.getLink_StableScale();

		/**
		 * The meta object literal for the '{@link org.slicewright.model.topology.impl.UserDeviceGroupImpl <em>User Device Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.topology.impl.UserDeviceGroupImpl
		 * @see org.slicewright.model.topology.impl.TopologyPackageImpl#getUserDeviceGroup()
		 * @generated
		 */
		EClass USER_DEVICE_GROUP = eINSTANCE.getUserDeviceGroup();

		/**
		 * The meta object literal for the '<em><b>Attached To</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference USER_DEVICE_GROUP__ATTACHED_TO = eINSTANCE.getUserDeviceGroup_AttachedTo();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER_DEVICE_GROUP__SIZE = eINSTANCE.getUserDeviceGroup_Size();

		/**
		 * The meta object literal for the '<em><b>Diagram X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER_DEVICE_GROUP__DIAGRAM_X = eINSTANCE.getUserDeviceGroup_DiagramX();

		/**
		 * The meta object literal for the '<em><b>Diagram Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER_DEVICE_GROUP__DIAGRAM_Y = eINSTANCE.getUserDeviceGroup_DiagramY();

		/**
		 * The meta object literal for the '<em><b>Diagram Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER_DEVICE_GROUP__DIAGRAM_WIDTH = eINSTANCE.getUserDeviceGroup_DiagramWidth();

		/**
		 * The meta object literal for the '<em><b>Diagram Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER_DEVICE_GROUP__DIAGRAM_HEIGHT = eINSTANCE.getUserDeviceGroup_DiagramHeight();

		/**
		 * The meta object literal for the '{@link org.slicewright.model.topology.NodeKind <em>Node Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.topology.NodeKind
		 * @see org.slicewright.model.topology.impl.TopologyPackageImpl#getNodeKind()
		 * @generated
		 */
		EEnum NODE_KIND = eINSTANCE.getNodeKind();

		/**
		 * The meta object literal for the '{@link org.slicewright.model.topology.AcceleratorKind <em>Accelerator Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.topology.AcceleratorKind
		 * @see org.slicewright.model.topology.impl.TopologyPackageImpl#getAcceleratorKind()
		 * @generated
		 */
		EEnum ACCELERATOR_KIND = eINSTANCE.getAcceleratorKind();

		/**
		 * The meta object literal for the '{@link org.slicewright.model.topology.LatencyDistribution <em>Latency Distribution</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.topology.LatencyDistribution
		 * @see org.slicewright.model.topology.impl.TopologyPackageImpl#getLatencyDistribution()
		 * @generated
		 */
		EEnum LATENCY_DISTRIBUTION = eINSTANCE.getLatencyDistribution();

	}

} //TopologyPackage
