/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.slicing.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.slicewright.model.slicing.AITask;
import org.slicewright.model.slicing.ResourceQoS;
import org.slicewright.model.slicing.RoleAssignment;
import org.slicewright.model.slicing.SlicingPackage;

import org.slicewright.model.topology.impl.IdentifiedImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>AI Task</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.slicing.impl.AITaskImpl#getRoles <em>Roles</em>}</li>
 *   <li>{@link org.slicewright.model.slicing.impl.AITaskImpl#getResourceQos <em>Resource Qos</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AITaskImpl extends IdentifiedImpl implements AITask {
	/**
	 * The cached value of the '{@link #getRoles() <em>Roles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoles()
	 * @generated
	 * @ordered
	 */
	protected EList<RoleAssignment> roles;

	/**
	 * The cached value of the '{@link #getResourceQos() <em>Resource Qos</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourceQos()
	 * @generated
	 * @ordered
	 */
	protected EList<ResourceQoS> resourceQos;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AITaskImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SlicingPackage.Literals.AI_TASK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RoleAssignment> getRoles() {
		if (roles == null) {
			roles = new EObjectContainmentEList<RoleAssignment>(RoleAssignment.class, this, SlicingPackage.AI_TASK__ROLES);
		}
		return roles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ResourceQoS> getResourceQos() {
		if (resourceQos == null) {
			resourceQos = new EObjectContainmentEList<ResourceQoS>(ResourceQoS.class, this, SlicingPackage.AI_TASK__RESOURCE_QOS);
		}
		return resourceQos;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SlicingPackage.AI_TASK__ROLES:
				return ((InternalEList<?>)getRoles()).basicRemove(otherEnd, msgs);
			case SlicingPackage.AI_TASK__RESOURCE_QOS:
				return ((InternalEList<?>)getResourceQos()).basicRemove(otherEnd, msgs);
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
			case SlicingPackage.AI_TASK__ROLES:
				return getRoles();
			case SlicingPackage.AI_TASK__RESOURCE_QOS:
				return getResourceQos();
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
			case SlicingPackage.AI_TASK__ROLES:
				getRoles().clear();
				getRoles().addAll((Collection<? extends RoleAssignment>)newValue);
				return;
			case SlicingPackage.AI_TASK__RESOURCE_QOS:
				getResourceQos().clear();
				getResourceQos().addAll((Collection<? extends ResourceQoS>)newValue);
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
			case SlicingPackage.AI_TASK__ROLES:
				getRoles().clear();
				return;
			case SlicingPackage.AI_TASK__RESOURCE_QOS:
				getResourceQos().clear();
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
			case SlicingPackage.AI_TASK__ROLES:
				return roles != null && !roles.isEmpty();
			case SlicingPackage.AI_TASK__RESOURCE_QOS:
				return resourceQos != null && !resourceQos.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //AITaskImpl
