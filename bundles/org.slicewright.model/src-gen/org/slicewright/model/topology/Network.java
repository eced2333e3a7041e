/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.topology;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Network</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The physical topology of a scenario.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.topology.Network#getSites <em>Sites</em>}</li>
 *   <li>{@link org.slicewright.model.topology.Network#getNodes <em>Nodes</em>}</li>
 *   <li>{@link org.slicewright.model.topology.Network#getLinks <em>Links</em>}</li>
 *   <li>{@link org.slicewright.model.topology.Network#getHardwareProfiles <em>Hardware Profiles</em>}</li>
 *   <li>{@link org.slicewright.model.topology.Network#getDeviceGroups <em>Device Groups</em>}</li>
 * </ul>
 *
 * @see org.slicewright.model.topology.TopologyPackage#getNetwork()
 * @model
 * @generated
 */
public interface Network extends Identified {
	/**
	 * Returns the value of the '<em><b>Sites</b></em>' containment reference list.
	 * The list contents are of type {@link org.slicewright.model.topology.Site}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sites.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sites</em>' containment reference list.
	 * @see org.slicewright.model.topology.TopologyPackage#getNetwork_Sites()
	 * @model containment="true"
	 * @generated
	 */
	EList<Site> getSites();

	/**
	 * Returns the value of the '<em><b>Nodes</b></em>' containment reference list.
	 * The list contents are of type {@link org.slicewright.model.topology.Node}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Nodes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Nodes</em>' containment reference list.
	 * @see org.slicewright.model.topology.TopologyPackage#getNetwork_Nodes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Node> getNodes();

	/**
	 * Returns the value of the '<em><b>Links</b></em>' containment reference list.
	 * The list contents are of type {@link org.slicewright.model.topology.Link}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Links.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Links</em>' containment reference list.
	 * @see org.slicewright.model.topology.TopologyPackage#getNetwork_Links()
	 * @model containment="true"
	 * @generated
	 */
	EList<Link> getLinks();

	/**
	 * Returns the value of the '<em><b>Hardware Profiles</b></em>' containment reference list.
	 * The list contents are of type {@link org.slicewright.model.topology.HardwareProfile}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hardware profiles of the boards.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hardware Profiles</em>' containment reference list.
	 * @see org.slicewright.model.topology.TopologyPackage#getNetwork_HardwareProfiles()
	 * @model containment="true"
	 * @generated
	 */
	EList<HardwareProfile> getHardwareProfiles();

	/**
	 * Returns the value of the '<em><b>Device Groups</b></em>' containment reference list.
	 * The list contents are of type {@link org.slicewright.model.topology.UserDeviceGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * User-device groups.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Device Groups</em>' containment reference list.
	 * @see org.slicewright.model.topology.TopologyPackage#getNetwork_DeviceGroups()
	 * @model containment="true"
	 * @generated
	 */
	EList<UserDeviceGroup> getDeviceGroups();

} // Network
