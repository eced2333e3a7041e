/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.scenario;

import org.eclipse.emf.common.util.EList;

import org.slicewright.model.topology.Identified;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Twin Study</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A twin-fed what-if (the digital-twin tutorial): emulation instances of the network, one per reservation policy, advance together over the same twin timeline.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.scenario.TwinStudy#getPeriods <em>Periods</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.TwinStudy#getPeriodS <em>Period S</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.TwinStudy#getSeasonLength <em>Season Length</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.TwinStudy#getHeadroom <em>Headroom</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.TwinStudy#getSlaShortfall <em>Sla Shortfall</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.TwinStudy#getLags <em>Lags</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.TwinStudy#getPolicies <em>Policies</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.TwinStudy#getSweepSyncPeriodsS <em>Sweep Sync Periods S</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.TwinStudy#getSweepPrecisions <em>Sweep Precisions</em>}</li>
 * </ul>
 *
 * @see org.slicewright.model.scenario.ScenarioPackage#getTwinStudy()
 * @model
 * @generated
 */
public interface TwinStudy extends Identified {
	/**
	 * Returns the value of the '<em><b>Periods</b></em>' attribute.
	 * The default value is <code>"288"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Periods emulated (after the warm-up history).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Periods</em>' attribute.
	 * @see #setPeriods(int)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getTwinStudy_Periods()
	 * @model default="288"
	 *        annotation="http://slicewright.org/range min='1' max='100000'"
	 * @generated
	 */
	int getPeriods();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.TwinStudy#getPeriods <em>Periods</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Periods</em>' attribute.
	 * @see #getPeriods()
	 * @generated
	 */
	void setPeriods(int value);

	/**
	 * Returns the value of the '<em><b>Period S</b></em>' attribute.
	 * The default value is <code>"300.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Length of a period, s (the slices' reservation is revised once per period).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Period S</em>' attribute.
	 * @see #setPeriodS(double)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getTwinStudy_PeriodS()
	 * @model default="300.0"
	 *        annotation="http://slicewright.org/range min='1' max='86400'"
	 * @generated
	 */
	double getPeriodS();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.TwinStudy#getPeriodS <em>Period S</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period S</em>' attribute.
	 * @see #getPeriodS()
	 * @generated
	 */
	void setPeriodS(double value);

	/**
	 * Returns the value of the '<em><b>Season Length</b></em>' attribute.
	 * The default value is <code>"288"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Periods per season (one day of 5-minute periods by default).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Season Length</em>' attribute.
	 * @see #setSeasonLength(int)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getTwinStudy_SeasonLength()
	 * @model default="288"
	 *        annotation="http://slicewright.org/range min='2' max='100000'"
	 * @generated
	 */
	int getSeasonLength();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.TwinStudy#getSeasonLength <em>Season Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Season Length</em>' attribute.
	 * @see #getSeasonLength()
	 * @generated
	 */
	void setSeasonLength(int value);

	/**
	 * Returns the value of the '<em><b>Headroom</b></em>' attribute.
	 * The default value is <code>"0.1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share added on top of the estimate when reserving.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Headroom</em>' attribute.
	 * @see #setHeadroom(double)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getTwinStudy_Headroom()
	 * @model default="0.1"
	 *        annotation="http://slicewright.org/range min='0' max='100'"
	 * @generated
	 */
	double getHeadroom();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.TwinStudy#getHeadroom <em>Headroom</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Headroom</em>' attribute.
	 * @see #getHeadroom()
	 * @generated
	 */
	void setHeadroom(double value);

	/**
	 * Returns the value of the '<em><b>Sla Shortfall</b></em>' attribute.
	 * The default value is <code>"0.05"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A period meets the SLA when the shortfall is at most this share of the demand.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sla Shortfall</em>' attribute.
	 * @see #setSlaShortfall(double)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getTwinStudy_SlaShortfall()
	 * @model default="0.05"
	 *        annotation="http://slicewright.org/range min='0' max='1'"
	 * @generated
	 */
	double getSlaShortfall();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.TwinStudy#getSlaShortfall <em>Sla Shortfall</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sla Shortfall</em>' attribute.
	 * @see #getSlaShortfall()
	 * @generated
	 */
	void setSlaShortfall(double value);

	/**
	 * Returns the value of the '<em><b>Lags</b></em>' attribute.
	 * The default value is <code>"12"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lagged demand values the forecaster sees (plus the value one season ago and the time of day).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lags</em>' attribute.
	 * @see #setLags(int)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getTwinStudy_Lags()
	 * @model default="12"
	 *        annotation="http://slicewright.org/range min='1' max='1000'"
	 * @generated
	 */
	int getLags();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.TwinStudy#getLags <em>Lags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lags</em>' attribute.
	 * @see #getLags()
	 * @generated
	 */
	void setLags(int value);

	/**
	 * Returns the value of the '<em><b>Policies</b></em>' attribute list.
	 * The list contents are of type {@link org.slicewright.model.scenario.ReservationPolicyKind}.
	 * The literals are from the enumeration {@link org.slicewright.model.scenario.ReservationPolicyKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reservation policies, one emulation instance each.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Policies</em>' attribute list.
	 * @see org.slicewright.model.scenario.ReservationPolicyKind
	 * @see org.slicewright.model.scenario.ScenarioPackage#getTwinStudy_Policies()
	 * @model unique="false"
	 * @generated
	 */
	EList<ReservationPolicyKind> getPolicies();

	/**
	 * Returns the value of the '<em><b>Sweep Sync Periods S</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Twin-model sweep: synchronisation periods (s) to try, each with every sweep precision; empty = no sweep.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sweep Sync Periods S</em>' attribute list.
	 * @see org.slicewright.model.scenario.ScenarioPackage#getTwinStudy_SweepSyncPeriodsS()
	 * @model unique="false"
	 *        annotation="http://slicewright.org/range min='0.001' max='604800'"
	 * @generated
	 */
	EList<Double> getSweepSyncPeriodsS();

	/**
	 * Returns the value of the '<em><b>Sweep Precisions</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Twin-model sweep: precisions (relative quantisation steps) to try; empty = no sweep.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sweep Precisions</em>' attribute list.
	 * @see org.slicewright.model.scenario.ScenarioPackage#getTwinStudy_SweepPrecisions()
	 * @model unique="false"
	 *        annotation="http://slicewright.org/range min='1e-9' max='10'"
	 * @generated
	 */
	EList<Double> getSweepPrecisions();

} // TwinStudy
