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

import org.slicewright.model.scenario.ReservationPolicyKind;
import org.slicewright.model.scenario.ScenarioPackage;
import org.slicewright.model.scenario.TwinStudy;

import org.slicewright.model.topology.impl.IdentifiedImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Twin Study</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.scenario.impl.TwinStudyImpl#getPeriods <em>Periods</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.TwinStudyImpl#getPeriodS <em>Period S</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.TwinStudyImpl#getSeasonLength <em>Season Length</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.TwinStudyImpl#getHeadroom <em>Headroom</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.TwinStudyImpl#getSlaShortfall <em>Sla Shortfall</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.TwinStudyImpl#getLags <em>Lags</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.TwinStudyImpl#getPolicies <em>Policies</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.TwinStudyImpl#getSweepSyncPeriodsS <em>Sweep Sync Periods S</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.TwinStudyImpl#getSweepPrecisions <em>Sweep Precisions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TwinStudyImpl extends IdentifiedImpl implements TwinStudy {
	/**
	 * The default value of the '{@link #getPeriods() <em>Periods</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriods()
	 * @generated
	 * @ordered
	 */
	protected static final int PERIODS_EDEFAULT = 288;

	/**
	 * The cached value of the '{@link #getPeriods() <em>Periods</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriods()
	 * @generated
	 * @ordered
	 */
	protected int periods = PERIODS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPeriodS() <em>Period S</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodS()
	 * @generated
	 * @ordered
	 */
	protected static final double PERIOD_S_EDEFAULT = 300.0;

	/**
	 * The cached value of the '{@link #getPeriodS() <em>Period S</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodS()
	 * @generated
	 * @ordered
	 */
	protected double periodS = PERIOD_S_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeasonLength() <em>Season Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeasonLength()
	 * @generated
	 * @ordered
	 */
	protected static final int SEASON_LENGTH_EDEFAULT = 288;

	/**
	 * The cached value of the '{@link #getSeasonLength() <em>Season Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeasonLength()
	 * @generated
	 * @ordered
	 */
	protected int seasonLength = SEASON_LENGTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getHeadroom() <em>Headroom</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeadroom()
	 * @generated
	 * @ordered
	 */
	protected static final double HEADROOM_EDEFAULT = 0.1;

	/**
	 * The cached value of the '{@link #getHeadroom() <em>Headroom</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeadroom()
	 * @generated
	 * @ordered
	 */
	protected double headroom = HEADROOM_EDEFAULT;

	/**
	 * The default value of the '{@link #getSlaShortfall() <em>Sla Shortfall</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlaShortfall()
	 * @generated
	 * @ordered
	 */
	protected static final double SLA_SHORTFALL_EDEFAULT = 0.05;

	/**
	 * The cached value of the '{@link #getSlaShortfall() <em>Sla Shortfall</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlaShortfall()
	 * @generated
	 * @ordered
	 */
	protected double slaShortfall = SLA_SHORTFALL_EDEFAULT;

	/**
	 * The default value of the '{@link #getLags() <em>Lags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLags()
	 * @generated
	 * @ordered
	 */
	protected static final int LAGS_EDEFAULT = 12;

	/**
	 * The cached value of the '{@link #getLags() <em>Lags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLags()
	 * @generated
	 * @ordered
	 */
	protected int lags = LAGS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPolicies() <em>Policies</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolicies()
	 * @generated
	 * @ordered
	 */
	protected EList<ReservationPolicyKind> policies;

	/**
	 * The cached value of the '{@link #getSweepSyncPeriodsS() <em>Sweep Sync Periods S</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSweepSyncPeriodsS()
	 * @generated
	 * @ordered
	 */
	protected EList<Double> sweepSyncPeriodsS;

	/**
	 * The cached value of the '{@link #getSweepPrecisions() <em>Sweep Precisions</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSweepPrecisions()
	 * @generated
	 * @ordered
	 */
	protected EList<Double> sweepPrecisions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TwinStudyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ScenarioPackage.Literals.TWIN_STUDY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPeriods() {
		return periods;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriods(int newPeriods) {
		int oldPeriods = periods;
		periods = newPeriods;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.TWIN_STUDY__PERIODS, oldPeriods, periods));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPeriodS() {
		return periodS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriodS(double newPeriodS) {
		double oldPeriodS = periodS;
		periodS = newPeriodS;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.TWIN_STUDY__PERIOD_S, oldPeriodS, periodS));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSeasonLength() {
		return seasonLength;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeasonLength(int newSeasonLength) {
		int oldSeasonLength = seasonLength;
		seasonLength = newSeasonLength;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.TWIN_STUDY__SEASON_LENGTH, oldSeasonLength, seasonLength));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getHeadroom() {
		return headroom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeadroom(double newHeadroom) {
		double oldHeadroom = headroom;
		headroom = newHeadroom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.TWIN_STUDY__HEADROOM, oldHeadroom, headroom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSlaShortfall() {
		return slaShortfall;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlaShortfall(double newSlaShortfall) {
		double oldSlaShortfall = slaShortfall;
		slaShortfall = newSlaShortfall;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.TWIN_STUDY__SLA_SHORTFALL, oldSlaShortfall, slaShortfall));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLags() {
		return lags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLags(int newLags) {
		int oldLags = lags;
		lags = newLags;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.TWIN_STUDY__LAGS, oldLags, lags));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReservationPolicyKind> getPolicies() {
		if (policies == null) {
			policies = new EDataTypeEList<ReservationPolicyKind>(ReservationPolicyKind.class, this, ScenarioPackage.TWIN_STUDY__POLICIES);
		}
		return policies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Double> getSweepSyncPeriodsS() {
		if (sweepSyncPeriodsS == null) {
			sweepSyncPeriodsS = new EDataTypeEList<Double>(Double.class, this, ScenarioPackage.TWIN_STUDY__SWEEP_SYNC_PERIODS_S);
		}
		return sweepSyncPeriodsS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Double> getSweepPrecisions() {
		if (sweepPrecisions == null) {
			sweepPrecisions = new EDataTypeEList<Double>(Double.class, this, ScenarioPackage.TWIN_STUDY__SWEEP_PRECISIONS);
		}
		return sweepPrecisions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ScenarioPackage.TWIN_STUDY__PERIODS:
				return getPeriods();
			case ScenarioPackage.TWIN_STUDY__PERIOD_S:
				return getPeriodS();
			case ScenarioPackage.TWIN_STUDY__SEASON_LENGTH:
				return getSeasonLength();
			case ScenarioPackage.TWIN_STUDY__HEADROOM:
				return getHeadroom();
			case ScenarioPackage.TWIN_STUDY__SLA_SHORTFALL:
				return getSlaShortfall();
			case ScenarioPackage.TWIN_STUDY__LAGS:
				return getLags();
			case ScenarioPackage.TWIN_STUDY__POLICIES:
				return getPolicies();
			case ScenarioPackage.TWIN_STUDY__SWEEP_SYNC_PERIODS_S:
				return getSweepSyncPeriodsS();
			case ScenarioPackage.TWIN_STUDY__SWEEP_PRECISIONS:
				return getSweepPrecisions();
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
			case ScenarioPackage.TWIN_STUDY__PERIODS:
				setPeriods((Integer)newValue);
				return;
			case ScenarioPackage.TWIN_STUDY__PERIOD_S:
				setPeriodS((Double)newValue);
				return;
			case ScenarioPackage.TWIN_STUDY__SEASON_LENGTH:
				setSeasonLength((Integer)newValue);
				return;
			case ScenarioPackage.TWIN_STUDY__HEADROOM:
				setHeadroom((Double)newValue);
				return;
			case ScenarioPackage.TWIN_STUDY__SLA_SHORTFALL:
				setSlaShortfall((Double)newValue);
				return;
			case ScenarioPackage.TWIN_STUDY__LAGS:
				setLags((Integer)newValue);
				return;
			case ScenarioPackage.TWIN_STUDY__POLICIES:
				getPolicies().clear();
				getPolicies().addAll((Collection<? extends ReservationPolicyKind>)newValue);
				return;
			case ScenarioPackage.TWIN_STUDY__SWEEP_SYNC_PERIODS_S:
				getSweepSyncPeriodsS().clear();
				getSweepSyncPeriodsS().addAll((Collection<? extends Double>)newValue);
				return;
			case ScenarioPackage.TWIN_STUDY__SWEEP_PRECISIONS:
				getSweepPrecisions().clear();
				getSweepPrecisions().addAll((Collection<? extends Double>)newValue);
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
			case ScenarioPackage.TWIN_STUDY__PERIODS:
				setPeriods(PERIODS_EDEFAULT);
				return;
			case ScenarioPackage.TWIN_STUDY__PERIOD_S:
				setPeriodS(PERIOD_S_EDEFAULT);
				return;
			case ScenarioPackage.TWIN_STUDY__SEASON_LENGTH:
				setSeasonLength(SEASON_LENGTH_EDEFAULT);
				return;
			case ScenarioPackage.TWIN_STUDY__HEADROOM:
				setHeadroom(HEADROOM_EDEFAULT);
				return;
			case ScenarioPackage.TWIN_STUDY__SLA_SHORTFALL:
				setSlaShortfall(SLA_SHORTFALL_EDEFAULT);
				return;
			case ScenarioPackage.TWIN_STUDY__LAGS:
				setLags(LAGS_EDEFAULT);
				return;
			case ScenarioPackage.TWIN_STUDY__POLICIES:
				getPolicies().clear();
				return;
			case ScenarioPackage.TWIN_STUDY__SWEEP_SYNC_PERIODS_S:
				getSweepSyncPeriodsS().clear();
				return;
			case ScenarioPackage.TWIN_STUDY__SWEEP_PRECISIONS:
				getSweepPrecisions().clear();
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
			case ScenarioPackage.TWIN_STUDY__PERIODS:
				return periods != PERIODS_EDEFAULT;
			case ScenarioPackage.TWIN_STUDY__PERIOD_S:
				return periodS != PERIOD_S_EDEFAULT;
			case ScenarioPackage.TWIN_STUDY__SEASON_LENGTH:
				return seasonLength != SEASON_LENGTH_EDEFAULT;
			case ScenarioPackage.TWIN_STUDY__HEADROOM:
				return headroom != HEADROOM_EDEFAULT;
			case ScenarioPackage.TWIN_STUDY__SLA_SHORTFALL:
				return slaShortfall != SLA_SHORTFALL_EDEFAULT;
			case ScenarioPackage.TWIN_STUDY__LAGS:
				return lags != LAGS_EDEFAULT;
			case ScenarioPackage.TWIN_STUDY__POLICIES:
				return policies != null && !policies.isEmpty();
			case ScenarioPackage.TWIN_STUDY__SWEEP_SYNC_PERIODS_S:
				return sweepSyncPeriodsS != null && !sweepSyncPeriodsS.isEmpty();
			case ScenarioPackage.TWIN_STUDY__SWEEP_PRECISIONS:
				return sweepPrecisions != null && !sweepPrecisions.isEmpty();
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
		result.append(" (periods: ");
		result.append(periods);
		result.append(", periodS: ");
		result.append(periodS);
		result.append(", seasonLength: ");
		result.append(seasonLength);
		result.append(", headroom: ");
		result.append(headroom);
		result.append(", slaShortfall: ");
		result.append(slaShortfall);
		result.append(", lags: ");
		result.append(lags);
		result.append(", policies: ");
		result.append(policies);
		result.append(", sweepSyncPeriodsS: ");
		result.append(sweepSyncPeriodsS);
		result.append(", sweepPrecisions: ");
		result.append(sweepPrecisions);
		result.append(')');
		return result.toString();
	}

} //TwinStudyImpl
