/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.twins.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.slicewright.model.slicing.Slice;

import org.slicewright.model.topology.impl.IdentifiedImpl;

import org.slicewright.model.twins.LevelOneTwin;
import org.slicewright.model.twins.LevelTwoTwin;
import org.slicewright.model.twins.TwinsPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Level Two Twin</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.twins.impl.LevelTwoTwinImpl#getSlice <em>Slice</em>}</li>
 *   <li>{@link org.slicewright.model.twins.impl.LevelTwoTwinImpl#getMembers <em>Members</em>}</li>
 *   <li>{@link org.slicewright.model.twins.impl.LevelTwoTwinImpl#getAggregateArrivalRate <em>Aggregate Arrival Rate</em>}</li>
 *   <li>{@link org.slicewright.model.twins.impl.LevelTwoTwinImpl#getUtilisation <em>Utilisation</em>}</li>
 *   <li>{@link org.slicewright.model.twins.impl.LevelTwoTwinImpl#getSlaSatisfaction <em>Sla Satisfaction</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LevelTwoTwinImpl extends IdentifiedImpl implements LevelTwoTwin {
	/**
	 * The cached value of the '{@link #getSlice() <em>Slice</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlice()
	 * @generated
	 * @ordered
	 */
	protected Slice slice;

	/**
	 * The cached value of the '{@link #getMembers() <em>Members</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembers()
	 * @generated
	 * @ordered
	 */
	protected EList<LevelOneTwin> members;

	/**
	 * The default value of the '{@link #getAggregateArrivalRate() <em>Aggregate Arrival Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAggregateArrivalRate()
	 * @generated
	 * @ordered
	 */
	protected static final double AGGREGATE_ARRIVAL_RATE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getAggregateArrivalRate() <em>Aggregate Arrival Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAggregateArrivalRate()
	 * @generated
	 * @ordered
	 */
	protected double aggregateArrivalRate = AGGREGATE_ARRIVAL_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getUtilisation() <em>Utilisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUtilisation()
	 * @generated
	 * @ordered
	 */
	protected static final double UTILISATION_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getUtilisation() <em>Utilisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUtilisation()
	 * @generated
	 * @ordered
	 */
	protected double utilisation = UTILISATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getSlaSatisfaction() <em>Sla Satisfaction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlaSatisfaction()
	 * @generated
	 * @ordered
	 */
	protected static final double SLA_SATISFACTION_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getSlaSatisfaction() <em>Sla Satisfaction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlaSatisfaction()
	 * @generated
	 * @ordered
	 */
	protected double slaSatisfaction = SLA_SATISFACTION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LevelTwoTwinImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TwinsPackage.Literals.LEVEL_TWO_TWIN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Slice getSlice() {
		if (slice != null && slice.eIsProxy()) {
			InternalEObject oldSlice = (InternalEObject)slice;
			slice = (Slice)eResolveProxy(oldSlice);
			if (slice != oldSlice) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TwinsPackage.LEVEL_TWO_TWIN__SLICE, oldSlice, slice));
			}
		}
		return slice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Slice basicGetSlice() {
		return slice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlice(Slice newSlice) {
		Slice oldSlice = slice;
		slice = newSlice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinsPackage.LEVEL_TWO_TWIN__SLICE, oldSlice, slice));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LevelOneTwin> getMembers() {
		if (members == null) {
			members = new EObjectResolvingEList<LevelOneTwin>(LevelOneTwin.class, this, TwinsPackage.LEVEL_TWO_TWIN__MEMBERS);
		}
		return members;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAggregateArrivalRate() {
		return aggregateArrivalRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAggregateArrivalRate(double newAggregateArrivalRate) {
		double oldAggregateArrivalRate = aggregateArrivalRate;
		aggregateArrivalRate = newAggregateArrivalRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinsPackage.LEVEL_TWO_TWIN__AGGREGATE_ARRIVAL_RATE, oldAggregateArrivalRate, aggregateArrivalRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getUtilisation() {
		return utilisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUtilisation(double newUtilisation) {
		double oldUtilisation = utilisation;
		utilisation = newUtilisation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinsPackage.LEVEL_TWO_TWIN__UTILISATION, oldUtilisation, utilisation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSlaSatisfaction() {
		return slaSatisfaction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlaSatisfaction(double newSlaSatisfaction) {
		double oldSlaSatisfaction = slaSatisfaction;
		slaSatisfaction = newSlaSatisfaction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinsPackage.LEVEL_TWO_TWIN__SLA_SATISFACTION, oldSlaSatisfaction, slaSatisfaction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TwinsPackage.LEVEL_TWO_TWIN__SLICE:
				if (resolve) return getSlice();
				return basicGetSlice();
			case TwinsPackage.LEVEL_TWO_TWIN__MEMBERS:
				return getMembers();
			case TwinsPackage.LEVEL_TWO_TWIN__AGGREGATE_ARRIVAL_RATE:
				return getAggregateArrivalRate();
			case TwinsPackage.LEVEL_TWO_TWIN__UTILISATION:
				return getUtilisation();
			case TwinsPackage.LEVEL_TWO_TWIN__SLA_SATISFACTION:
				return getSlaSatisfaction();
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
			case TwinsPackage.LEVEL_TWO_TWIN__SLICE:
				setSlice((Slice)newValue);
				return;
			case TwinsPackage.LEVEL_TWO_TWIN__MEMBERS:
				getMembers().clear();
				getMembers().addAll((Collection<? extends LevelOneTwin>)newValue);
				return;
			case TwinsPackage.LEVEL_TWO_TWIN__AGGREGATE_ARRIVAL_RATE:
				setAggregateArrivalRate((Double)newValue);
				return;
			case TwinsPackage.LEVEL_TWO_TWIN__UTILISATION:
				setUtilisation((Double)newValue);
				return;
			case TwinsPackage.LEVEL_TWO_TWIN__SLA_SATISFACTION:
				setSlaSatisfaction((Double)newValue);
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
			case TwinsPackage.LEVEL_TWO_TWIN__SLICE:
				setSlice((Slice)null);
				return;
			case TwinsPackage.LEVEL_TWO_TWIN__MEMBERS:
				getMembers().clear();
				return;
			case TwinsPackage.LEVEL_TWO_TWIN__AGGREGATE_ARRIVAL_RATE:
				setAggregateArrivalRate(AGGREGATE_ARRIVAL_RATE_EDEFAULT);
				return;
			case TwinsPackage.LEVEL_TWO_TWIN__UTILISATION:
				setUtilisation(UTILISATION_EDEFAULT);
				return;
			case TwinsPackage.LEVEL_TWO_TWIN__SLA_SATISFACTION:
				setSlaSatisfaction(SLA_SATISFACTION_EDEFAULT);
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
			case TwinsPackage.LEVEL_TWO_TWIN__SLICE:
				return slice != null;
			case TwinsPackage.LEVEL_TWO_TWIN__MEMBERS:
				return members != null && !members.isEmpty();
			case TwinsPackage.LEVEL_TWO_TWIN__AGGREGATE_ARRIVAL_RATE:
				return aggregateArrivalRate != AGGREGATE_ARRIVAL_RATE_EDEFAULT;
			case TwinsPackage.LEVEL_TWO_TWIN__UTILISATION:
				return utilisation != UTILISATION_EDEFAULT;
			case TwinsPackage.LEVEL_TWO_TWIN__SLA_SATISFACTION:
				return slaSatisfaction != SLA_SATISFACTION_EDEFAULT;
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
		result.append(" (aggregateArrivalRate: ");
		result.append(aggregateArrivalRate);
		result.append(", utilisation: ");
		result.append(utilisation);
		result.append(", slaSatisfaction: ");
		result.append(slaSatisfaction);
		result.append(')');
		return result.toString();
	}

} //LevelTwoTwinImpl
