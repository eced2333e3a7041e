/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.topology.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.slicewright.model.topology.HardwareProfile;
import org.slicewright.model.topology.Link;
import org.slicewright.model.topology.Network;
import org.slicewright.model.topology.Node;
import org.slicewright.model.topology.Site;
import org.slicewright.model.topology.TopologyPackage;
import org.slicewright.model.topology.UserDeviceGroup;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Network</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.topology.impl.NetworkImpl#getSites <em>Sites</em>}</li>
 *   <li>{@link org.slicewright.model.topology.impl.NetworkImpl#getNodes <em>Nodes</em>}</li>
 *   <li>{@link org.slicewright.model.topology.impl.NetworkImpl#getLinks <em>Links</em>}</li>
 *   <li>{@link org.slicewright.model.topology.impl.NetworkImpl#getHardwareProfiles <em>Hardware Profiles</em>}</li>
 *   <li>{@link org.slicewright.model.topology.impl.NetworkImpl#getDeviceGroups <em>Device Groups</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NetworkImpl extends IdentifiedImpl implements Network {
	/**
	 * The cached value of the '{@link #getSites() <em>Sites</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSites()
	 * @generated
	 * @ordered
	 */
	protected EList<Site> sites;

	/**
	 * The cached value of the '{@link #getNodes() <em>Nodes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodes()
	 * @generated
	 * @ordered
	 */
	protected EList<Node> nodes;

	/**
	 * The cached value of the '{@link #getLinks() <em>Links</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLinks()
	 * @generated
	 * @ordered
	 */
	protected EList<Link> links;

	/**
	 * The cached value of the '{@link #getHardwareProfiles() <em>Hardware Profiles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHardwareProfiles()
	 * @generated
	 * @ordered
	 */
	protected EList<HardwareProfile> hardwareProfiles;

	/**
	 * The cached value of the '{@link #getDeviceGroups() <em>Device Groups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeviceGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<UserDeviceGroup> deviceGroups;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NetworkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.NETWORK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Site> getSites() {
		if (sites == null) {
			sites = new EObjectContainmentEList<Site>(Site.class, this, TopologyPackage.NETWORK__SITES);
		}
		return sites;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Node> getNodes() {
		if (nodes == null) {
			nodes = new EObjectContainmentEList<Node>(Node.class, this, TopologyPackage.NETWORK__NODES);
		}
		return nodes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Link> getLinks() {
		if (links == null) {
			links = new EObjectContainmentEList<Link>(Link.class, this, TopologyPackage.NETWORK__LINKS);
		}
		return links;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<HardwareProfile> getHardwareProfiles() {
		if (hardwareProfiles == null) {
			hardwareProfiles = new EObjectContainmentEList<HardwareProfile>(HardwareProfile.class, this, TopologyPackage.NETWORK__HARDWARE_PROFILES);
		}
		return hardwareProfiles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<UserDeviceGroup> getDeviceGroups() {
		if (deviceGroups == null) {
			deviceGroups = new EObjectContainmentEList<UserDeviceGroup>(UserDeviceGroup.class, this, TopologyPackage.NETWORK__DEVICE_GROUPS);
		}
		return deviceGroups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TopologyPackage.NETWORK__SITES:
				return ((InternalEList<?>)getSites()).basicRemove(otherEnd, msgs);
			case TopologyPackage.NETWORK__NODES:
				return ((InternalEList<?>)getNodes()).basicRemove(otherEnd, msgs);
			case TopologyPackage.NETWORK__LINKS:
				return ((InternalEList<?>)getLinks()).basicRemove(otherEnd, msgs);
			case TopologyPackage.NETWORK__HARDWARE_PROFILES:
				return ((InternalEList<?>)getHardwareProfiles()).basicRemove(otherEnd, msgs);
			case TopologyPackage.NETWORK__DEVICE_GROUPS:
				return ((InternalEList<?>)getDeviceGroups()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TopologyPackage.NETWORK__SITES:
				return getSites();
			case TopologyPackage.NETWORK__NODES:
				return getNodes();
			case TopologyPackage.NETWORK__LINKS:
				return getLinks();
			case TopologyPackage.NETWORK__HARDWARE_PROFILES:
				return getHardwareProfiles();
			case TopologyPackage.NETWORK__DEVICE_GROUPS:
				return getDeviceGroups();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TopologyPackage.NETWORK__SITES:
				getSites().clear();
				getSites().addAll((Collection<? extends Site>)newValue);
				return;
			case TopologyPackage.NETWORK__NODES:
				getNodes().clear();
				getNodes().addAll((Collection<? extends Node>)newValue);
				return;
			case TopologyPackage.NETWORK__LINKS:
				getLinks().clear();
				getLinks().addAll((Collection<? extends Link>)newValue);
				return;
			case TopologyPackage.NETWORK__HARDWARE_PROFILES:
				getHardwareProfiles().clear();
				getHardwareProfiles().addAll((Collection<? extends HardwareProfile>)newValue);
				return;
			case TopologyPackage.NETWORK__DEVICE_GROUPS:
				getDeviceGroups().clear();
				getDeviceGroups().addAll((Collection<? extends UserDeviceGroup>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case TopologyPackage.NETWORK__SITES:
				getSites().clear();
				return;
			case TopologyPackage.NETWORK__NODES:
				getNodes().clear();
				return;
			case TopologyPackage.NETWORK__LINKS:
				getLinks().clear();
				return;
			case TopologyPackage.NETWORK__HARDWARE_PROFILES:
				getHardwareProfiles().clear();
				return;
			case TopologyPackage.NETWORK__DEVICE_GROUPS:
				getDeviceGroups().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case TopologyPackage.NETWORK__SITES:
				return sites != null && !sites.isEmpty();
			case TopologyPackage.NETWORK__NODES:
				return nodes != null && !nodes.isEmpty();
			case TopologyPackage.NETWORK__LINKS:
				return links != null && !links.isEmpty();
			case TopologyPackage.NETWORK__HARDWARE_PROFILES:
				return hardwareProfiles != null && !hardwareProfiles.isEmpty();
			case TopologyPackage.NETWORK__DEVICE_GROUPS:
				return deviceGroups != null && !deviceGroups.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //NetworkImpl
