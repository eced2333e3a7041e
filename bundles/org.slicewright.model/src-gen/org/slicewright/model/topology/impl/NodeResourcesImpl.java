/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.topology.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.slicewright.model.topology.NodeResources;
import org.slicewright.model.topology.TopologyPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Node Resources</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.topology.impl.NodeResourcesImpl#getCompute <em>Compute</em>}</li>
 *   <li>{@link org.slicewright.model.topology.impl.NodeResourcesImpl#getMemory <em>Memory</em>}</li>
 *   <li>{@link org.slicewright.model.topology.impl.NodeResourcesImpl#getStorage <em>Storage</em>}</li>
 *   <li>{@link org.slicewright.model.topology.impl.NodeResourcesImpl#getAccelerator <em>Accelerator</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NodeResourcesImpl extends MinimalEObjectImpl.Container implements NodeResources {
	/**
	 * The default value of the '{@link #getCompute() <em>Compute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompute()
	 * @generated
	 * @ordered
	 */
	protected static final double COMPUTE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getCompute() <em>Compute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompute()
	 * @generated
	 * @ordered
	 */
	protected double compute = COMPUTE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMemory() <em>Memory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemory()
	 * @generated
	 * @ordered
	 */
	protected static final double MEMORY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMemory() <em>Memory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemory()
	 * @generated
	 * @ordered
	 */
	protected double memory = MEMORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getStorage() <em>Storage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStorage()
	 * @generated
	 * @ordered
	 */
	protected static final double STORAGE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getStorage() <em>Storage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStorage()
	 * @generated
	 * @ordered
	 */
	protected double storage = STORAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAccelerator() <em>Accelerator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccelerator()
	 * @generated
	 * @ordered
	 */
	protected static final double ACCELERATOR_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getAccelerator() <em>Accelerator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccelerator()
	 * @generated
	 * @ordered
	 */
	protected double accelerator = ACCELERATOR_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NodeResourcesImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.NODE_RESOURCES;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCompute() {
		return compute;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompute(double newCompute) {
		double oldCompute = compute;
		compute = newCompute;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.NODE_RESOURCES__COMPUTE, oldCompute, compute));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMemory() {
		return memory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMemory(double newMemory) {
		double oldMemory = memory;
		memory = newMemory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.NODE_RESOURCES__MEMORY, oldMemory, memory));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getStorage() {
		return storage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStorage(double newStorage) {
		double oldStorage = storage;
		storage = newStorage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.NODE_RESOURCES__STORAGE, oldStorage, storage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAccelerator() {
		return accelerator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAccelerator(double newAccelerator) {
		double oldAccelerator = accelerator;
		accelerator = newAccelerator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.NODE_RESOURCES__ACCELERATOR, oldAccelerator, accelerator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TopologyPackage.NODE_RESOURCES__COMPUTE:
				return getCompute();
			case TopologyPackage.NODE_RESOURCES__MEMORY:
				return getMemory();
			case TopologyPackage.NODE_RESOURCES__STORAGE:
				return getStorage();
			case TopologyPackage.NODE_RESOURCES__ACCELERATOR:
				return getAccelerator();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TopologyPackage.NODE_RESOURCES__COMPUTE:
				setCompute((Double)newValue);
				return;
			case TopologyPackage.NODE_RESOURCES__MEMORY:
				setMemory((Double)newValue);
				return;
			case TopologyPackage.NODE_RESOURCES__STORAGE:
				setStorage((Double)newValue);
				return;
			case TopologyPackage.NODE_RESOURCES__ACCELERATOR:
				setAccelerator((Double)newValue);
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
			case TopologyPackage.NODE_RESOURCES__COMPUTE:
				setCompute(COMPUTE_EDEFAULT);
				return;
			case TopologyPackage.NODE_RESOURCES__MEMORY:
				setMemory(MEMORY_EDEFAULT);
				return;
			case TopologyPackage.NODE_RESOURCES__STORAGE:
				setStorage(STORAGE_EDEFAULT);
				return;
			case TopologyPackage.NODE_RESOURCES__ACCELERATOR:
				setAccelerator(ACCELERATOR_EDEFAULT);
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
			case TopologyPackage.NODE_RESOURCES__COMPUTE:
				return compute != COMPUTE_EDEFAULT;
			case TopologyPackage.NODE_RESOURCES__MEMORY:
				return memory != MEMORY_EDEFAULT;
			case TopologyPackage.NODE_RESOURCES__STORAGE:
				return storage != STORAGE_EDEFAULT;
			case TopologyPackage.NODE_RESOURCES__ACCELERATOR:
				return accelerator != ACCELERATOR_EDEFAULT;
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
		result.append(" (compute: ");
		result.append(compute);
		result.append(", memory: ");
		result.append(memory);
		result.append(", storage: ");
		result.append(storage);
		result.append(", accelerator: ");
		result.append(accelerator);
		result.append(')');
		return result.toString();
	}

} //NodeResourcesImpl
