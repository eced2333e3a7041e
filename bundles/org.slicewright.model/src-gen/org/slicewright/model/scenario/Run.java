/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.scenario;

import org.eclipse.emf.common.util.EList;

import org.slicewright.model.topology.Identified;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Run</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One evaluated point of a sweep: the policy and its parameters, the seed, and the metrics measured.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.scenario.Run#getPolicy <em>Policy</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.Run#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.Run#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.Run#getWallMs <em>Wall Ms</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.Run#getMetrics <em>Metrics</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.Run#getSeries <em>Series</em>}</li>
 * </ul>
 *
 * @see org.slicewright.model.scenario.ScenarioPackage#getRun()
 * @model
 * @generated
 */
public interface Run extends Identified {
	/**
	 * Returns the value of the '<em><b>Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Policy name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Policy</em>' attribute.
	 * @see #setPolicy(String)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getRun_Policy()
	 * @model
	 * @generated
	 */
	String getPolicy();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.Run#getPolicy <em>Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Policy</em>' attribute.
	 * @see #getPolicy()
	 * @generated
	 */
	void setPolicy(String value);

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Policy parameters, e.g. 'subpools=4 lambda_max=10'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parameters</em>' attribute.
	 * @see #setParameters(String)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getRun_Parameters()
	 * @model
	 * @generated
	 */
	String getParameters();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.Run#getParameters <em>Parameters</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parameters</em>' attribute.
	 * @see #getParameters()
	 * @generated
	 */
	void setParameters(String value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Seed of the run.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getRun_Seed()
	 * @model default="0"
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.Run#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

	/**
	 * Returns the value of the '<em><b>Wall Ms</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Wall time in ms.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Wall Ms</em>' attribute.
	 * @see #setWallMs(long)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getRun_WallMs()
	 * @model default="0"
	 *        annotation="http://slicewright.org/range min='0'"
	 * @generated
	 */
	long getWallMs();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.Run#getWallMs <em>Wall Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Wall Ms</em>' attribute.
	 * @see #getWallMs()
	 * @generated
	 */
	void setWallMs(long value);

	/**
	 * Returns the value of the '<em><b>Metrics</b></em>' containment reference list.
	 * The list contents are of type {@link org.slicewright.model.scenario.Metric}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Measured metrics.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Metrics</em>' containment reference list.
	 * @see org.slicewright.model.scenario.ScenarioPackage#getRun_Metrics()
	 * @model containment="true"
	 * @generated
	 */
	EList<Metric> getMetrics();

	/**
	 * Returns the value of the '<em><b>Series</b></em>' containment reference list.
	 * The list contents are of type {@link org.slicewright.model.scenario.Series}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Measured series (per period or round).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Series</em>' containment reference list.
	 * @see org.slicewright.model.scenario.ScenarioPackage#getRun_Series()
	 * @model containment="true"
	 * @generated
	 */
	EList<Series> getSeries();

} // Run
