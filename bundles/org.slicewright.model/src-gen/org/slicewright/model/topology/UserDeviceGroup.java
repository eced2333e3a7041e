/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.topology;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>User Device Group</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A population of user devices attached to a node (the subject of a level-one twin).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.topology.UserDeviceGroup#getAttachedTo <em>Attached To</em>}</li>
 *   <li>{@link org.slicewright.model.topology.UserDeviceGroup#getSize <em>Size</em>}</li>
 *   <li>{@link org.slicewright.model.topology.UserDeviceGroup#getDiagramX <em>Diagram X</em>}</li>
 *   <li>{@link org.slicewright.model.topology.UserDeviceGroup#getDiagramY <em>Diagram Y</em>}</li>
 *   <li>{@link org.slicewright.model.topology.UserDeviceGroup#getDiagramWidth <em>Diagram Width</em>}</li>
 *   <li>{@link org.slicewright.model.topology.UserDeviceGroup#getDiagramHeight <em>Diagram Height</em>}</li>
 * </ul>
 *
 * @see org.slicewright.model.topology.TopologyPackage#getUserDeviceGroup()
 * @model
 * @generated
 */
public interface UserDeviceGroup extends Identified {
	/**
	 * Returns the value of the '<em><b>Attached To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Serving node.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Attached To</em>' reference.
	 * @see #setAttachedTo(Node)
	 * @see org.slicewright.model.topology.TopologyPackage#getUserDeviceGroup_AttachedTo()
	 * @model
	 * @generated
	 */
	Node getAttachedTo();

	/**
	 * Sets the value of the '{@link org.slicewright.model.topology.UserDeviceGroup#getAttachedTo <em>Attached To</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attached To</em>' reference.
	 * @see #getAttachedTo()
	 * @generated
	 */
	void setAttachedTo(Node value);

	/**
	 * Returns the value of the '<em><b>Size</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of devices.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Size</em>' attribute.
	 * @see #setSize(int)
	 * @see org.slicewright.model.topology.TopologyPackage#getUserDeviceGroup_Size()
	 * @model default="1"
	 *        annotation="http://slicewright.org/range min='0' max='1e7'"
	 * @generated
	 */
	int getSize();

	/**
	 * Sets the value of the '{@link org.slicewright.model.topology.UserDeviceGroup#getSize <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size</em>' attribute.
	 * @see #getSize()
	 * @generated
	 */
	void setSize(int value);

	/**
	 * Returns the value of the '<em><b>Diagram X</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Topology diagram: left edge in diagram units.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Diagram X</em>' attribute.
	 * @see #setDiagramX(double)
	 * @see org.slicewright.model.topology.TopologyPackage#getUserDeviceGroup_DiagramX()
	 * @model default="0.0"
	 *        annotation="http://slicewright.org/range min='-1e9' max='1e9'"
	 * @generated
	 */
	double getDiagramX();

	/**
	 * Sets the value of the '{@link org.slicewright.model.topology.UserDeviceGroup#getDiagramX <em>Diagram X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Diagram X</em>' attribute.
	 * @see #getDiagramX()
	 * @generated
	 */
	void setDiagramX(double value);

	/**
	 * Returns the value of the '<em><b>Diagram Y</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Topology diagram: top edge in diagram units.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Diagram Y</em>' attribute.
	 * @see #setDiagramY(double)
	 * @see org.slicewright.model.topology.TopologyPackage#getUserDeviceGroup_DiagramY()
	 * @model default="0.0"
	 *        annotation="http://slicewright.org/range min='-1e9' max='1e9'"
	 * @generated
	 */
	double getDiagramY();

	/**
	 * Sets the value of the '{@link org.slicewright.model.topology.UserDeviceGroup#getDiagramY <em>Diagram Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Diagram Y</em>' attribute.
	 * @see #getDiagramY()
	 * @generated
	 */
	void setDiagramY(double value);

	/**
	 * Returns the value of the '<em><b>Diagram Width</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Topology diagram: width (0 = not placed yet; the diagram lays it out).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Diagram Width</em>' attribute.
	 * @see #setDiagramWidth(double)
	 * @see org.slicewright.model.topology.TopologyPackage#getUserDeviceGroup_DiagramWidth()
	 * @model default="0.0"
	 *        annotation="http://slicewright.org/range min='0' max='1e9'"
	 * @generated
	 */
	double getDiagramWidth();

	/**
	 * Sets the value of the '{@link org.slicewright.model.topology.UserDeviceGroup#getDiagramWidth <em>Diagram Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Diagram Width</em>' attribute.
	 * @see #getDiagramWidth()
	 * @generated
	 */
	void setDiagramWidth(double value);

	/**
	 * Returns the value of the '<em><b>Diagram Height</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Topology diagram: height.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Diagram Height</em>' attribute.
	 * @see #setDiagramHeight(double)
	 * @see org.slicewright.model.topology.TopologyPackage#getUserDeviceGroup_DiagramHeight()
	 * @model default="0.0"
	 *        annotation="http://slicewright.org/range min='0' max='1e9'"
	 * @generated
	 */
	double getDiagramHeight();

	/**
	 * Sets the value of the '{@link org.slicewright.model.topology.UserDeviceGroup#getDiagramHeight <em>Diagram Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Diagram Height</em>' attribute.
	 * @see #getDiagramHeight()
	 * @generated
	 */
	void setDiagramHeight(double value);

} // UserDeviceGroup
