/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.scenario.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

import org.slicewright.model.scenario.ScenarioPackage;
import org.slicewright.model.scenario.Sweep;

import org.slicewright.model.topology.impl.IdentifiedImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Sweep</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.scenario.impl.SweepImpl#getSubPoolsFrom <em>Sub Pools From</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.SweepImpl#getSubPoolsTo <em>Sub Pools To</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.SweepImpl#getSubPoolValues <em>Sub Pool Values</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.SweepImpl#getLambdaMaxValues <em>Lambda Max Values</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.SweepImpl#getSeeds <em>Seeds</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.SweepImpl#getBaseSeed <em>Base Seed</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.SweepImpl#getThreads <em>Threads</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SweepImpl extends IdentifiedImpl implements Sweep {
	/**
	 * The default value of the '{@link #getSubPoolsFrom() <em>Sub Pools From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubPoolsFrom()
	 * @generated
	 * @ordered
	 */
	protected static final int SUB_POOLS_FROM_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getSubPoolsFrom() <em>Sub Pools From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubPoolsFrom()
	 * @generated
	 * @ordered
	 */
	protected int subPoolsFrom = SUB_POOLS_FROM_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubPoolsTo() <em>Sub Pools To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubPoolsTo()
	 * @generated
	 * @ordered
	 */
	protected static final int SUB_POOLS_TO_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getSubPoolsTo() <em>Sub Pools To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubPoolsTo()
	 * @generated
	 * @ordered
	 */
	protected int subPoolsTo = SUB_POOLS_TO_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSubPoolValues() <em>Sub Pool Values</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubPoolValues()
	 * @generated
	 * @ordered
	 */
	protected EList<Integer> subPoolValues;

	/**
	 * The cached value of the '{@link #getLambdaMaxValues() <em>Lambda Max Values</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLambdaMaxValues()
	 * @generated
	 * @ordered
	 */
	protected EList<Double> lambdaMaxValues;

	/**
	 * The default value of the '{@link #getSeeds() <em>Seeds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeeds()
	 * @generated
	 * @ordered
	 */
	protected static final int SEEDS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getSeeds() <em>Seeds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeeds()
	 * @generated
	 * @ordered
	 */
	protected int seeds = SEEDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getBaseSeed() <em>Base Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseSeed()
	 * @generated
	 * @ordered
	 */
	protected static final long BASE_SEED_EDEFAULT = 1L;

	/**
	 * The cached value of the '{@link #getBaseSeed() <em>Base Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseSeed()
	 * @generated
	 * @ordered
	 */
	protected long baseSeed = BASE_SEED_EDEFAULT;

	/**
	 * The default value of the '{@link #getThreads() <em>Threads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreads()
	 * @generated
	 * @ordered
	 */
	protected static final int THREADS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getThreads() <em>Threads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreads()
	 * @generated
	 * @ordered
	 */
	protected int threads = THREADS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SweepImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ScenarioPackage.Literals.SWEEP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSubPoolsFrom() {
		return subPoolsFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubPoolsFrom(int newSubPoolsFrom) {
		int oldSubPoolsFrom = subPoolsFrom;
		subPoolsFrom = newSubPoolsFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.SWEEP__SUB_POOLS_FROM, oldSubPoolsFrom, subPoolsFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSubPoolsTo() {
		return subPoolsTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubPoolsTo(int newSubPoolsTo) {
		int oldSubPoolsTo = subPoolsTo;
		subPoolsTo = newSubPoolsTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.SWEEP__SUB_POOLS_TO, oldSubPoolsTo, subPoolsTo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Integer> getSubPoolValues() {
		if (subPoolValues == null) {
			subPoolValues = new EDataTypeEList<Integer>(Integer.class, this, ScenarioPackage.SWEEP__SUB_POOL_VALUES);
		}
		return subPoolValues;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Double> getLambdaMaxValues() {
		if (lambdaMaxValues == null) {
			lambdaMaxValues = new EDataTypeEList<Double>(Double.class, this, ScenarioPackage.SWEEP__LAMBDA_MAX_VALUES);
		}
		return lambdaMaxValues;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSeeds() {
		return seeds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeeds(int newSeeds) {
		int oldSeeds = seeds;
		seeds = newSeeds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.SWEEP__SEEDS, oldSeeds, seeds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getBaseSeed() {
		return baseSeed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaseSeed(long newBaseSeed) {
		long oldBaseSeed = baseSeed;
		baseSeed = newBaseSeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.SWEEP__BASE_SEED, oldBaseSeed, baseSeed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getThreads() {
		return threads;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setThreads(int newThreads) {
		int oldThreads = threads;
		threads = newThreads;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.SWEEP__THREADS, oldThreads, threads));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ScenarioPackage.SWEEP__SUB_POOLS_FROM:
				return getSubPoolsFrom();
			case ScenarioPackage.SWEEP__SUB_POOLS_TO:
				return getSubPoolsTo();
			case ScenarioPackage.SWEEP__SUB_POOL_VALUES:
				return getSubPoolValues();
			case ScenarioPackage.SWEEP__LAMBDA_MAX_VALUES:
				return getLambdaMaxValues();
			case ScenarioPackage.SWEEP__SEEDS:
				return getSeeds();
			case ScenarioPackage.SWEEP__BASE_SEED:
				return getBaseSeed();
			case ScenarioPackage.SWEEP__THREADS:
				return getThreads();
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
			case ScenarioPackage.SWEEP__SUB_POOLS_FROM:
				setSubPoolsFrom((Integer)newValue);
				return;
			case ScenarioPackage.SWEEP__SUB_POOLS_TO:
				setSubPoolsTo((Integer)newValue);
				return;
			case ScenarioPackage.SWEEP__SUB_POOL_VALUES:
				getSubPoolValues().clear();
				getSubPoolValues().addAll((Collection<? extends Integer>)newValue);
				return;
			case ScenarioPackage.SWEEP__LAMBDA_MAX_VALUES:
				getLambdaMaxValues().clear();
				getLambdaMaxValues().addAll((Collection<? extends Double>)newValue);
				return;
			case ScenarioPackage.SWEEP__SEEDS:
				setSeeds((Integer)newValue);
				return;
			case ScenarioPackage.SWEEP__BASE_SEED:
				setBaseSeed((Long)newValue);
				return;
			case ScenarioPackage.SWEEP__THREADS:
				setThreads((Integer)newValue);
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
			case ScenarioPackage.SWEEP__SUB_POOLS_FROM:
				setSubPoolsFrom(SUB_POOLS_FROM_EDEFAULT);
				return;
			case ScenarioPackage.SWEEP__SUB_POOLS_TO:
				setSubPoolsTo(SUB_POOLS_TO_EDEFAULT);
				return;
			case ScenarioPackage.SWEEP__SUB_POOL_VALUES:
				getSubPoolValues().clear();
				return;
			case ScenarioPackage.SWEEP__LAMBDA_MAX_VALUES:
				getLambdaMaxValues().clear();
				return;
			case ScenarioPackage.SWEEP__SEEDS:
				setSeeds(SEEDS_EDEFAULT);
				return;
			case ScenarioPackage.SWEEP__BASE_SEED:
				setBaseSeed(BASE_SEED_EDEFAULT);
				return;
			case ScenarioPackage.SWEEP__THREADS:
				setThreads(THREADS_EDEFAULT);
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
			case ScenarioPackage.SWEEP__SUB_POOLS_FROM:
				return subPoolsFrom != SUB_POOLS_FROM_EDEFAULT;
			case ScenarioPackage.SWEEP__SUB_POOLS_TO:
				return subPoolsTo != SUB_POOLS_TO_EDEFAULT;
			case ScenarioPackage.SWEEP__SUB_POOL_VALUES:
				return subPoolValues != null && !subPoolValues.isEmpty();
			case ScenarioPackage.SWEEP__LAMBDA_MAX_VALUES:
				return lambdaMaxValues != null && !lambdaMaxValues.isEmpty();
			case ScenarioPackage.SWEEP__SEEDS:
				return seeds != SEEDS_EDEFAULT;
			case ScenarioPackage.SWEEP__BASE_SEED:
				return baseSeed != BASE_SEED_EDEFAULT;
			case ScenarioPackage.SWEEP__THREADS:
				return threads != THREADS_EDEFAULT;
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
		result.append(" (subPoolsFrom: ");
		result.append(subPoolsFrom);
		result.append(", subPoolsTo: ");
		result.append(subPoolsTo);
		result.append(", subPoolValues: ");
		result.append(subPoolValues);
		result.append(", lambdaMaxValues: ");
		result.append(lambdaMaxValues);
		result.append(", seeds: ");
		result.append(seeds);
		result.append(", baseSeed: ");
		result.append(baseSeed);
		result.append(", threads: ");
		result.append(threads);
		result.append(')');
		return result.toString();
	}

} //SweepImpl
