/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.pooling.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.slicewright.model.pooling.PoolingPackage;
import org.slicewright.model.pooling.PoolingPolicy;
import org.slicewright.model.pooling.SecondaryPool;
import org.slicewright.model.pooling.SubPool;

import org.slicewright.model.slicing.AIService;
import org.slicewright.model.slicing.VNF;

import org.slicewright.model.topology.impl.IdentifiedImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Secondary Pool</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.pooling.impl.SecondaryPoolImpl#getService <em>Service</em>}</li>
 *   <li>{@link org.slicewright.model.pooling.impl.SecondaryPoolImpl#getVnf <em>Vnf</em>}</li>
 *   <li>{@link org.slicewright.model.pooling.impl.SecondaryPoolImpl#getPolicy <em>Policy</em>}</li>
 *   <li>{@link org.slicewright.model.pooling.impl.SecondaryPoolImpl#getSubPools <em>Sub Pools</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SecondaryPoolImpl extends IdentifiedImpl implements SecondaryPool {
	/**
	 * The cached value of the '{@link #getService() <em>Service</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getService()
	 * @generated
	 * @ordered
	 */
	protected AIService service;

	/**
	 * The cached value of the '{@link #getVnf() <em>Vnf</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVnf()
	 * @generated
	 * @ordered
	 */
	protected VNF vnf;

	/**
	 * The cached value of the '{@link #getPolicy() <em>Policy</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolicy()
	 * @generated
	 * @ordered
	 */
	protected PoolingPolicy policy;

	/**
	 * The cached value of the '{@link #getSubPools() <em>Sub Pools</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubPools()
	 * @generated
	 * @ordered
	 */
	protected EList<SubPool> subPools;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SecondaryPoolImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PoolingPackage.Literals.SECONDARY_POOL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AIService getService() {
		if (service != null && service.eIsProxy()) {
			InternalEObject oldService = (InternalEObject)service;
			service = (AIService)eResolveProxy(oldService);
			if (service != oldService) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PoolingPackage.SECONDARY_POOL__SERVICE, oldService, service));
			}
		}
		return service;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AIService basicGetService() {
		return service;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setService(AIService newService) {
		AIService oldService = service;
		service = newService;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolingPackage.SECONDARY_POOL__SERVICE, oldService, service));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VNF getVnf() {
		if (vnf != null && vnf.eIsProxy()) {
			InternalEObject oldVnf = (InternalEObject)vnf;
			vnf = (VNF)eResolveProxy(oldVnf);
			if (vnf != oldVnf) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PoolingPackage.SECONDARY_POOL__VNF, oldVnf, vnf));
			}
		}
		return vnf;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VNF basicGetVnf() {
		return vnf;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVnf(VNF newVnf) {
		VNF oldVnf = vnf;
		vnf = newVnf;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolingPackage.SECONDARY_POOL__VNF, oldVnf, vnf));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PoolingPolicy getPolicy() {
		return policy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPolicy(PoolingPolicy newPolicy, NotificationChain msgs) {
		PoolingPolicy oldPolicy = policy;
		policy = newPolicy;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PoolingPackage.SECONDARY_POOL__POLICY, oldPolicy, newPolicy);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPolicy(PoolingPolicy newPolicy) {
		if (newPolicy != policy) {
			NotificationChain msgs = null;
			if (policy != null)
				msgs = ((InternalEObject)policy).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PoolingPackage.SECONDARY_POOL__POLICY, null, msgs);
			if (newPolicy != null)
				msgs = ((InternalEObject)newPolicy).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PoolingPackage.SECONDARY_POOL__POLICY, null, msgs);
			msgs = basicSetPolicy(newPolicy, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolingPackage.SECONDARY_POOL__POLICY, newPolicy, newPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SubPool> getSubPools() {
		if (subPools == null) {
			subPools = new EObjectContainmentEList<SubPool>(SubPool.class, this, PoolingPackage.SECONDARY_POOL__SUB_POOLS);
		}
		return subPools;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PoolingPackage.SECONDARY_POOL__POLICY:
				return basicSetPolicy(null, msgs);
			case PoolingPackage.SECONDARY_POOL__SUB_POOLS:
				return ((InternalEList<?>)getSubPools()).basicRemove(otherEnd, msgs);
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
			case PoolingPackage.SECONDARY_POOL__SERVICE:
				if (resolve) return getService();
				return basicGetService();
			case PoolingPackage.SECONDARY_POOL__VNF:
				if (resolve) return getVnf();
				return basicGetVnf();
			case PoolingPackage.SECONDARY_POOL__POLICY:
				return getPolicy();
			case PoolingPackage.SECONDARY_POOL__SUB_POOLS:
				return getSubPools();
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
			case PoolingPackage.SECONDARY_POOL__SERVICE:
				setService((AIService)newValue);
				return;
			case PoolingPackage.SECONDARY_POOL__VNF:
				setVnf((VNF)newValue);
				return;
			case PoolingPackage.SECONDARY_POOL__POLICY:
				setPolicy((PoolingPolicy)newValue);
				return;
			case PoolingPackage.SECONDARY_POOL__SUB_POOLS:
				getSubPools().clear();
				getSubPools().addAll((Collection<? extends SubPool>)newValue);
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
			case PoolingPackage.SECONDARY_POOL__SERVICE:
				setService((AIService)null);
				return;
			case PoolingPackage.SECONDARY_POOL__VNF:
				setVnf((VNF)null);
				return;
			case PoolingPackage.SECONDARY_POOL__POLICY:
				setPolicy((PoolingPolicy)null);
				return;
			case PoolingPackage.SECONDARY_POOL__SUB_POOLS:
				getSubPools().clear();
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
			case PoolingPackage.SECONDARY_POOL__SERVICE:
				return service != null;
			case PoolingPackage.SECONDARY_POOL__VNF:
				return vnf != null;
			case PoolingPackage.SECONDARY_POOL__POLICY:
				return policy != null;
			case PoolingPackage.SECONDARY_POOL__SUB_POOLS:
				return subPools != null && !subPools.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //SecondaryPoolImpl
