/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.twins;

import org.eclipse.emf.common.util.EList;

import org.slicewright.model.slicing.Slice;

import org.slicewright.model.topology.Identified;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Level Two Twin</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Twin of a slice: aggregates of the level-one twins pertinent to the slice (and only those), slice configuration, utilisation and SLA satisfaction.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.twins.LevelTwoTwin#getSlice <em>Slice</em>}</li>
 *   <li>{@link org.slicewright.model.twins.LevelTwoTwin#getMembers <em>Members</em>}</li>
 *   <li>{@link org.slicewright.model.twins.LevelTwoTwin#getAggregateArrivalRate <em>Aggregate Arrival Rate</em>}</li>
 *   <li>{@link org.slicewright.model.twins.LevelTwoTwin#getUtilisation <em>Utilisation</em>}</li>
 *   <li>{@link org.slicewright.model.twins.LevelTwoTwin#getSlaSatisfaction <em>Sla Satisfaction</em>}</li>
 * </ul>
 *
 * @see org.slicewright.model.twins.TwinsPackage#getLevelTwoTwin()
 * @model
 * @generated
 */
public interface LevelTwoTwin extends Identified {
	/**
	 * Returns the value of the '<em><b>Slice</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The slice.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Slice</em>' reference.
	 * @see #setSlice(Slice)
	 * @see org.slicewright.model.twins.TwinsPackage#getLevelTwoTwin_Slice()
	 * @model
	 * @generated
	 */
	Slice getSlice();

	/**
	 * Sets the value of the '{@link org.slicewright.model.twins.LevelTwoTwin#getSlice <em>Slice</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slice</em>' reference.
	 * @see #getSlice()
	 * @generated
	 */
	void setSlice(Slice value);

	/**
	 * Returns the value of the '<em><b>Members</b></em>' reference list.
	 * The list contents are of type {@link org.slicewright.model.twins.LevelOneTwin}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Level-one twins the slice may see.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Members</em>' reference list.
	 * @see org.slicewright.model.twins.TwinsPackage#getLevelTwoTwin_Members()
	 * @model
	 * @generated
	 */
	EList<LevelOneTwin> getMembers();

	/**
	 * Returns the value of the '<em><b>Aggregate Arrival Rate</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sum of the members' arrival rates (data units/s).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Aggregate Arrival Rate</em>' attribute.
	 * @see #setAggregateArrivalRate(double)
	 * @see org.slicewright.model.twins.TwinsPackage#getLevelTwoTwin_AggregateArrivalRate()
	 * @model default="0.0"
	 *        annotation="http://slicewright.org/range min='0' max='1e12'"
	 * @generated
	 */
	double getAggregateArrivalRate();

	/**
	 * Sets the value of the '{@link org.slicewright.model.twins.LevelTwoTwin#getAggregateArrivalRate <em>Aggregate Arrival Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Aggregate Arrival Rate</em>' attribute.
	 * @see #getAggregateArrivalRate()
	 * @generated
	 */
	void setAggregateArrivalRate(double value);

	/**
	 * Returns the value of the '<em><b>Utilisation</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Resource utilisation in [0,1] after a run.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Utilisation</em>' attribute.
	 * @see #setUtilisation(double)
	 * @see org.slicewright.model.twins.TwinsPackage#getLevelTwoTwin_Utilisation()
	 * @model default="0.0"
	 *        annotation="http://slicewright.org/range min='0' max='1'"
	 * @generated
	 */
	double getUtilisation();

	/**
	 * Sets the value of the '{@link org.slicewright.model.twins.LevelTwoTwin#getUtilisation <em>Utilisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Utilisation</em>' attribute.
	 * @see #getUtilisation()
	 * @generated
	 */
	void setUtilisation(double value);

	/**
	 * Returns the value of the '<em><b>Sla Satisfaction</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of periods meeting the SLA in [0,1] after a run.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sla Satisfaction</em>' attribute.
	 * @see #setSlaSatisfaction(double)
	 * @see org.slicewright.model.twins.TwinsPackage#getLevelTwoTwin_SlaSatisfaction()
	 * @model default="0.0"
	 *        annotation="http://slicewright.org/range min='0' max='1'"
	 * @generated
	 */
	double getSlaSatisfaction();

	/**
	 * Sets the value of the '{@link org.slicewright.model.twins.LevelTwoTwin#getSlaSatisfaction <em>Sla Satisfaction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sla Satisfaction</em>' attribute.
	 * @see #getSlaSatisfaction()
	 * @generated
	 */
	void setSlaSatisfaction(double value);

} // LevelTwoTwin
