/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.scenario.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.slicewright.model.pooling.SecondaryPool;

import org.slicewright.model.scenario.LearningParameters;
import org.slicewright.model.scenario.PoolingStudy;
import org.slicewright.model.scenario.ScenarioPackage;

import org.slicewright.model.topology.impl.IdentifiedImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Pooling Study</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.scenario.impl.PoolingStudyImpl#getSecondaryPool <em>Secondary Pool</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.PoolingStudyImpl#getLearning <em>Learning</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.PoolingStudyImpl#getLambdaMax <em>Lambda Max</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.PoolingStudyImpl#isUseTwinRates <em>Use Twin Rates</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PoolingStudyImpl extends IdentifiedImpl implements PoolingStudy {
	/**
	 * The cached value of the '{@link #getSecondaryPool() <em>Secondary Pool</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecondaryPool()
	 * @generated
	 * @ordered
	 */
	protected SecondaryPool secondaryPool;

	/**
	 * The cached value of the '{@link #getLearning() <em>Learning</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLearning()
	 * @generated
	 * @ordered
	 */
	protected LearningParameters learning;

	/**
	 * The default value of the '{@link #getLambdaMax() <em>Lambda Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLambdaMax()
	 * @generated
	 * @ordered
	 */
	protected static final double LAMBDA_MAX_EDEFAULT = 10.0;

	/**
	 * The cached value of the '{@link #getLambdaMax() <em>Lambda Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLambdaMax()
	 * @generated
	 * @ordered
	 */
	protected double lambdaMax = LAMBDA_MAX_EDEFAULT;

	/**
	 * The default value of the '{@link #isUseTwinRates() <em>Use Twin Rates</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUseTwinRates()
	 * @generated
	 * @ordered
	 */
	protected static final boolean USE_TWIN_RATES_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isUseTwinRates() <em>Use Twin Rates</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUseTwinRates()
	 * @generated
	 * @ordered
	 */
	protected boolean useTwinRates = USE_TWIN_RATES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PoolingStudyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ScenarioPackage.Literals.POOLING_STUDY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SecondaryPool getSecondaryPool() {
		if (secondaryPool != null && secondaryPool.eIsProxy()) {
			InternalEObject oldSecondaryPool = (InternalEObject)secondaryPool;
			secondaryPool = (SecondaryPool)eResolveProxy(oldSecondaryPool);
			if (secondaryPool != oldSecondaryPool) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ScenarioPackage.POOLING_STUDY__SECONDARY_POOL, oldSecondaryPool, secondaryPool));
			}
		}
		return secondaryPool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SecondaryPool basicGetSecondaryPool() {
		return secondaryPool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSecondaryPool(SecondaryPool newSecondaryPool) {
		SecondaryPool oldSecondaryPool = secondaryPool;
		secondaryPool = newSecondaryPool;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.POOLING_STUDY__SECONDARY_POOL, oldSecondaryPool, secondaryPool));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LearningParameters getLearning() {
		return learning;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLearning(LearningParameters newLearning, NotificationChain msgs) {
		LearningParameters oldLearning = learning;
		learning = newLearning;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ScenarioPackage.POOLING_STUDY__LEARNING, oldLearning, newLearning);
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
	public void setLearning(LearningParameters newLearning) {
		if (newLearning != learning) {
			NotificationChain msgs = null;
			if (learning != null)
				msgs = ((InternalEObject)learning).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ScenarioPackage.POOLING_STUDY__LEARNING, null, msgs);
			if (newLearning != null)
				msgs = ((InternalEObject)newLearning).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ScenarioPackage.POOLING_STUDY__LEARNING, null, msgs);
			msgs = basicSetLearning(newLearning, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.POOLING_STUDY__LEARNING, newLearning, newLearning));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLambdaMax() {
		return lambdaMax;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLambdaMax(double newLambdaMax) {
		double oldLambdaMax = lambdaMax;
		lambdaMax = newLambdaMax;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.POOLING_STUDY__LAMBDA_MAX, oldLambdaMax, lambdaMax));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isUseTwinRates() {
		return useTwinRates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUseTwinRates(boolean newUseTwinRates) {
		boolean oldUseTwinRates = useTwinRates;
		useTwinRates = newUseTwinRates;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.POOLING_STUDY__USE_TWIN_RATES, oldUseTwinRates, useTwinRates));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ScenarioPackage.POOLING_STUDY__LEARNING:
				return basicSetLearning(null, msgs);
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
			case ScenarioPackage.POOLING_STUDY__SECONDARY_POOL:
				if (resolve) return getSecondaryPool();
				return basicGetSecondaryPool();
			case ScenarioPackage.POOLING_STUDY__LEARNING:
				return getLearning();
			case ScenarioPackage.POOLING_STUDY__LAMBDA_MAX:
				return getLambdaMax();
			case ScenarioPackage.POOLING_STUDY__USE_TWIN_RATES:
				return isUseTwinRates();
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
			case ScenarioPackage.POOLING_STUDY__SECONDARY_POOL:
				setSecondaryPool((SecondaryPool)newValue);
				return;
			case ScenarioPackage.POOLING_STUDY__LEARNING:
				setLearning((LearningParameters)newValue);
				return;
			case ScenarioPackage.POOLING_STUDY__LAMBDA_MAX:
				setLambdaMax((Double)newValue);
				return;
			case ScenarioPackage.POOLING_STUDY__USE_TWIN_RATES:
				setUseTwinRates((Boolean)newValue);
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
			case ScenarioPackage.POOLING_STUDY__SECONDARY_POOL:
				setSecondaryPool((SecondaryPool)null);
				return;
			case ScenarioPackage.POOLING_STUDY__LEARNING:
				setLearning((LearningParameters)null);
				return;
			case ScenarioPackage.POOLING_STUDY__LAMBDA_MAX:
				setLambdaMax(LAMBDA_MAX_EDEFAULT);
				return;
			case ScenarioPackage.POOLING_STUDY__USE_TWIN_RATES:
				setUseTwinRates(USE_TWIN_RATES_EDEFAULT);
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
			case ScenarioPackage.POOLING_STUDY__SECONDARY_POOL:
				return secondaryPool != null;
			case ScenarioPackage.POOLING_STUDY__LEARNING:
				return learning != null;
			case ScenarioPackage.POOLING_STUDY__LAMBDA_MAX:
				return lambdaMax != LAMBDA_MAX_EDEFAULT;
			case ScenarioPackage.POOLING_STUDY__USE_TWIN_RATES:
				return useTwinRates != USE_TWIN_RATES_EDEFAULT;
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
		result.append(" (lambdaMax: ");
		result.append(lambdaMax);
		result.append(", useTwinRates: ");
		result.append(useTwinRates);
		result.append(')');
		return result.toString();
	}

} //PoolingStudyImpl
