/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.pooling;

import org.eclipse.emf.common.util.EList;

import org.slicewright.model.topology.Identified;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>AVAP</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Aggregated VAP: represents a sub-pool and holds the sum of its VAPs' resources; the first level of the two-level reservation.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.pooling.AVAP#getReservations <em>Reservations</em>}</li>
 * </ul>
 *
 * @see org.slicewright.model.pooling.PoolingPackage#getAVAP()
 * @model
 * @generated
 */
public interface AVAP extends Identified {
	/**
	 * Returns the value of the '<em><b>Reservations</b></em>' containment reference list.
	 * The list contents are of type {@link org.slicewright.model.pooling.Reservation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reservations at the AVAP (must cover the sum of the members' reservations).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reservations</em>' containment reference list.
	 * @see org.slicewright.model.pooling.PoolingPackage#getAVAP_Reservations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Reservation> getReservations();

} // AVAP
