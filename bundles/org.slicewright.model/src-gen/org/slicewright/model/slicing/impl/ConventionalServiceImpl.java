/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.slicing.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.slicewright.model.slicing.ConventionalService;
import org.slicewright.model.slicing.SlicingPackage;
import org.slicewright.model.slicing.VNF;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Conventional Service</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.slicing.impl.ConventionalServiceImpl#getTrafficMbps <em>Traffic Mbps</em>}</li>
 *   <li>{@link org.slicewright.model.slicing.impl.ConventionalServiceImpl#getFunctions <em>Functions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConventionalServiceImpl extends ServiceImpl implements ConventionalService {
	/**
	 * The default value of the '{@link #getTrafficMbps() <em>Traffic Mbps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrafficMbps()
	 * @generated
	 * @ordered
	 */
	protected static final double TRAFFIC_MBPS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTrafficMbps() <em>Traffic Mbps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrafficMbps()
	 * @generated
	 * @ordered
	 */
	protected double trafficMbps = TRAFFIC_MBPS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFunctions() <em>Functions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunctions()
	 * @generated
	 * @ordered
	 */
	protected EList<VNF> functions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConventionalServiceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SlicingPackage.Literals.CONVENTIONAL_SERVICE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTrafficMbps() {
		return trafficMbps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrafficMbps(double newTrafficMbps) {
		double oldTrafficMbps = trafficMbps;
		trafficMbps = newTrafficMbps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SlicingPackage.CONVENTIONAL_SERVICE__TRAFFIC_MBPS, oldTrafficMbps, trafficMbps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<VNF> getFunctions() {
		if (functions == null) {
			functions = new EObjectContainmentEList<VNF>(VNF.class, this, SlicingPackage.CONVENTIONAL_SERVICE__FUNCTIONS);
		}
		return functions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SlicingPackage.CONVENTIONAL_SERVICE__FUNCTIONS:
				return ((InternalEList<?>)getFunctions()).basicRemove(otherEnd, msgs);
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
			case SlicingPackage.CONVENTIONAL_SERVICE__TRAFFIC_MBPS:
				return getTrafficMbps();
			case SlicingPackage.CONVENTIONAL_SERVICE__FUNCTIONS:
				return getFunctions();
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
			case SlicingPackage.CONVENTIONAL_SERVICE__TRAFFIC_MBPS:
				setTrafficMbps((Double)newValue);
				return;
			case SlicingPackage.CONVENTIONAL_SERVICE__FUNCTIONS:
				getFunctions().clear();
				getFunctions().addAll((Collection<? extends VNF>)newValue);
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
			case SlicingPackage.CONVENTIONAL_SERVICE__TRAFFIC_MBPS:
				setTrafficMbps(TRAFFIC_MBPS_EDEFAULT);
				return;
			case SlicingPackage.CONVENTIONAL_SERVICE__FUNCTIONS:
				getFunctions().clear();
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
			case SlicingPackage.CONVENTIONAL_SERVICE__TRAFFIC_MBPS:
				return trafficMbps != TRAFFIC_MBPS_EDEFAULT;
			case SlicingPackage.CONVENTIONAL_SERVICE__FUNCTIONS:
				return functions != null && !functions.isEmpty();
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
		result.append(" (trafficMbps: ");
		result.append(trafficMbps);
		result.append(')');
		return result.toString();
	}

} //ConventionalServiceImpl
