/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.twins.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.slicewright.model.topology.impl.IdentifiedImpl;

import org.slicewright.model.twins.TwinModelConfig;
import org.slicewright.model.twins.TwinsPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Twin Model Config</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.twins.impl.TwinModelConfigImpl#getSyncPeriodS <em>Sync Period S</em>}</li>
 *   <li>{@link org.slicewright.model.twins.impl.TwinModelConfigImpl#getHistoryLength <em>History Length</em>}</li>
 *   <li>{@link org.slicewright.model.twins.impl.TwinModelConfigImpl#getPrecision <em>Precision</em>}</li>
 *   <li>{@link org.slicewright.model.twins.impl.TwinModelConfigImpl#getSyncCostRU <em>Sync Cost RU</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TwinModelConfigImpl extends IdentifiedImpl implements TwinModelConfig {
	/**
	 * The default value of the '{@link #getSyncPeriodS() <em>Sync Period S</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSyncPeriodS()
	 * @generated
	 * @ordered
	 */
	protected static final double SYNC_PERIOD_S_EDEFAULT = 60.0;

	/**
	 * The cached value of the '{@link #getSyncPeriodS() <em>Sync Period S</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSyncPeriodS()
	 * @generated
	 * @ordered
	 */
	protected double syncPeriodS = SYNC_PERIOD_S_EDEFAULT;

	/**
	 * The default value of the '{@link #getHistoryLength() <em>History Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHistoryLength()
	 * @generated
	 * @ordered
	 */
	protected static final int HISTORY_LENGTH_EDEFAULT = 10080;

	/**
	 * The cached value of the '{@link #getHistoryLength() <em>History Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHistoryLength()
	 * @generated
	 * @ordered
	 */
	protected int historyLength = HISTORY_LENGTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getPrecision() <em>Precision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrecision()
	 * @generated
	 * @ordered
	 */
	protected static final double PRECISION_EDEFAULT = 0.01;

	/**
	 * The cached value of the '{@link #getPrecision() <em>Precision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrecision()
	 * @generated
	 * @ordered
	 */
	protected double precision = PRECISION_EDEFAULT;

	/**
	 * The default value of the '{@link #getSyncCostRU() <em>Sync Cost RU</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSyncCostRU()
	 * @generated
	 * @ordered
	 */
	protected static final double SYNC_COST_RU_EDEFAULT = 0.01;

	/**
	 * The cached value of the '{@link #getSyncCostRU() <em>Sync Cost RU</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSyncCostRU()
	 * @generated
	 * @ordered
	 */
	protected double syncCostRU = SYNC_COST_RU_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TwinModelConfigImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TwinsPackage.Literals.TWIN_MODEL_CONFIG;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSyncPeriodS() {
		return syncPeriodS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSyncPeriodS(double newSyncPeriodS) {
		double oldSyncPeriodS = syncPeriodS;
		syncPeriodS = newSyncPeriodS;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinsPackage.TWIN_MODEL_CONFIG__SYNC_PERIOD_S, oldSyncPeriodS, syncPeriodS));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHistoryLength() {
		return historyLength;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHistoryLength(int newHistoryLength) {
		int oldHistoryLength = historyLength;
		historyLength = newHistoryLength;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinsPackage.TWIN_MODEL_CONFIG__HISTORY_LENGTH, oldHistoryLength, historyLength));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPrecision() {
		return precision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrecision(double newPrecision) {
		double oldPrecision = precision;
		precision = newPrecision;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinsPackage.TWIN_MODEL_CONFIG__PRECISION, oldPrecision, precision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSyncCostRU() {
		return syncCostRU;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSyncCostRU(double newSyncCostRU) {
		double oldSyncCostRU = syncCostRU;
		syncCostRU = newSyncCostRU;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinsPackage.TWIN_MODEL_CONFIG__SYNC_COST_RU, oldSyncCostRU, syncCostRU));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TwinsPackage.TWIN_MODEL_CONFIG__SYNC_PERIOD_S:
				return getSyncPeriodS();
			case TwinsPackage.TWIN_MODEL_CONFIG__HISTORY_LENGTH:
				return getHistoryLength();
			case TwinsPackage.TWIN_MODEL_CONFIG__PRECISION:
				return getPrecision();
			case TwinsPackage.TWIN_MODEL_CONFIG__SYNC_COST_RU:
				return getSyncCostRU();
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
			case TwinsPackage.TWIN_MODEL_CONFIG__SYNC_PERIOD_S:
				setSyncPeriodS((Double)newValue);
				return;
			case TwinsPackage.TWIN_MODEL_CONFIG__HISTORY_LENGTH:
				setHistoryLength((Integer)newValue);
				return;
			case TwinsPackage.TWIN_MODEL_CONFIG__PRECISION:
				setPrecision((Double)newValue);
				return;
			case TwinsPackage.TWIN_MODEL_CONFIG__SYNC_COST_RU:
				setSyncCostRU((Double)newValue);
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
			case TwinsPackage.TWIN_MODEL_CONFIG__SYNC_PERIOD_S:
				setSyncPeriodS(SYNC_PERIOD_S_EDEFAULT);
				return;
			case TwinsPackage.TWIN_MODEL_CONFIG__HISTORY_LENGTH:
				setHistoryLength(HISTORY_LENGTH_EDEFAULT);
				return;
			case TwinsPackage.TWIN_MODEL_CONFIG__PRECISION:
				setPrecision(PRECISION_EDEFAULT);
				return;
			case TwinsPackage.TWIN_MODEL_CONFIG__SYNC_COST_RU:
				setSyncCostRU(SYNC_COST_RU_EDEFAULT);
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
			case TwinsPackage.TWIN_MODEL_CONFIG__SYNC_PERIOD_S:
				return syncPeriodS != SYNC_PERIOD_S_EDEFAULT;
			case TwinsPackage.TWIN_MODEL_CONFIG__HISTORY_LENGTH:
				return historyLength != HISTORY_LENGTH_EDEFAULT;
			case TwinsPackage.TWIN_MODEL_CONFIG__PRECISION:
				return precision != PRECISION_EDEFAULT;
			case TwinsPackage.TWIN_MODEL_CONFIG__SYNC_COST_RU:
				return syncCostRU != SYNC_COST_RU_EDEFAULT;
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
		result.append(" (syncPeriodS: ");
		result.append(syncPeriodS);
		result.append(", historyLength: ");
		result.append(historyLength);
		result.append(", precision: ");
		result.append(precision);
		result.append(", syncCostRU: ");
		result.append(syncCostRU);
		result.append(')');
		return result.toString();
	}

} //TwinModelConfigImpl
