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

import org.slicewright.model.slicing.Service;

import org.slicewright.model.topology.Site;
import org.slicewright.model.topology.UserDeviceGroup;

import org.slicewright.model.topology.impl.IdentifiedImpl;

import org.slicewright.model.twins.LevelOneTwin;
import org.slicewright.model.twins.MobilityModel;
import org.slicewright.model.twins.TwinsPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Level One Twin</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.twins.impl.LevelOneTwinImpl#getGroup <em>Group</em>}</li>
 *   <li>{@link org.slicewright.model.twins.impl.LevelOneTwinImpl#getSize <em>Size</em>}</li>
 *   <li>{@link org.slicewright.model.twins.impl.LevelOneTwinImpl#getX <em>X</em>}</li>
 *   <li>{@link org.slicewright.model.twins.impl.LevelOneTwinImpl#getY <em>Y</em>}</li>
 *   <li>{@link org.slicewright.model.twins.impl.LevelOneTwinImpl#getMobility <em>Mobility</em>}</li>
 *   <li>{@link org.slicewright.model.twins.impl.LevelOneTwinImpl#getServices <em>Services</em>}</li>
 *   <li>{@link org.slicewright.model.twins.impl.LevelOneTwinImpl#getArrivalRate <em>Arrival Rate</em>}</li>
 *   <li>{@link org.slicewright.model.twins.impl.LevelOneTwinImpl#getTraceRef <em>Trace Ref</em>}</li>
 *   <li>{@link org.slicewright.model.twins.impl.LevelOneTwinImpl#getSyncPeriodS <em>Sync Period S</em>}</li>
 *   <li>{@link org.slicewright.model.twins.impl.LevelOneTwinImpl#getHistoryLength <em>History Length</em>}</li>
 *   <li>{@link org.slicewright.model.twins.impl.LevelOneTwinImpl#getDiurnalAmplitude <em>Diurnal Amplitude</em>}</li>
 *   <li>{@link org.slicewright.model.twins.impl.LevelOneTwinImpl#getPeakHour <em>Peak Hour</em>}</li>
 *   <li>{@link org.slicewright.model.twins.impl.LevelOneTwinImpl#getNoise <em>Noise</em>}</li>
 *   <li>{@link org.slicewright.model.twins.impl.LevelOneTwinImpl#getHomeSite <em>Home Site</em>}</li>
 *   <li>{@link org.slicewright.model.twins.impl.LevelOneTwinImpl#getWorkSite <em>Work Site</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LevelOneTwinImpl extends IdentifiedImpl implements LevelOneTwin {
	/**
	 * The cached value of the '{@link #getGroup() <em>Group</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroup()
	 * @generated
	 * @ordered
	 */
	protected UserDeviceGroup group;

	/**
	 * The default value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected static final int SIZE_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected int size = SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getX() <em>X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getX()
	 * @generated
	 * @ordered
	 */
	protected static final double X_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getX() <em>X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getX()
	 * @generated
	 * @ordered
	 */
	protected double x = X_EDEFAULT;

	/**
	 * The default value of the '{@link #getY() <em>Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getY()
	 * @generated
	 * @ordered
	 */
	protected static final double Y_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getY() <em>Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getY()
	 * @generated
	 * @ordered
	 */
	protected double y = Y_EDEFAULT;

	/**
	 * The default value of the '{@link #getMobility() <em>Mobility</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMobility()
	 * @generated
	 * @ordered
	 */
	protected static final MobilityModel MOBILITY_EDEFAULT = MobilityModel.STATIC;

	/**
	 * The cached value of the '{@link #getMobility() <em>Mobility</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMobility()
	 * @generated
	 * @ordered
	 */
	protected MobilityModel mobility = MOBILITY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getServices() <em>Services</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServices()
	 * @generated
	 * @ordered
	 */
	protected EList<Service> services;

	/**
	 * The default value of the '{@link #getArrivalRate() <em>Arrival Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArrivalRate()
	 * @generated
	 * @ordered
	 */
	protected static final double ARRIVAL_RATE_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getArrivalRate() <em>Arrival Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArrivalRate()
	 * @generated
	 * @ordered
	 */
	protected double arrivalRate = ARRIVAL_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTraceRef() <em>Trace Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTraceRef()
	 * @generated
	 * @ordered
	 */
	protected static final String TRACE_REF_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTraceRef() <em>Trace Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTraceRef()
	 * @generated
	 * @ordered
	 */
	protected String traceRef = TRACE_REF_EDEFAULT;

	/**
	 * The default value of the '{@link #getSyncPeriodS() <em>Sync Period S</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSyncPeriodS()
	 * @generated
	 * @ordered
	 */
	protected static final double SYNC_PERIOD_S_EDEFAULT = 0.0;

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
	protected static final int HISTORY_LENGTH_EDEFAULT = 0;

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
	 * The default value of the '{@link #getDiurnalAmplitude() <em>Diurnal Amplitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiurnalAmplitude()
	 * @generated
	 * @ordered
	 */
	protected static final double DIURNAL_AMPLITUDE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getDiurnalAmplitude() <em>Diurnal Amplitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiurnalAmplitude()
	 * @generated
	 * @ordered
	 */
	protected double diurnalAmplitude = DIURNAL_AMPLITUDE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPeakHour() <em>Peak Hour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeakHour()
	 * @generated
	 * @ordered
	 */
	protected static final double PEAK_HOUR_EDEFAULT = 20.0;

	/**
	 * The cached value of the '{@link #getPeakHour() <em>Peak Hour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeakHour()
	 * @generated
	 * @ordered
	 */
	protected double peakHour = PEAK_HOUR_EDEFAULT;

	/**
	 * The default value of the '{@link #getNoise() <em>Noise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNoise()
	 * @generated
	 * @ordered
	 */
	protected static final double NOISE_EDEFAULT = 0.1;

	/**
	 * The cached value of the '{@link #getNoise() <em>Noise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNoise()
	 * @generated
	 * @ordered
	 */
	protected double noise = NOISE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getHomeSite() <em>Home Site</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHomeSite()
	 * @generated
	 * @ordered
	 */
	protected Site homeSite;

	/**
	 * The cached value of the '{@link #getWorkSite() <em>Work Site</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkSite()
	 * @generated
	 * @ordered
	 */
	protected Site workSite;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LevelOneTwinImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TwinsPackage.Literals.LEVEL_ONE_TWIN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UserDeviceGroup getGroup() {
		if (group != null && group.eIsProxy()) {
			InternalEObject oldGroup = (InternalEObject)group;
			group = (UserDeviceGroup)eResolveProxy(oldGroup);
			if (group != oldGroup) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TwinsPackage.LEVEL_ONE_TWIN__GROUP, oldGroup, group));
			}
		}
		return group;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public UserDeviceGroup basicGetGroup() {
		return group;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGroup(UserDeviceGroup newGroup) {
		UserDeviceGroup oldGroup = group;
		group = newGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinsPackage.LEVEL_ONE_TWIN__GROUP, oldGroup, group));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSize() {
		return size;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSize(int newSize) {
		int oldSize = size;
		size = newSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinsPackage.LEVEL_ONE_TWIN__SIZE, oldSize, size));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getX() {
		return x;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setX(double newX) {
		double oldX = x;
		x = newX;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinsPackage.LEVEL_ONE_TWIN__X, oldX, x));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getY() {
		return y;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setY(double newY) {
		double oldY = y;
		y = newY;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinsPackage.LEVEL_ONE_TWIN__Y, oldY, y));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MobilityModel getMobility() {
		return mobility;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMobility(MobilityModel newMobility) {
		MobilityModel oldMobility = mobility;
		mobility = newMobility == null ? MOBILITY_EDEFAULT : newMobility;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinsPackage.LEVEL_ONE_TWIN__MOBILITY, oldMobility, mobility));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Service> getServices() {
		if (services == null) {
			services = new EObjectResolvingEList<Service>(Service.class, this, TwinsPackage.LEVEL_ONE_TWIN__SERVICES);
		}
		return services;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getArrivalRate() {
		return arrivalRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArrivalRate(double newArrivalRate) {
		double oldArrivalRate = arrivalRate;
		arrivalRate = newArrivalRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinsPackage.LEVEL_ONE_TWIN__ARRIVAL_RATE, oldArrivalRate, arrivalRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTraceRef() {
		return traceRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTraceRef(String newTraceRef) {
		String oldTraceRef = traceRef;
		traceRef = newTraceRef;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinsPackage.LEVEL_ONE_TWIN__TRACE_REF, oldTraceRef, traceRef));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TwinsPackage.LEVEL_ONE_TWIN__SYNC_PERIOD_S, oldSyncPeriodS, syncPeriodS));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TwinsPackage.LEVEL_ONE_TWIN__HISTORY_LENGTH, oldHistoryLength, historyLength));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDiurnalAmplitude() {
		return diurnalAmplitude;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiurnalAmplitude(double newDiurnalAmplitude) {
		double oldDiurnalAmplitude = diurnalAmplitude;
		diurnalAmplitude = newDiurnalAmplitude;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinsPackage.LEVEL_ONE_TWIN__DIURNAL_AMPLITUDE, oldDiurnalAmplitude, diurnalAmplitude));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPeakHour() {
		return peakHour;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeakHour(double newPeakHour) {
		double oldPeakHour = peakHour;
		peakHour = newPeakHour;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinsPackage.LEVEL_ONE_TWIN__PEAK_HOUR, oldPeakHour, peakHour));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getNoise() {
		return noise;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNoise(double newNoise) {
		double oldNoise = noise;
		noise = newNoise;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinsPackage.LEVEL_ONE_TWIN__NOISE, oldNoise, noise));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Site getHomeSite() {
		if (homeSite != null && homeSite.eIsProxy()) {
			InternalEObject oldHomeSite = (InternalEObject)homeSite;
			homeSite = (Site)eResolveProxy(oldHomeSite);
			if (homeSite != oldHomeSite) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TwinsPackage.LEVEL_ONE_TWIN__HOME_SITE, oldHomeSite, homeSite));
			}
		}
		return homeSite;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Site basicGetHomeSite() {
		return homeSite;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHomeSite(Site newHomeSite) {
		Site oldHomeSite = homeSite;
		homeSite = newHomeSite;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinsPackage.LEVEL_ONE_TWIN__HOME_SITE, oldHomeSite, homeSite));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Site getWorkSite() {
		if (workSite != null && workSite.eIsProxy()) {
			InternalEObject oldWorkSite = (InternalEObject)workSite;
			workSite = (Site)eResolveProxy(oldWorkSite);
			if (workSite != oldWorkSite) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TwinsPackage.LEVEL_ONE_TWIN__WORK_SITE, oldWorkSite, workSite));
			}
		}
		return workSite;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Site basicGetWorkSite() {
		return workSite;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWorkSite(Site newWorkSite) {
		Site oldWorkSite = workSite;
		workSite = newWorkSite;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinsPackage.LEVEL_ONE_TWIN__WORK_SITE, oldWorkSite, workSite));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TwinsPackage.LEVEL_ONE_TWIN__GROUP:
				if (resolve) return getGroup();
				return basicGetGroup();
			case TwinsPackage.LEVEL_ONE_TWIN__SIZE:
				return getSize();
			case TwinsPackage.LEVEL_ONE_TWIN__X:
				return getX();
			case TwinsPackage.LEVEL_ONE_TWIN__Y:
				return getY();
			case TwinsPackage.LEVEL_ONE_TWIN__MOBILITY:
				return getMobility();
			case TwinsPackage.LEVEL_ONE_TWIN__SERVICES:
				return getServices();
			case TwinsPackage.LEVEL_ONE_TWIN__ARRIVAL_RATE:
				return getArrivalRate();
			case TwinsPackage.LEVEL_ONE_TWIN__TRACE_REF:
				return getTraceRef();
			case TwinsPackage.LEVEL_ONE_TWIN__SYNC_PERIOD_S:
				return getSyncPeriodS();
			case TwinsPackage.LEVEL_ONE_TWIN__HISTORY_LENGTH:
				return getHistoryLength();
			case TwinsPackage.LEVEL_ONE_TWIN__DIURNAL_AMPLITUDE:
				return getDiurnalAmplitude();
			case TwinsPackage.LEVEL_ONE_TWIN__PEAK_HOUR:
				return getPeakHour();
			case TwinsPackage.LEVEL_ONE_TWIN__NOISE:
				return getNoise();
			case TwinsPackage.LEVEL_ONE_TWIN__HOME_SITE:
				if (resolve) return getHomeSite();
				return basicGetHomeSite();
			case TwinsPackage.LEVEL_ONE_TWIN__WORK_SITE:
				if (resolve) return getWorkSite();
				return basicGetWorkSite();
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
			case TwinsPackage.LEVEL_ONE_TWIN__GROUP:
				setGroup((UserDeviceGroup)newValue);
				return;
			case TwinsPackage.LEVEL_ONE_TWIN__SIZE:
				setSize((Integer)newValue);
				return;
			case TwinsPackage.LEVEL_ONE_TWIN__X:
				setX((Double)newValue);
				return;
			case TwinsPackage.LEVEL_ONE_TWIN__Y:
				setY((Double)newValue);
				return;
			case TwinsPackage.LEVEL_ONE_TWIN__MOBILITY:
				setMobility((MobilityModel)newValue);
				return;
			case TwinsPackage.LEVEL_ONE_TWIN__SERVICES:
				getServices().clear();
				getServices().addAll((Collection<? extends Service>)newValue);
				return;
			case TwinsPackage.LEVEL_ONE_TWIN__ARRIVAL_RATE:
				setArrivalRate((Double)newValue);
				return;
			case TwinsPackage.LEVEL_ONE_TWIN__TRACE_REF:
				setTraceRef((String)newValue);
				return;
			case TwinsPackage.LEVEL_ONE_TWIN__SYNC_PERIOD_S:
				setSyncPeriodS((Double)newValue);
				return;
			case TwinsPackage.LEVEL_ONE_TWIN__HISTORY_LENGTH:
				setHistoryLength((Integer)newValue);
				return;
			case TwinsPackage.LEVEL_ONE_TWIN__DIURNAL_AMPLITUDE:
				setDiurnalAmplitude((Double)newValue);
				return;
			case TwinsPackage.LEVEL_ONE_TWIN__PEAK_HOUR:
				setPeakHour((Double)newValue);
				return;
			case TwinsPackage.LEVEL_ONE_TWIN__NOISE:
				setNoise((Double)newValue);
				return;
			case TwinsPackage.LEVEL_ONE_TWIN__HOME_SITE:
				setHomeSite((Site)newValue);
				return;
			case TwinsPackage.LEVEL_ONE_TWIN__WORK_SITE:
				setWorkSite((Site)newValue);
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
			case TwinsPackage.LEVEL_ONE_TWIN__GROUP:
				setGroup((UserDeviceGroup)null);
				return;
			case TwinsPackage.LEVEL_ONE_TWIN__SIZE:
				setSize(SIZE_EDEFAULT);
				return;
			case TwinsPackage.LEVEL_ONE_TWIN__X:
				setX(X_EDEFAULT);
				return;
			case TwinsPackage.LEVEL_ONE_TWIN__Y:
				setY(Y_EDEFAULT);
				return;
			case TwinsPackage.LEVEL_ONE_TWIN__MOBILITY:
				setMobility(MOBILITY_EDEFAULT);
				return;
			case TwinsPackage.LEVEL_ONE_TWIN__SERVICES:
				getServices().clear();
				return;
			case TwinsPackage.LEVEL_ONE_TWIN__ARRIVAL_RATE:
				setArrivalRate(ARRIVAL_RATE_EDEFAULT);
				return;
			case TwinsPackage.LEVEL_ONE_TWIN__TRACE_REF:
				setTraceRef(TRACE_REF_EDEFAULT);
				return;
			case TwinsPackage.LEVEL_ONE_TWIN__SYNC_PERIOD_S:
				setSyncPeriodS(SYNC_PERIOD_S_EDEFAULT);
				return;
			case TwinsPackage.LEVEL_ONE_TWIN__HISTORY_LENGTH:
				setHistoryLength(HISTORY_LENGTH_EDEFAULT);
				return;
			case TwinsPackage.LEVEL_ONE_TWIN__DIURNAL_AMPLITUDE:
				setDiurnalAmplitude(DIURNAL_AMPLITUDE_EDEFAULT);
				return;
			case TwinsPackage.LEVEL_ONE_TWIN__PEAK_HOUR:
				setPeakHour(PEAK_HOUR_EDEFAULT);
				return;
			case TwinsPackage.LEVEL_ONE_TWIN__NOISE:
				setNoise(NOISE_EDEFAULT);
				return;
			case TwinsPackage.LEVEL_ONE_TWIN__HOME_SITE:
				setHomeSite((Site)null);
				return;
			case TwinsPackage.LEVEL_ONE_TWIN__WORK_SITE:
				setWorkSite((Site)null);
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
			case TwinsPackage.LEVEL_ONE_TWIN__GROUP:
				return group != null;
			case TwinsPackage.LEVEL_ONE_TWIN__SIZE:
				return size != SIZE_EDEFAULT;
			case TwinsPackage.LEVEL_ONE_TWIN__X:
				return x != X_EDEFAULT;
			case TwinsPackage.LEVEL_ONE_TWIN__Y:
				return y != Y_EDEFAULT;
			case TwinsPackage.LEVEL_ONE_TWIN__MOBILITY:
				return mobility != MOBILITY_EDEFAULT;
			case TwinsPackage.LEVEL_ONE_TWIN__SERVICES:
				return services != null && !services.isEmpty();
			case TwinsPackage.LEVEL_ONE_TWIN__ARRIVAL_RATE:
				return arrivalRate != ARRIVAL_RATE_EDEFAULT;
			case TwinsPackage.LEVEL_ONE_TWIN__TRACE_REF:
				return TRACE_REF_EDEFAULT == null ? traceRef != null : !TRACE_REF_EDEFAULT.equals(traceRef);
			case TwinsPackage.LEVEL_ONE_TWIN__SYNC_PERIOD_S:
				return syncPeriodS != SYNC_PERIOD_S_EDEFAULT;
			case TwinsPackage.LEVEL_ONE_TWIN__HISTORY_LENGTH:
				return historyLength != HISTORY_LENGTH_EDEFAULT;
			case TwinsPackage.LEVEL_ONE_TWIN__DIURNAL_AMPLITUDE:
				return diurnalAmplitude != DIURNAL_AMPLITUDE_EDEFAULT;
			case TwinsPackage.LEVEL_ONE_TWIN__PEAK_HOUR:
				return peakHour != PEAK_HOUR_EDEFAULT;
			case TwinsPackage.LEVEL_ONE_TWIN__NOISE:
				return noise != NOISE_EDEFAULT;
			case TwinsPackage.LEVEL_ONE_TWIN__HOME_SITE:
				return homeSite != null;
			case TwinsPackage.LEVEL_ONE_TWIN__WORK_SITE:
				return workSite != null;
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
		result.append(" (size: ");
		result.append(size);
		result.append(", x: ");
		result.append(x);
		result.append(", y: ");
		result.append(y);
		result.append(", mobility: ");
		result.append(mobility);
		result.append(", arrivalRate: ");
		result.append(arrivalRate);
		result.append(", traceRef: ");
		result.append(traceRef);
		result.append(", syncPeriodS: ");
		result.append(syncPeriodS);
		result.append(", historyLength: ");
		result.append(historyLength);
		result.append(", diurnalAmplitude: ");
		result.append(diurnalAmplitude);
		result.append(", peakHour: ");
		result.append(peakHour);
		result.append(", noise: ");
		result.append(noise);
		result.append(')');
		return result.toString();
	}

} //LevelOneTwinImpl
