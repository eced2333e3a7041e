/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.topology.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.slicewright.model.topology.ProfileEntry;
import org.slicewright.model.topology.TopologyPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Profile Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.topology.impl.ProfileEntryImpl#getFrameSize <em>Frame Size</em>}</li>
 *   <li>{@link org.slicewright.model.topology.impl.ProfileEntryImpl#getInstances <em>Instances</em>}</li>
 *   <li>{@link org.slicewright.model.topology.impl.ProfileEntryImpl#getCpuPreMs <em>Cpu Pre Ms</em>}</li>
 *   <li>{@link org.slicewright.model.topology.impl.ProfileEntryImpl#getAcceleratorMs <em>Accelerator Ms</em>}</li>
 *   <li>{@link org.slicewright.model.topology.impl.ProfileEntryImpl#getCpuPostMs <em>Cpu Post Ms</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProfileEntryImpl extends MinimalEObjectImpl.Container implements ProfileEntry {
	/**
	 * The default value of the '{@link #getFrameSize() <em>Frame Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrameSize()
	 * @generated
	 * @ordered
	 */
	protected static final int FRAME_SIZE_EDEFAULT = 600;

	/**
	 * The cached value of the '{@link #getFrameSize() <em>Frame Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrameSize()
	 * @generated
	 * @ordered
	 */
	protected int frameSize = FRAME_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getInstances() <em>Instances</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstances()
	 * @generated
	 * @ordered
	 */
	protected static final int INSTANCES_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getInstances() <em>Instances</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstances()
	 * @generated
	 * @ordered
	 */
	protected int instances = INSTANCES_EDEFAULT;

	/**
	 * The default value of the '{@link #getCpuPreMs() <em>Cpu Pre Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuPreMs()
	 * @generated
	 * @ordered
	 */
	protected static final double CPU_PRE_MS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getCpuPreMs() <em>Cpu Pre Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuPreMs()
	 * @generated
	 * @ordered
	 */
	protected double cpuPreMs = CPU_PRE_MS_EDEFAULT;

	/**
	 * The default value of the '{@link #getAcceleratorMs() <em>Accelerator Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcceleratorMs()
	 * @generated
	 * @ordered
	 */
	protected static final double ACCELERATOR_MS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getAcceleratorMs() <em>Accelerator Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcceleratorMs()
	 * @generated
	 * @ordered
	 */
	protected double acceleratorMs = ACCELERATOR_MS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCpuPostMs() <em>Cpu Post Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuPostMs()
	 * @generated
	 * @ordered
	 */
	protected static final double CPU_POST_MS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getCpuPostMs() <em>Cpu Post Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuPostMs()
	 * @generated
	 * @ordered
	 */
	protected double cpuPostMs = CPU_POST_MS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProfileEntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.PROFILE_ENTRY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFrameSize() {
		return frameSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrameSize(int newFrameSize) {
		int oldFrameSize = frameSize;
		frameSize = newFrameSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.PROFILE_ENTRY__FRAME_SIZE, oldFrameSize, frameSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getInstances() {
		return instances;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstances(int newInstances) {
		int oldInstances = instances;
		instances = newInstances;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.PROFILE_ENTRY__INSTANCES, oldInstances, instances));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCpuPreMs() {
		return cpuPreMs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCpuPreMs(double newCpuPreMs) {
		double oldCpuPreMs = cpuPreMs;
		cpuPreMs = newCpuPreMs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.PROFILE_ENTRY__CPU_PRE_MS, oldCpuPreMs, cpuPreMs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAcceleratorMs() {
		return acceleratorMs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAcceleratorMs(double newAcceleratorMs) {
		double oldAcceleratorMs = acceleratorMs;
		acceleratorMs = newAcceleratorMs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.PROFILE_ENTRY__ACCELERATOR_MS, oldAcceleratorMs, acceleratorMs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCpuPostMs() {
		return cpuPostMs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCpuPostMs(double newCpuPostMs) {
		double oldCpuPostMs = cpuPostMs;
		cpuPostMs = newCpuPostMs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.PROFILE_ENTRY__CPU_POST_MS, oldCpuPostMs, cpuPostMs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TopologyPackage.PROFILE_ENTRY__FRAME_SIZE:
				return getFrameSize();
			case TopologyPackage.PROFILE_ENTRY__INSTANCES:
				return getInstances();
			case TopologyPackage.PROFILE_ENTRY__CPU_PRE_MS:
				return getCpuPreMs();
			case TopologyPackage.PROFILE_ENTRY__ACCELERATOR_MS:
				return getAcceleratorMs();
			case TopologyPackage.PROFILE_ENTRY__CPU_POST_MS:
				return getCpuPostMs();
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
			case TopologyPackage.PROFILE_ENTRY__FRAME_SIZE:
				setFrameSize((Integer)newValue);
				return;
			case TopologyPackage.PROFILE_ENTRY__INSTANCES:
				setInstances((Integer)newValue);
				return;
			case TopologyPackage.PROFILE_ENTRY__CPU_PRE_MS:
				setCpuPreMs((Double)newValue);
				return;
			case TopologyPackage.PROFILE_ENTRY__ACCELERATOR_MS:
				setAcceleratorMs((Double)newValue);
				return;
			case TopologyPackage.PROFILE_ENTRY__CPU_POST_MS:
				setCpuPostMs((Double)newValue);
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
			case TopologyPackage.PROFILE_ENTRY__FRAME_SIZE:
				setFrameSize(FRAME_SIZE_EDEFAULT);
				return;
			case TopologyPackage.PROFILE_ENTRY__INSTANCES:
				setInstances(INSTANCES_EDEFAULT);
				return;
			case TopologyPackage.PROFILE_ENTRY__CPU_PRE_MS:
				setCpuPreMs(CPU_PRE_MS_EDEFAULT);
				return;
			case TopologyPackage.PROFILE_ENTRY__ACCELERATOR_MS:
				setAcceleratorMs(ACCELERATOR_MS_EDEFAULT);
				return;
			case TopologyPackage.PROFILE_ENTRY__CPU_POST_MS:
				setCpuPostMs(CPU_POST_MS_EDEFAULT);
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
			case TopologyPackage.PROFILE_ENTRY__FRAME_SIZE:
				return frameSize != FRAME_SIZE_EDEFAULT;
			case TopologyPackage.PROFILE_ENTRY__INSTANCES:
				return instances != INSTANCES_EDEFAULT;
			case TopologyPackage.PROFILE_ENTRY__CPU_PRE_MS:
				return cpuPreMs != CPU_PRE_MS_EDEFAULT;
			case TopologyPackage.PROFILE_ENTRY__ACCELERATOR_MS:
				return acceleratorMs != ACCELERATOR_MS_EDEFAULT;
			case TopologyPackage.PROFILE_ENTRY__CPU_POST_MS:
				return cpuPostMs != CPU_POST_MS_EDEFAULT;
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
		result.append(" (frameSize: ");
		result.append(frameSize);
		result.append(", instances: ");
		result.append(instances);
		result.append(", cpuPreMs: ");
		result.append(cpuPreMs);
		result.append(", acceleratorMs: ");
		result.append(acceleratorMs);
		result.append(", cpuPostMs: ");
		result.append(cpuPostMs);
		result.append(')');
		return result.toString();
	}

} //ProfileEntryImpl
