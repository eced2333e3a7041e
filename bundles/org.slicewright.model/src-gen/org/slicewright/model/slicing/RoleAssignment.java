/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.slicing;

import org.eclipse.emf.ecore.EObject;

import org.slicewright.model.topology.Node;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Role Assignment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A TONA role placed on a node at a deployment point.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.slicing.RoleAssignment#getRole <em>Role</em>}</li>
 *   <li>{@link org.slicewright.model.slicing.RoleAssignment#getDeployment <em>Deployment</em>}</li>
 *   <li>{@link org.slicewright.model.slicing.RoleAssignment#getNode <em>Node</em>}</li>
 * </ul>
 *
 * @see org.slicewright.model.slicing.SlicingPackage#getRoleAssignment()
 * @model
 * @generated
 */
public interface RoleAssignment extends EObject {
	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The default value is <code>"EXECUTOR"</code>.
	 * The literals are from the enumeration {@link org.slicewright.model.slicing.TaskRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Role.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see org.slicewright.model.slicing.TaskRole
	 * @see #setRole(TaskRole)
	 * @see org.slicewright.model.slicing.SlicingPackage#getRoleAssignment_Role()
	 * @model default="EXECUTOR"
	 * @generated
	 */
	TaskRole getRole();

	/**
	 * Sets the value of the '{@link org.slicewright.model.slicing.RoleAssignment#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see org.slicewright.model.slicing.TaskRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(TaskRole value);

	/**
	 * Returns the value of the '<em><b>Deployment</b></em>' attribute.
	 * The default value is <code>"GNB"</code>.
	 * The literals are from the enumeration {@link org.slicewright.model.slicing.DeploymentPoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Deployment point.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Deployment</em>' attribute.
	 * @see org.slicewright.model.slicing.DeploymentPoint
	 * @see #setDeployment(DeploymentPoint)
	 * @see org.slicewright.model.slicing.SlicingPackage#getRoleAssignment_Deployment()
	 * @model default="GNB"
	 * @generated
	 */
	DeploymentPoint getDeployment();

	/**
	 * Sets the value of the '{@link org.slicewright.model.slicing.RoleAssignment#getDeployment <em>Deployment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deployment</em>' attribute.
	 * @see org.slicewright.model.slicing.DeploymentPoint
	 * @see #getDeployment()
	 * @generated
	 */
	void setDeployment(DeploymentPoint value);

	/**
	 * Returns the value of the '<em><b>Node</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Node playing the role.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Node</em>' reference.
	 * @see #setNode(Node)
	 * @see org.slicewright.model.slicing.SlicingPackage#getRoleAssignment_Node()
	 * @model
	 * @generated
	 */
	Node getNode();

	/**
	 * Sets the value of the '{@link org.slicewright.model.slicing.RoleAssignment#getNode <em>Node</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Node</em>' reference.
	 * @see #getNode()
	 * @generated
	 */
	void setNode(Node value);

} // RoleAssignment
