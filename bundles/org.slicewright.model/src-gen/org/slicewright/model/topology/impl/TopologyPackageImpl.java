/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.topology.impl;

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

import org.slicewright.model.topology.AcceleratorKind;
import org.slicewright.model.topology.HardwareProfile;
import org.slicewright.model.topology.Identified;
import org.slicewright.model.topology.LatencyDistribution;
import org.slicewright.model.topology.Link;
import org.slicewright.model.topology.Network;
import org.slicewright.model.topology.Node;
import org.slicewright.model.topology.NodeKind;
import org.slicewright.model.topology.NodeResources;
import org.slicewright.model.topology.ProfileEntry;
import org.slicewright.model.topology.Site;
import org.slicewright.model.topology.TopologyFactory;
import org.slicewright.model.topology.TopologyPackage;
import org.slicewright.model.topology.UserDeviceGroup;

import org.slicewright.model.twins.TwinsPackage;

import org.slicewright.model.twins.impl.TwinsPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class TopologyPackageImpl extends EPackageImpl implements TopologyPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass identifiedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass networkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass siteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass nodeResourcesEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass hardwareProfileEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass profileEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass nodeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass linkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass userDeviceGroupEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum nodeKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum acceleratorKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum latencyDistributionEEnum = null;

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
	 * @see org.slicewright.model.topology.TopologyPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private TopologyPackageImpl() {
		super(eNS_URI, TopologyFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link TopologyPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static TopologyPackage init() {
		if (isInited) return (TopologyPackage)EPackage.Registry.INSTANCE.getEPackage(TopologyPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredTopologyPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		TopologyPackageImpl theTopologyPackage = registeredTopologyPackage instanceof TopologyPackageImpl ? (TopologyPackageImpl)registeredTopologyPackage : new TopologyPackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(SlicingPackage.eNS_URI);
		SlicingPackageImpl theSlicingPackage = (SlicingPackageImpl)(registeredPackage instanceof SlicingPackageImpl ? registeredPackage : SlicingPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(PoolingPackage.eNS_URI);
		PoolingPackageImpl thePoolingPackage = (PoolingPackageImpl)(registeredPackage instanceof PoolingPackageImpl ? registeredPackage : PoolingPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(TwinsPackage.eNS_URI);
		TwinsPackageImpl theTwinsPackage = (TwinsPackageImpl)(registeredPackage instanceof TwinsPackageImpl ? registeredPackage : TwinsPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ScenarioPackage.eNS_URI);
		ScenarioPackageImpl theScenarioPackage = (ScenarioPackageImpl)(registeredPackage instanceof ScenarioPackageImpl ? registeredPackage : ScenarioPackage.eINSTANCE);

		// Create package meta-data objects
		theTopologyPackage.createPackageContents();
		theSlicingPackage.createPackageContents();
		thePoolingPackage.createPackageContents();
		theTwinsPackage.createPackageContents();
		theScenarioPackage.createPackageContents();

		// Initialize created meta-data
		theTopologyPackage.initializePackageContents();
		theSlicingPackage.initializePackageContents();
		thePoolingPackage.initializePackageContents();
		theTwinsPackage.initializePackageContents();
		theScenarioPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theTopologyPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(TopologyPackage.eNS_URI, theTopologyPackage);
		return theTopologyPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIdentified() {
		return identifiedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentified_Id() {
		return (EAttribute)identifiedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentified_Name() {
		return (EAttribute)identifiedEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNetwork() {
		return networkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetwork_Sites() {
		return (EReference)networkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetwork_Nodes() {
		return (EReference)networkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetwork_Links() {
		return (EReference)networkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetwork_HardwareProfiles() {
		return (EReference)networkEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetwork_DeviceGroups() {
		return (EReference)networkEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSite() {
		return siteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSite_X() {
		return (EAttribute)siteEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSite_Y() {
		return (EAttribute)siteEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSite_Geographic() {
		return (EAttribute)siteEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSite_Latitude() {
		return (EAttribute)siteEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSite_Longitude() {
		return (EAttribute)siteEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNodeResources() {
		return nodeResourcesEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeResources_Compute() {
		return (EAttribute)nodeResourcesEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeResources_Memory() {
		return (EAttribute)nodeResourcesEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeResources_Storage() {
		return (EAttribute)nodeResourcesEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeResources_Accelerator() {
		return (EAttribute)nodeResourcesEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHardwareProfile() {
		return hardwareProfileEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHardwareProfile_AcceleratorKind() {
		return (EAttribute)hardwareProfileEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHardwareProfile_Entries() {
		return (EReference)hardwareProfileEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProfileEntry() {
		return profileEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProfileEntry_FrameSize() {
		return (EAttribute)profileEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProfileEntry_Instances() {
		return (EAttribute)profileEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProfileEntry_CpuPreMs() {
		return (EAttribute)profileEntryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProfileEntry_AcceleratorMs() {
		return (EAttribute)profileEntryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProfileEntry_CpuPostMs() {
		return (EAttribute)profileEntryEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNode() {
		return nodeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNode_Kind() {
		return (EAttribute)nodeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNode_Site() {
		return (EReference)nodeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNode_Resources() {
		return (EReference)nodeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNode_AcceleratorKind() {
		return (EAttribute)nodeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNode_HardwareProfile() {
		return (EReference)nodeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNode_StreamFrameSize() {
		return (EAttribute)nodeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNode_StreamFps() {
		return (EAttribute)nodeEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNode_DiagramX() {
		return (EAttribute)nodeEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNode_DiagramY() {
		return (EAttribute)nodeEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNode_DiagramWidth() {
		return (EAttribute)nodeEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNode_DiagramHeight() {
		return (EAttribute)nodeEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLink() {
		return linkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLink_Source() {
		return (EReference)linkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLink_Target() {
		return (EReference)linkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLink_BandwidthMbps() {
		return (EAttribute)linkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLink_LatencyMeanMs() {
		return (EAttribute)linkEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLink_LatencyStdMs() {
		return (EAttribute)linkEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLink_LatencyDistribution() {
		return (EAttribute)linkEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLink_StableAlpha() {
		return (EAttribute)linkEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLink_StableScale() {
		return (EAttribute)linkEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUserDeviceGroup() {
		return userDeviceGroupEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUserDeviceGroup_AttachedTo() {
		return (EReference)userDeviceGroupEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUserDeviceGroup_Size() {
		return (EAttribute)userDeviceGroupEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUserDeviceGroup_DiagramX() {
		return (EAttribute)userDeviceGroupEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUserDeviceGroup_DiagramY() {
		return (EAttribute)userDeviceGroupEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUserDeviceGroup_DiagramWidth() {
		return (EAttribute)userDeviceGroupEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUserDeviceGroup_DiagramHeight() {
		return (EAttribute)userDeviceGroupEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getNodeKind() {
		return nodeKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAcceleratorKind() {
		return acceleratorKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLatencyDistribution() {
		return latencyDistributionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TopologyFactory getTopologyFactory() {
		return (TopologyFactory)getEFactoryInstance();
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
		identifiedEClass = createEClass(IDENTIFIED);
		createEAttribute(identifiedEClass, IDENTIFIED__ID);
		createEAttribute(identifiedEClass, IDENTIFIED__NAME);

		networkEClass = createEClass(NETWORK);
		createEReference(networkEClass, NETWORK__SITES);
		createEReference(networkEClass, NETWORK__NODES);
		createEReference(networkEClass, NETWORK__LINKS);
		createEReference(networkEClass, NETWORK__HARDWARE_PROFILES);
		createEReference(networkEClass, NETWORK__DEVICE_GROUPS);

		siteEClass = createEClass(SITE);
		createEAttribute(siteEClass, SITE__X);
		createEAttribute(siteEClass, SITE__Y);
		createEAttribute(siteEClass, SITE__GEOGRAPHIC);
		createEAttribute(siteEClass, SITE__LATITUDE);
		createEAttribute(siteEClass, SITE__LONGITUDE);

		nodeResourcesEClass = createEClass(NODE_RESOURCES);
		createEAttribute(nodeResourcesEClass, NODE_RESOURCES__COMPUTE);
		createEAttribute(nodeResourcesEClass, NODE_RESOURCES__MEMORY);
		createEAttribute(nodeResourcesEClass, NODE_RESOURCES__STORAGE);
		createEAttribute(nodeResourcesEClass, NODE_RESOURCES__ACCELERATOR);

		hardwareProfileEClass = createEClass(HARDWARE_PROFILE);
		createEAttribute(hardwareProfileEClass, HARDWARE_PROFILE__ACCELERATOR_KIND);
		createEReference(hardwareProfileEClass, HARDWARE_PROFILE__ENTRIES);

		profileEntryEClass = createEClass(PROFILE_ENTRY);
		createEAttribute(profileEntryEClass, PROFILE_ENTRY__FRAME_SIZE);
		createEAttribute(profileEntryEClass, PROFILE_ENTRY__INSTANCES);
		createEAttribute(profileEntryEClass, PROFILE_ENTRY__CPU_PRE_MS);
		createEAttribute(profileEntryEClass, PROFILE_ENTRY__ACCELERATOR_MS);
		createEAttribute(profileEntryEClass, PROFILE_ENTRY__CPU_POST_MS);

		nodeEClass = createEClass(NODE);
		createEAttribute(nodeEClass, NODE__KIND);
		createEReference(nodeEClass, NODE__SITE);
		createEReference(nodeEClass, NODE__RESOURCES);
		createEAttribute(nodeEClass, NODE__ACCELERATOR_KIND);
		createEReference(nodeEClass, NODE__HARDWARE_PROFILE);
		createEAttribute(nodeEClass, NODE__STREAM_FRAME_SIZE);
		createEAttribute(nodeEClass, NODE__STREAM_FPS);
		createEAttribute(nodeEClass, NODE__DIAGRAM_X);
		createEAttribute(nodeEClass, NODE__DIAGRAM_Y);
		createEAttribute(nodeEClass, NODE__DIAGRAM_WIDTH);
		createEAttribute(nodeEClass, NODE__DIAGRAM_HEIGHT);

		linkEClass = createEClass(LINK);
		createEReference(linkEClass, LINK__SOURCE);
		createEReference(linkEClass, LINK__TARGET);
		createEAttribute(linkEClass, LINK__BANDWIDTH_MBPS);
		createEAttribute(linkEClass, LINK__LATENCY_MEAN_MS);
		createEAttribute(linkEClass, LINK__LATENCY_STD_MS);
		createEAttribute(linkEClass, LINK__LATENCY_DISTRIBUTION);
		createEAttribute(linkEClass, LINK__STABLE_ALPHA);
		createEAttribute(linkEClass, LINK__STABLE_SCALE);

		userDeviceGroupEClass = createEClass(USER_DEVICE_GROUP);
		createEReference(userDeviceGroupEClass, USER_DEVICE_GROUP__ATTACHED_TO);
		createEAttribute(userDeviceGroupEClass, USER_DEVICE_GROUP__SIZE);
		createEAttribute(userDeviceGroupEClass, USER_DEVICE_GROUP__DIAGRAM_X);
		createEAttribute(userDeviceGroupEClass, USER_DEVICE_GROUP__DIAGRAM_Y);
		createEAttribute(userDeviceGroupEClass, USER_DEVICE_GROUP__DIAGRAM_WIDTH);
		createEAttribute(userDeviceGroupEClass, USER_DEVICE_GROUP__DIAGRAM_HEIGHT);

		// Create enums
		nodeKindEEnum = createEEnum(NODE_KIND);
		acceleratorKindEEnum = createEEnum(ACCELERATOR_KIND);
		latencyDistributionEEnum = createEEnum(LATENCY_DISTRIBUTION);
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

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		networkEClass.getESuperTypes().add(this.getIdentified());
		siteEClass.getESuperTypes().add(this.getIdentified());
		hardwareProfileEClass.getESuperTypes().add(this.getIdentified());
		nodeEClass.getESuperTypes().add(this.getIdentified());
		linkEClass.getESuperTypes().add(this.getIdentified());
		userDeviceGroupEClass.getESuperTypes().add(this.getIdentified());

		// Initialize classes, features, and operations; add parameters
		initEClass(identifiedEClass, Identified.class, "Identified", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIdentified_Id(), ecorePackage.getEString(), "id", null, 0, 1, Identified.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIdentified_Name(), ecorePackage.getEString(), "name", null, 0, 1, Identified.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(networkEClass, Network.class, "Network", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getNetwork_Sites(), this.getSite(), null, "sites", null, 0, -1, Network.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNetwork_Nodes(), this.getNode(), null, "nodes", null, 0, -1, Network.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNetwork_Links(), this.getLink(), null, "links", null, 0, -1, Network.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNetwork_HardwareProfiles(), this.getHardwareProfile(), null, "hardwareProfiles", null, 0, -1, Network.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNetwork_DeviceGroups(), this.getUserDeviceGroup(), null, "deviceGroups", null, 0, -1, Network.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(siteEClass, Site.class, "Site", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSite_X(), ecorePackage.getEDouble(), "x", "0.0", 0, 1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSite_Y(), ecorePackage.getEDouble(), "y", "0.0", 0, 1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSite_Geographic(), ecorePackage.getEBoolean(), "geographic", "false", 0, 1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSite_Latitude(), ecorePackage.getEDouble(), "latitude", "0.0", 0, 1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSite_Longitude(), ecorePackage.getEDouble(), "longitude", "0.0", 0, 1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(nodeResourcesEClass, NodeResources.class, "NodeResources", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNodeResources_Compute(), ecorePackage.getEDouble(), "compute", "0.0", 0, 1, NodeResources.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNodeResources_Memory(), ecorePackage.getEDouble(), "memory", "0.0", 0, 1, NodeResources.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNodeResources_Storage(), ecorePackage.getEDouble(), "storage", "0.0", 0, 1, NodeResources.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNodeResources_Accelerator(), ecorePackage.getEDouble(), "accelerator", "0.0", 0, 1, NodeResources.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(hardwareProfileEClass, HardwareProfile.class, "HardwareProfile", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getHardwareProfile_AcceleratorKind(), this.getAcceleratorKind(), "acceleratorKind", "NONE", 0, 1, HardwareProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHardwareProfile_Entries(), this.getProfileEntry(), null, "entries", null, 0, -1, HardwareProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(profileEntryEClass, ProfileEntry.class, "ProfileEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProfileEntry_FrameSize(), ecorePackage.getEInt(), "frameSize", "600", 0, 1, ProfileEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProfileEntry_Instances(), ecorePackage.getEInt(), "instances", "1", 0, 1, ProfileEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProfileEntry_CpuPreMs(), ecorePackage.getEDouble(), "cpuPreMs", "0.0", 0, 1, ProfileEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProfileEntry_AcceleratorMs(), ecorePackage.getEDouble(), "acceleratorMs", "0.0", 0, 1, ProfileEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProfileEntry_CpuPostMs(), ecorePackage.getEDouble(), "cpuPostMs", "0.0", 0, 1, ProfileEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(nodeEClass, Node.class, "Node", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNode_Kind(), this.getNodeKind(), "kind", "ACCESS_POINT", 0, 1, Node.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNode_Site(), this.getSite(), null, "site", null, 0, 1, Node.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNode_Resources(), this.getNodeResources(), null, "resources", null, 0, 1, Node.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNode_AcceleratorKind(), this.getAcceleratorKind(), "acceleratorKind", "NONE", 0, 1, Node.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNode_HardwareProfile(), this.getHardwareProfile(), null, "hardwareProfile", null, 0, 1, Node.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNode_StreamFrameSize(), ecorePackage.getEInt(), "streamFrameSize", "600", 0, 1, Node.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNode_StreamFps(), ecorePackage.getEDouble(), "streamFps", "5.0", 0, 1, Node.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNode_DiagramX(), ecorePackage.getEDouble(), "diagramX", "0.0", 0, 1, Node.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNode_DiagramY(), ecorePackage.getEDouble(), "diagramY", "0.0", 0, 1, Node.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNode_DiagramWidth(), ecorePackage.getEDouble(), "diagramWidth", "0.0", 0, 1, Node.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNode_DiagramHeight(), ecorePackage.getEDouble(), "diagramHeight", "0.0", 0, 1, Node.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(linkEClass, Link.class, "Link", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getLink_Source(), this.getNode(), null, "source", null, 0, 1, Link.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLink_Target(), this.getNode(), null, "target", null, 0, 1, Link.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLink_BandwidthMbps(), ecorePackage.getEDouble(), "bandwidthMbps", "1000.0", 0, 1, Link.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLink_LatencyMeanMs(), ecorePackage.getEDouble(), "latencyMeanMs", "1.0", 0, 1, Link.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLink_LatencyStdMs(), ecorePackage.getEDouble(), "latencyStdMs", "0.0", 0, 1, Link.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLink_LatencyDistribution(), this.getLatencyDistribution(), "latencyDistribution", "CONSTANT", 0, 1, Link.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLink_StableAlpha(), ecorePackage.getEDouble(), "stableAlpha", "1.6878", 0, 1, Link.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLink_StableScale(), ecorePackage.getEDouble(), "stableScale", "0.0", 0, 1, Link.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(userDeviceGroupEClass, UserDeviceGroup.class, "UserDeviceGroup", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getUserDeviceGroup_AttachedTo(), this.getNode(), null, "attachedTo", null, 0, 1, UserDeviceGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUserDeviceGroup_Size(), ecorePackage.getEInt(), "size", "1", 0, 1, UserDeviceGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUserDeviceGroup_DiagramX(), ecorePackage.getEDouble(), "diagramX", "0.0", 0, 1, UserDeviceGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUserDeviceGroup_DiagramY(), ecorePackage.getEDouble(), "diagramY", "0.0", 0, 1, UserDeviceGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUserDeviceGroup_DiagramWidth(), ecorePackage.getEDouble(), "diagramWidth", "0.0", 0, 1, UserDeviceGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUserDeviceGroup_DiagramHeight(), ecorePackage.getEDouble(), "diagramHeight", "0.0", 0, 1, UserDeviceGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(nodeKindEEnum, NodeKind.class, "NodeKind");
		addEEnumLiteral(nodeKindEEnum, NodeKind.MACRO_BS);
		addEEnumLiteral(nodeKindEEnum, NodeKind.SMALL_BS);
		addEEnumLiteral(nodeKindEEnum, NodeKind.ACCESS_POINT);
		addEEnumLiteral(nodeKindEEnum, NodeKind.EDGE_SERVER);
		addEEnumLiteral(nodeKindEEnum, NodeKind.BOARD);
		addEEnumLiteral(nodeKindEEnum, NodeKind.CLOUD);
		addEEnumLiteral(nodeKindEEnum, NodeKind.END_DEVICE);

		initEEnum(acceleratorKindEEnum, AcceleratorKind.class, "AcceleratorKind");
		addEEnumLiteral(acceleratorKindEEnum, AcceleratorKind.NONE);
		addEEnumLiteral(acceleratorKindEEnum, AcceleratorKind.VPU);
		addEEnumLiteral(acceleratorKindEEnum, AcceleratorKind.TPU);
		addEEnumLiteral(acceleratorKindEEnum, AcceleratorKind.GPU);

		initEEnum(latencyDistributionEEnum, LatencyDistribution.class, "LatencyDistribution");
		addEEnumLiteral(latencyDistributionEEnum, LatencyDistribution.CONSTANT);
		addEEnumLiteral(latencyDistributionEEnum, LatencyDistribution.NORMAL);
		addEEnumLiteral(latencyDistributionEEnum, LatencyDistribution.LOG_NORMAL);
		addEEnumLiteral(latencyDistributionEEnum, LatencyDistribution.STABLE);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://slicewright.org/range
		createRangeAnnotations();
		// http://slicewright.org/kinds
		createKindsAnnotations();
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
		  (getSite_X(),
		   source,
		   new String[] {
			   "min", "-1e7",
			   "max", "1e7"
		   });
		addAnnotation
		  (getSite_Y(),
		   source,
		   new String[] {
			   "min", "-1e7",
			   "max", "1e7"
		   });
		addAnnotation
		  (getSite_Latitude(),
		   source,
		   new String[] {
			   "min", "-90",
			   "max", "90"
		   });
		addAnnotation
		  (getSite_Longitude(),
		   source,
		   new String[] {
			   "min", "-180",
			   "max", "180"
		   });
		addAnnotation
		  (getNodeResources_Compute(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1e6"
		   });
		addAnnotation
		  (getNodeResources_Memory(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1e6"
		   });
		addAnnotation
		  (getNodeResources_Storage(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1e9"
		   });
		addAnnotation
		  (getNodeResources_Accelerator(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1e6"
		   });
		addAnnotation
		  (getProfileEntry_FrameSize(),
		   source,
		   new String[] {
			   "min", "16",
			   "max", "8192"
		   });
		addAnnotation
		  (getProfileEntry_Instances(),
		   source,
		   new String[] {
			   "min", "1",
			   "max", "64"
		   });
		addAnnotation
		  (getProfileEntry_CpuPreMs(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "60000"
		   });
		addAnnotation
		  (getProfileEntry_AcceleratorMs(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "60000"
		   });
		addAnnotation
		  (getProfileEntry_CpuPostMs(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "60000"
		   });
		addAnnotation
		  (getNode_StreamFrameSize(),
		   source,
		   new String[] {
			   "min", "16",
			   "max", "8192"
		   });
		addAnnotation
		  (getNode_StreamFps(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "240"
		   });
		addAnnotation
		  (getNode_DiagramX(),
		   source,
		   new String[] {
			   "min", "-1e9",
			   "max", "1e9"
		   });
		addAnnotation
		  (getNode_DiagramY(),
		   source,
		   new String[] {
			   "min", "-1e9",
			   "max", "1e9"
		   });
		addAnnotation
		  (getNode_DiagramWidth(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1e9"
		   });
		addAnnotation
		  (getNode_DiagramHeight(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1e9"
		   });
		addAnnotation
		  (getLink_BandwidthMbps(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1e7"
		   });
		addAnnotation
		  (getLink_LatencyMeanMs(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "60000"
		   });
		addAnnotation
		  (getLink_LatencyStdMs(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "60000"
		   });
		addAnnotation
		  (getLink_StableAlpha(),
		   source,
		   new String[] {
			   "min", "0.1",
			   "max", "2"
		   });
		addAnnotation
		  (getLink_StableScale(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "60000"
		   });
		addAnnotation
		  (getUserDeviceGroup_Size(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1e7"
		   });
		addAnnotation
		  (getUserDeviceGroup_DiagramX(),
		   source,
		   new String[] {
			   "min", "-1e9",
			   "max", "1e9"
		   });
		addAnnotation
		  (getUserDeviceGroup_DiagramY(),
		   source,
		   new String[] {
			   "min", "-1e9",
			   "max", "1e9"
		   });
		addAnnotation
		  (getUserDeviceGroup_DiagramWidth(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1e9"
		   });
		addAnnotation
		  (getUserDeviceGroup_DiagramHeight(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1e9"
		   });
	}

	/**
	 * Initializes the annotations for <b>http://slicewright.org/kinds</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createKindsAnnotations() {
		String source = "http://slicewright.org/kinds";
		addAnnotation
		  (getNode_HardwareProfile(),
		   source,
		   new String[] {
			   "kinds", "BOARD"
		   });
		addAnnotation
		  (getNode_StreamFrameSize(),
		   source,
		   new String[] {
			   "kinds", "END_DEVICE"
		   });
		addAnnotation
		  (getNode_StreamFps(),
		   source,
		   new String[] {
			   "kinds", "END_DEVICE"
		   });
	}

} //TopologyPackageImpl
