/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.topology.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.slicewright.model.topology.AcceleratorKind;
import org.slicewright.model.topology.HardwareProfile;
import org.slicewright.model.topology.ProfileEntry;
import org.slicewright.model.topology.TopologyPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Hardware Profile</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.topology.impl.HardwareProfileImpl#getAcceleratorKind <em>Accelerator Kind</em>}</li>
 *   <li>{@link org.slicewright.model.topology.impl.HardwareProfileImpl#getEntries <em>Entries</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HardwareProfileImpl extends IdentifiedImpl implements HardwareProfile {
	/**
	 * The default value of the '{@link #getAcceleratorKind() <em>Accelerator Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcceleratorKind()
	 * @generated
	 * @ordered
	 */
	protected static final AcceleratorKind ACCELERATOR_KIND_EDEFAULT = AcceleratorKind.NONE;

	/**
	 * The cached value of the '{@link #getAcceleratorKind() <em>Accelerator Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcceleratorKind()
	 * @generated
	 * @ordered
	 */
	protected AcceleratorKind acceleratorKind = ACCELERATOR_KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEntries() <em>Entries</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntries()
	 * @generated
	 * @ordered
	 */
	protected EList<ProfileEntry> entries;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HardwareProfileImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.HARDWARE_PROFILE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AcceleratorKind getAcceleratorKind() {
		return acceleratorKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAcceleratorKind(AcceleratorKind newAcceleratorKind) {
		AcceleratorKind oldAcceleratorKind = acceleratorKind;
		acceleratorKind = newAcceleratorKind == null ? ACCELERATOR_KIND_EDEFAULT : newAcceleratorKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.HARDWARE_PROFILE__ACCELERATOR_KIND, oldAcceleratorKind, acceleratorKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProfileEntry> getEntries() {
		if (entries == null) {
			entries = new EObjectContainmentEList<ProfileEntry>(ProfileEntry.class, this, TopologyPackage.HARDWARE_PROFILE__ENTRIES);
		}
		return entries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TopologyPackage.HARDWARE_PROFILE__ENTRIES:
				return ((InternalEList<?>)getEntries()).basicRemove(otherEnd, msgs);
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
			case TopologyPackage.HARDWARE_PROFILE__ACCELERATOR_KIND:
				return getAcceleratorKind();
			case TopologyPackage.HARDWARE_PROFILE__ENTRIES:
				return getEntries();
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
			case TopologyPackage.HARDWARE_PROFILE__ACCELERATOR_KIND:
				setAcceleratorKind((AcceleratorKind)newValue);
				return;
			case TopologyPackage.HARDWARE_PROFILE__ENTRIES:
				getEntries().clear();
				getEntries().addAll((Collection<? extends ProfileEntry>)newValue);
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
			case TopologyPackage.HARDWARE_PROFILE__ACCELERATOR_KIND:
				setAcceleratorKind(ACCELERATOR_KIND_EDEFAULT);
				return;
			case TopologyPackage.HARDWARE_PROFILE__ENTRIES:
				getEntries().clear();
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
			case TopologyPackage.HARDWARE_PROFILE__ACCELERATOR_KIND:
				return acceleratorKind != ACCELERATOR_KIND_EDEFAULT;
			case TopologyPackage.HARDWARE_PROFILE__ENTRIES:
				return entries != null && !entries.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (acceleratorKind: ");
		result.append(acceleratorKind);
		result.append(')');
		return result.toString();
	}

} //HardwareProfileImpl
