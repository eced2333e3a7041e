/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.scenario;

import org.eclipse.emf.common.util.EList;

import org.slicewright.model.topology.Identified;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sweep</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A what-if sweep: sub-pool counts x lambda max values x seeds, run in parallel.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.scenario.Sweep#getSubPoolsFrom <em>Sub Pools From</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.Sweep#getSubPoolsTo <em>Sub Pools To</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.Sweep#getSubPoolValues <em>Sub Pool Values</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.Sweep#getLambdaMaxValues <em>Lambda Max Values</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.Sweep#getSeeds <em>Seeds</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.Sweep#getBaseSeed <em>Base Seed</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.Sweep#getThreads <em>Threads</em>}</li>
 * </ul>
 *
 * @see org.slicewright.model.scenario.ScenarioPackage#getSweep()
 * @model
 * @generated
 */
public interface Sweep extends Identified {
	/**
	 * Returns the value of the '<em><b>Sub Pools From</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Smallest number of sub-pools.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sub Pools From</em>' attribute.
	 * @see #setSubPoolsFrom(int)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getSweep_SubPoolsFrom()
	 * @model default="1"
	 *        annotation="http://slicewright.org/range min='1' max='10000'"
	 * @generated
	 */
	int getSubPoolsFrom();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.Sweep#getSubPoolsFrom <em>Sub Pools From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sub Pools From</em>' attribute.
	 * @see #getSubPoolsFrom()
	 * @generated
	 */
	void setSubPoolsFrom(int value);

	/**
	 * Returns the value of the '<em><b>Sub Pools To</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Largest number of sub-pools.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sub Pools To</em>' attribute.
	 * @see #setSubPoolsTo(int)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getSweep_SubPoolsTo()
	 * @model default="1"
	 *        annotation="http://slicewright.org/range min='1' max='10000'"
	 * @generated
	 */
	int getSubPoolsTo();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.Sweep#getSubPoolsTo <em>Sub Pools To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sub Pools To</em>' attribute.
	 * @see #getSubPoolsTo()
	 * @generated
	 */
	void setSubPoolsTo(int value);

	/**
	 * Returns the value of the '<em><b>Sub Pool Values</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sub-pool counts to run; when empty, every count from subPoolsFrom to subPoolsTo.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sub Pool Values</em>' attribute list.
	 * @see org.slicewright.model.scenario.ScenarioPackage#getSweep_SubPoolValues()
	 * @model unique="false"
	 *        annotation="http://slicewright.org/range min='1' max='10000'"
	 * @generated
	 */
	EList<Integer> getSubPoolValues();

	/**
	 * Returns the value of the '<em><b>Lambda Max Values</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lambda max values (data units/s per AP).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lambda Max Values</em>' attribute list.
	 * @see org.slicewright.model.scenario.ScenarioPackage#getSweep_LambdaMaxValues()
	 * @model unique="false"
	 *        annotation="http://slicewright.org/range min='0' max='1000'"
	 * @generated
	 */
	EList<Double> getLambdaMaxValues();

	/**
	 * Returns the value of the '<em><b>Seeds</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Seeds per point.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Seeds</em>' attribute.
	 * @see #setSeeds(int)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getSweep_Seeds()
	 * @model default="1"
	 *        annotation="http://slicewright.org/range min='1' max='1000'"
	 * @generated
	 */
	int getSeeds();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.Sweep#getSeeds <em>Seeds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seeds</em>' attribute.
	 * @see #getSeeds()
	 * @generated
	 */
	void setSeeds(int value);

	/**
	 * Returns the value of the '<em><b>Base Seed</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Seed of the first run; each run's seed derives from it and the run's coordinates.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Base Seed</em>' attribute.
	 * @see #setBaseSeed(long)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getSweep_BaseSeed()
	 * @model default="1"
	 * @generated
	 */
	long getBaseSeed();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.Sweep#getBaseSeed <em>Base Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Base Seed</em>' attribute.
	 * @see #getBaseSeed()
	 * @generated
	 */
	void setBaseSeed(long value);

	/**
	 * Returns the value of the '<em><b>Threads</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Worker threads (0 = number of cores).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Threads</em>' attribute.
	 * @see #setThreads(int)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getSweep_Threads()
	 * @model default="0"
	 *        annotation="http://slicewright.org/range min='0' max='1024'"
	 * @generated
	 */
	int getThreads();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.Sweep#getThreads <em>Threads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Threads</em>' attribute.
	 * @see #getThreads()
	 * @generated
	 */
	void setThreads(int value);

} // Sweep
