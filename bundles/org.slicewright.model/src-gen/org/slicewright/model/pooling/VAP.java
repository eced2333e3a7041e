/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.pooling;

import org.eclipse.emf.common.util.EList;

import org.slicewright.model.topology.Identified;
import org.slicewright.model.topology.Node;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>VAP</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Virtual access point: the projection of one physical edge node into the primary pool.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.pooling.VAP#getNode <em>Node</em>}</li>
 *   <li>{@link org.slicewright.model.pooling.VAP#getReservations <em>Reservations</em>}</li>
 * </ul>
 *
 * @see org.slicewright.model.pooling.PoolingPackage#getVAP()
 * @model
 * @generated
 */
public interface VAP extends Identified {
	/**
	 * Returns the value of the '<em><b>Node</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The physical node.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Node</em>' reference.
	 * @see #setNode(Node)
	 * @see org.slicewright.model.pooling.PoolingPackage#getVAP_Node()
	 * @model
	 * @generated
	 */
	Node getNode();

	/**
	 * Sets the value of the '{@link org.slicewright.model.pooling.VAP#getNode <em>Node</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Node</em>' reference.
	 * @see #getNode()
	 * @generated
	 */
	void setNode(Node value);

	/**
	 * Returns the value of the '<em><b>Reservations</b></em>' containment reference list.
	 * The list contents are of type {@link org.slicewright.model.pooling.Reservation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reservations at this VAP.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reservations</em>' containment reference list.
	 * @see org.slicewright.model.pooling.PoolingPackage#getVAP_Reservations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Reservation> getReservations();

} // VAP
