/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.slicing;

import org.eclipse.emf.common.util.EList;

import org.slicewright.model.topology.Identified;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>AI Task</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A TONA AI task: a unit of an AI service coordinating nodes and four resource kinds.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.slicing.AITask#getRoles <em>Roles</em>}</li>
 *   <li>{@link org.slicewright.model.slicing.AITask#getResourceQos <em>Resource Qos</em>}</li>
 * </ul>
 *
 * @see org.slicewright.model.slicing.SlicingPackage#getAITask()
 * @model
 * @generated
 */
public interface AITask extends Identified {
	/**
	 * Returns the value of the '<em><b>Roles</b></em>' containment reference list.
	 * The list contents are of type {@link org.slicewright.model.slicing.RoleAssignment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Role assignments.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Roles</em>' containment reference list.
	 * @see org.slicewright.model.slicing.SlicingPackage#getAITask_Roles()
	 * @model containment="true"
	 * @generated
	 */
	EList<RoleAssignment> getRoles();

	/**
	 * Returns the value of the '<em><b>Resource Qos</b></em>' containment reference list.
	 * The list contents are of type {@link org.slicewright.model.slicing.ResourceQoS}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Per-resource QoS.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resource Qos</em>' containment reference list.
	 * @see org.slicewright.model.slicing.SlicingPackage#getAITask_ResourceQos()
	 * @model containment="true"
	 * @generated
	 */
	EList<ResourceQoS> getResourceQos();

} // AITask
