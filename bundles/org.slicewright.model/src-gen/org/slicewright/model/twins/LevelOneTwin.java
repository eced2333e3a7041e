/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.twins;

import org.eclipse.emf.common.util.EList;

import org.slicewright.model.slicing.Service;

import org.slicewright.model.topology.Identified;
import org.slicewright.model.topology.Site;
import org.slicewright.model.topology.UserDeviceGroup;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Level One Twin</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Twin of a user (group): location and mobility, active services, data-arrival rate or trace, local compute; synchronised every sync period.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.twins.LevelOneTwin#getGroup <em>Group</em>}</li>
 *   <li>{@link org.slicewright.model.twins.LevelOneTwin#getSize <em>Size</em>}</li>
 *   <li>{@link org.slicewright.model.twins.LevelOneTwin#getX <em>X</em>}</li>
 *   <li>{@link org.slicewright.model.twins.LevelOneTwin#getY <em>Y</em>}</li>
 *   <li>{@link org.slicewright.model.twins.LevelOneTwin#getMobility <em>Mobility</em>}</li>
 *   <li>{@link org.slicewright.model.twins.LevelOneTwin#getServices <em>Services</em>}</li>
 *   <li>{@link org.slicewright.model.twins.LevelOneTwin#getArrivalRate <em>Arrival Rate</em>}</li>
 *   <li>{@link org.slicewright.model.twins.LevelOneTwin#getTraceRef <em>Trace Ref</em>}</li>
 *   <li>{@link org.slicewright.model.twins.LevelOneTwin#getSyncPeriodS <em>Sync Period S</em>}</li>
 *   <li>{@link org.slicewright.model.twins.LevelOneTwin#getHistoryLength <em>History Length</em>}</li>
 *   <li>{@link org.slicewright.model.twins.LevelOneTwin#getDiurnalAmplitude <em>Diurnal Amplitude</em>}</li>
 *   <li>{@link org.slicewright.model.twins.LevelOneTwin#getPeakHour <em>Peak Hour</em>}</li>
 *   <li>{@link org.slicewright.model.twins.LevelOneTwin#getNoise <em>Noise</em>}</li>
 *   <li>{@link org.slicewright.model.twins.LevelOneTwin#getHomeSite <em>Home Site</em>}</li>
 *   <li>{@link org.slicewright.model.twins.LevelOneTwin#getWorkSite <em>Work Site</em>}</li>
 * </ul>
 *
 * @see org.slicewright.model.twins.TwinsPackage#getLevelOneTwin()
 * @model
 * @generated
 */
public interface LevelOneTwin extends Identified {
	/**
	 * Returns the value of the '<em><b>Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The user-device group.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Group</em>' reference.
	 * @see #setGroup(UserDeviceGroup)
	 * @see org.slicewright.model.twins.TwinsPackage#getLevelOneTwin_Group()
	 * @model
	 * @generated
	 */
	UserDeviceGroup getGroup();

	/**
	 * Sets the value of the '{@link org.slicewright.model.twins.LevelOneTwin#getGroup <em>Group</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group</em>' reference.
	 * @see #getGroup()
	 * @generated
	 */
	void setGroup(UserDeviceGroup value);

	/**
	 * Returns the value of the '<em><b>Size</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of users represented.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Size</em>' attribute.
	 * @see #setSize(int)
	 * @see org.slicewright.model.twins.TwinsPackage#getLevelOneTwin_Size()
	 * @model default="1"
	 *        annotation="http://slicewright.org/range min='1' max='1e7'"
	 * @generated
	 */
	int getSize();

	/**
	 * Sets the value of the '{@link org.slicewright.model.twins.LevelOneTwin#getSize <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size</em>' attribute.
	 * @see #getSize()
	 * @generated
	 */
	void setSize(int value);

	/**
	 * Returns the value of the '<em><b>X</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Location, east, m.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>X</em>' attribute.
	 * @see #setX(double)
	 * @see org.slicewright.model.twins.TwinsPackage#getLevelOneTwin_X()
	 * @model default="0.0"
	 *        annotation="http://slicewright.org/range min='-1e7' max='1e7'"
	 * @generated
	 */
	double getX();

	/**
	 * Sets the value of the '{@link org.slicewright.model.twins.LevelOneTwin#getX <em>X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>X</em>' attribute.
	 * @see #getX()
	 * @generated
	 */
	void setX(double value);

	/**
	 * Returns the value of the '<em><b>Y</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Location, north, m.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Y</em>' attribute.
	 * @see #setY(double)
	 * @see org.slicewright.model.twins.TwinsPackage#getLevelOneTwin_Y()
	 * @model default="0.0"
	 *        annotation="http://slicewright.org/range min='-1e7' max='1e7'"
	 * @generated
	 */
	double getY();

	/**
	 * Sets the value of the '{@link org.slicewright.model.twins.LevelOneTwin#getY <em>Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Y</em>' attribute.
	 * @see #getY()
	 * @generated
	 */
	void setY(double value);

	/**
	 * Returns the value of the '<em><b>Mobility</b></em>' attribute.
	 * The default value is <code>"STATIC"</code>.
	 * The literals are from the enumeration {@link org.slicewright.model.twins.MobilityModel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mobility model.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mobility</em>' attribute.
	 * @see org.slicewright.model.twins.MobilityModel
	 * @see #setMobility(MobilityModel)
	 * @see org.slicewright.model.twins.TwinsPackage#getLevelOneTwin_Mobility()
	 * @model default="STATIC"
	 * @generated
	 */
	MobilityModel getMobility();

	/**
	 * Sets the value of the '{@link org.slicewright.model.twins.LevelOneTwin#getMobility <em>Mobility</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mobility</em>' attribute.
	 * @see org.slicewright.model.twins.MobilityModel
	 * @see #getMobility()
	 * @generated
	 */
	void setMobility(MobilityModel value);

	/**
	 * Returns the value of the '<em><b>Services</b></em>' reference list.
	 * The list contents are of type {@link org.slicewright.model.slicing.Service}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Active services.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Services</em>' reference list.
	 * @see org.slicewright.model.twins.TwinsPackage#getLevelOneTwin_Services()
	 * @model
	 * @generated
	 */
	EList<Service> getServices();

	/**
	 * Returns the value of the '<em><b>Arrival Rate</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Data-arrival rate lambda in data units per second (must be > 0).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Arrival Rate</em>' attribute.
	 * @see #setArrivalRate(double)
	 * @see org.slicewright.model.twins.TwinsPackage#getLevelOneTwin_ArrivalRate()
	 * @model default="1.0"
	 *        annotation="http://slicewright.org/range min='0' max='1e6'"
	 * @generated
	 */
	double getArrivalRate();

	/**
	 * Sets the value of the '{@link org.slicewright.model.twins.LevelOneTwin#getArrivalRate <em>Arrival Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Arrival Rate</em>' attribute.
	 * @see #getArrivalRate()
	 * @generated
	 */
	void setArrivalRate(double value);

	/**
	 * Returns the value of the '<em><b>Trace Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Path of a demand trace (CSV) relative to the scenario file; overrides arrivalRate when set.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Trace Ref</em>' attribute.
	 * @see #setTraceRef(String)
	 * @see org.slicewright.model.twins.TwinsPackage#getLevelOneTwin_TraceRef()
	 * @model
	 * @generated
	 */
	String getTraceRef();

	/**
	 * Sets the value of the '{@link org.slicewright.model.twins.LevelOneTwin#getTraceRef <em>Trace Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trace Ref</em>' attribute.
	 * @see #getTraceRef()
	 * @generated
	 */
	void setTraceRef(String value);

	/**
	 * Returns the value of the '<em><b>Sync Period S</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Synchronisation period in seconds; 0 = the twin model's. Between synchronisations the twin holds the last value it synchronised.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sync Period S</em>' attribute.
	 * @see #setSyncPeriodS(double)
	 * @see org.slicewright.model.twins.TwinsPackage#getLevelOneTwin_SyncPeriodS()
	 * @model default="0.0"
	 *        annotation="http://slicewright.org/range min='0' max='604800'"
	 * @generated
	 */
	double getSyncPeriodS();

	/**
	 * Sets the value of the '{@link org.slicewright.model.twins.LevelOneTwin#getSyncPeriodS <em>Sync Period S</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sync Period S</em>' attribute.
	 * @see #getSyncPeriodS()
	 * @generated
	 */
	void setSyncPeriodS(double value);

	/**
	 * Returns the value of the '<em><b>History Length</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Synchronised values the twin keeps; 0 = the twin model's. Its history spans historyLength x syncPeriodS seconds, and the forecasters train on what the twins keep.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>History Length</em>' attribute.
	 * @see #setHistoryLength(int)
	 * @see org.slicewright.model.twins.TwinsPackage#getLevelOneTwin_HistoryLength()
	 * @model default="0"
	 *        annotation="http://slicewright.org/range min='0' max='10000000'"
	 * @generated
	 */
	int getHistoryLength();

	/**
	 * Sets the value of the '{@link org.slicewright.model.twins.LevelOneTwin#getHistoryLength <em>History Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>History Length</em>' attribute.
	 * @see #getHistoryLength()
	 * @generated
	 */
	void setHistoryLength(int value);

	/**
	 * Returns the value of the '<em><b>Diurnal Amplitude</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Generated demand only (no trace): relative amplitude in [0,1) of the daily cycle of the arrival rate.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Diurnal Amplitude</em>' attribute.
	 * @see #setDiurnalAmplitude(double)
	 * @see org.slicewright.model.twins.TwinsPackage#getLevelOneTwin_DiurnalAmplitude()
	 * @model default="0.0"
	 *        annotation="http://slicewright.org/range min='0' max='1'"
	 * @generated
	 */
	double getDiurnalAmplitude();

	/**
	 * Sets the value of the '{@link org.slicewright.model.twins.LevelOneTwin#getDiurnalAmplitude <em>Diurnal Amplitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Diurnal Amplitude</em>' attribute.
	 * @see #getDiurnalAmplitude()
	 * @generated
	 */
	void setDiurnalAmplitude(double value);

	/**
	 * Returns the value of the '<em><b>Peak Hour</b></em>' attribute.
	 * The default value is <code>"20.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Generated demand only: hour of day (0-24) at which the daily cycle peaks.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Peak Hour</em>' attribute.
	 * @see #setPeakHour(double)
	 * @see org.slicewright.model.twins.TwinsPackage#getLevelOneTwin_PeakHour()
	 * @model default="20.0"
	 *        annotation="http://slicewright.org/range min='0' max='24'"
	 * @generated
	 */
	double getPeakHour();

	/**
	 * Sets the value of the '{@link org.slicewright.model.twins.LevelOneTwin#getPeakHour <em>Peak Hour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Peak Hour</em>' attribute.
	 * @see #getPeakHour()
	 * @generated
	 */
	void setPeakHour(double value);

	/**
	 * Returns the value of the '<em><b>Noise</b></em>' attribute.
	 * The default value is <code>"0.1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Generated demand only: relative standard deviation of the per-period noise on the arrival rate.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Noise</em>' attribute.
	 * @see #setNoise(double)
	 * @see org.slicewright.model.twins.TwinsPackage#getLevelOneTwin_Noise()
	 * @model default="0.1"
	 *        annotation="http://slicewright.org/range min='0' max='10'"
	 * @generated
	 */
	double getNoise();

	/**
	 * Sets the value of the '{@link org.slicewright.model.twins.LevelOneTwin#getNoise <em>Noise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Noise</em>' attribute.
	 * @see #getNoise()
	 * @generated
	 */
	void setNoise(double value);

	/**
	 * Returns the value of the '<em><b>Home Site</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * COMMUTE mobility: site of the group outside working hours.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Home Site</em>' reference.
	 * @see #setHomeSite(Site)
	 * @see org.slicewright.model.twins.TwinsPackage#getLevelOneTwin_HomeSite()
	 * @model
	 * @generated
	 */
	Site getHomeSite();

	/**
	 * Sets the value of the '{@link org.slicewright.model.twins.LevelOneTwin#getHomeSite <em>Home Site</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Home Site</em>' reference.
	 * @see #getHomeSite()
	 * @generated
	 */
	void setHomeSite(Site value);

	/**
	 * Returns the value of the '<em><b>Work Site</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * COMMUTE mobility: site of the group in working hours (08-18).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Work Site</em>' reference.
	 * @see #setWorkSite(Site)
	 * @see org.slicewright.model.twins.TwinsPackage#getLevelOneTwin_WorkSite()
	 * @model
	 * @generated
	 */
	Site getWorkSite();

	/**
	 * Sets the value of the '{@link org.slicewright.model.twins.LevelOneTwin#getWorkSite <em>Work Site</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Work Site</em>' reference.
	 * @see #getWorkSite()
	 * @generated
	 */
	void setWorkSite(Site value);

} // LevelOneTwin
