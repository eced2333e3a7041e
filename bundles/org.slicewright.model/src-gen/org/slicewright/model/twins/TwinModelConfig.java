/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.twins;

import org.slicewright.model.topology.Identified;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Twin Model Config</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Twin-model control: what data twins keep, at what precision, how often they synchronise and how much history they hold.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.twins.TwinModelConfig#getSyncPeriodS <em>Sync Period S</em>}</li>
 *   <li>{@link org.slicewright.model.twins.TwinModelConfig#getHistoryLength <em>History Length</em>}</li>
 *   <li>{@link org.slicewright.model.twins.TwinModelConfig#getPrecision <em>Precision</em>}</li>
 *   <li>{@link org.slicewright.model.twins.TwinModelConfig#getSyncCostRU <em>Sync Cost RU</em>}</li>
 * </ul>
 *
 * @see org.slicewright.model.twins.TwinsPackage#getTwinModelConfig()
 * @model
 * @generated
 */
public interface TwinModelConfig extends Identified {
	/**
	 * Returns the value of the '<em><b>Sync Period S</b></em>' attribute.
	 * The default value is <code>"60.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Default synchronisation period, s.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sync Period S</em>' attribute.
	 * @see #setSyncPeriodS(double)
	 * @see org.slicewright.model.twins.TwinsPackage#getTwinModelConfig_SyncPeriodS()
	 * @model default="60.0"
	 *        annotation="http://slicewright.org/range min='0.001' max='604800'"
	 * @generated
	 */
	double getSyncPeriodS();

	/**
	 * Sets the value of the '{@link org.slicewright.model.twins.TwinModelConfig#getSyncPeriodS <em>Sync Period S</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sync Period S</em>' attribute.
	 * @see #getSyncPeriodS()
	 * @generated
	 */
	void setSyncPeriodS(double value);

	/**
	 * Returns the value of the '<em><b>History Length</b></em>' attribute.
	 * The default value is <code>"10080"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Default number of synchronised values a twin keeps (a week at one value a minute).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>History Length</em>' attribute.
	 * @see #setHistoryLength(int)
	 * @see org.slicewright.model.twins.TwinsPackage#getTwinModelConfig_HistoryLength()
	 * @model default="10080"
	 *        annotation="http://slicewright.org/range min='1' max='10000000'"
	 * @generated
	 */
	int getHistoryLength();

	/**
	 * Sets the value of the '{@link org.slicewright.model.twins.TwinModelConfig#getHistoryLength <em>History Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>History Length</em>' attribute.
	 * @see #getHistoryLength()
	 * @generated
	 */
	void setHistoryLength(int value);

	/**
	 * Returns the value of the '<em><b>Precision</b></em>' attribute.
	 * The default value is <code>"0.01"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Quantisation step of synchronised values, relative to the group's typical rate.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Precision</em>' attribute.
	 * @see #setPrecision(double)
	 * @see org.slicewright.model.twins.TwinsPackage#getTwinModelConfig_Precision()
	 * @model default="0.01"
	 *        annotation="http://slicewright.org/range min='0' max='10'"
	 * @generated
	 */
	double getPrecision();

	/**
	 * Sets the value of the '{@link org.slicewright.model.twins.TwinModelConfig#getPrecision <em>Precision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Precision</em>' attribute.
	 * @see #getPrecision()
	 * @generated
	 */
	void setPrecision(double value);

	/**
	 * Returns the value of the '<em><b>Sync Cost RU</b></em>' attribute.
	 * The default value is <code>"0.01"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * RU per synchronised value at the model's precision (a sweep to another precision pays by the bits a value needs).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sync Cost RU</em>' attribute.
	 * @see #setSyncCostRU(double)
	 * @see org.slicewright.model.twins.TwinsPackage#getTwinModelConfig_SyncCostRU()
	 * @model default="0.01"
	 *        annotation="http://slicewright.org/range min='0' max='1e6'"
	 * @generated
	 */
	double getSyncCostRU();

	/**
	 * Sets the value of the '{@link org.slicewright.model.twins.TwinModelConfig#getSyncCostRU <em>Sync Cost RU</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sync Cost RU</em>' attribute.
	 * @see #getSyncCostRU()
	 * @generated
	 */
	void setSyncCostRU(double value);

} // TwinModelConfig
