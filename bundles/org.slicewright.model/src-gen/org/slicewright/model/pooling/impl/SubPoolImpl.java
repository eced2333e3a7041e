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

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.slicewright.model.pooling.AVAP;
import org.slicewright.model.pooling.PoolingPackage;
import org.slicewright.model.pooling.SubPool;
import org.slicewright.model.pooling.VAP;

import org.slicewright.model.topology.impl.IdentifiedImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Sub Pool</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.pooling.impl.SubPoolImpl#getMembers <em>Members</em>}</li>
 *   <li>{@link org.slicewright.model.pooling.impl.SubPoolImpl#getTrainer <em>Trainer</em>}</li>
 *   <li>{@link org.slicewright.model.pooling.impl.SubPoolImpl#getAvap <em>Avap</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SubPoolImpl extends IdentifiedImpl implements SubPool {
	/**
	 * The cached value of the '{@link #getMembers() <em>Members</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembers()
	 * @generated
	 * @ordered
	 */
	protected EList<VAP> members;

	/**
	 * The cached value of the '{@link #getTrainer() <em>Trainer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainer()
	 * @generated
	 * @ordered
	 */
	protected VAP trainer;

	/**
	 * The cached value of the '{@link #getAvap() <em>Avap</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAvap()
	 * @generated
	 * @ordered
	 */
	protected AVAP avap;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SubPoolImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PoolingPackage.Literals.SUB_POOL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<VAP> getMembers() {
		if (members == null) {
			members = new EObjectResolvingEList<VAP>(VAP.class, this, PoolingPackage.SUB_POOL__MEMBERS);
		}
		return members;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VAP getTrainer() {
		if (trainer != null && trainer.eIsProxy()) {
			InternalEObject oldTrainer = (InternalEObject)trainer;
			trainer = (VAP)eResolveProxy(oldTrainer);
			if (trainer != oldTrainer) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PoolingPackage.SUB_POOL__TRAINER, oldTrainer, trainer));
			}
		}
		return trainer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VAP basicGetTrainer() {
		return trainer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrainer(VAP newTrainer) {
		VAP oldTrainer = trainer;
		trainer = newTrainer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolingPackage.SUB_POOL__TRAINER, oldTrainer, trainer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AVAP getAvap() {
		return avap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAvap(AVAP newAvap, NotificationChain msgs) {
		AVAP oldAvap = avap;
		avap = newAvap;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PoolingPackage.SUB_POOL__AVAP, oldAvap, newAvap);
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
	public void setAvap(AVAP newAvap) {
		if (newAvap != avap) {
			NotificationChain msgs = null;
			if (avap != null)
				msgs = ((InternalEObject)avap).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PoolingPackage.SUB_POOL__AVAP, null, msgs);
			if (newAvap != null)
				msgs = ((InternalEObject)newAvap).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PoolingPackage.SUB_POOL__AVAP, null, msgs);
			msgs = basicSetAvap(newAvap, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PoolingPackage.SUB_POOL__AVAP, newAvap, newAvap));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PoolingPackage.SUB_POOL__AVAP:
				return basicSetAvap(null, msgs);
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
			case PoolingPackage.SUB_POOL__MEMBERS:
				return getMembers();
			case PoolingPackage.SUB_POOL__TRAINER:
				if (resolve) return getTrainer();
				return basicGetTrainer();
			case PoolingPackage.SUB_POOL__AVAP:
				return getAvap();
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
			case PoolingPackage.SUB_POOL__MEMBERS:
				getMembers().clear();
				getMembers().addAll((Collection<? extends VAP>)newValue);
				return;
			case PoolingPackage.SUB_POOL__TRAINER:
				setTrainer((VAP)newValue);
				return;
			case PoolingPackage.SUB_POOL__AVAP:
				setAvap((AVAP)newValue);
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
			case PoolingPackage.SUB_POOL__MEMBERS:
				getMembers().clear();
				return;
			case PoolingPackage.SUB_POOL__TRAINER:
				setTrainer((VAP)null);
				return;
			case PoolingPackage.SUB_POOL__AVAP:
				setAvap((AVAP)null);
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
			case PoolingPackage.SUB_POOL__MEMBERS:
				return members != null && !members.isEmpty();
			case PoolingPackage.SUB_POOL__TRAINER:
				return trainer != null;
			case PoolingPackage.SUB_POOL__AVAP:
				return avap != null;
		}
		return super.eIsSet(featureID);
	}

} //SubPoolImpl
