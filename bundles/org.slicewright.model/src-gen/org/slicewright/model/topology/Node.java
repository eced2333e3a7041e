/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.topology;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A physical node: base station, access point, edge server, single-board computer, cloud or end device.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.topology.Node#getKind <em>Kind</em>}</li>
 *   <li>{@link org.slicewright.model.topology.Node#getSite <em>Site</em>}</li>
 *   <li>{@link org.slicewright.model.topology.Node#getResources <em>Resources</em>}</li>
 *   <li>{@link org.slicewright.model.topology.Node#getAcceleratorKind <em>Accelerator Kind</em>}</li>
 *   <li>{@link org.slicewright.model.topology.Node#getHardwareProfile <em>Hardware Profile</em>}</li>
 *   <li>{@link org.slicewright.model.topology.Node#getStreamFrameSize <em>Stream Frame Size</em>}</li>
 *   <li>{@link org.slicewright.model.topology.Node#getStreamFps <em>Stream Fps</em>}</li>
 *   <li>{@link org.slicewright.model.topology.Node#getDiagramX <em>Diagram X</em>}</li>
 *   <li>{@link org.slicewright.model.topology.Node#getDiagramY <em>Diagram Y</em>}</li>
 *   <li>{@link org.slicewright.model.topology.Node#getDiagramWidth <em>Diagram Width</em>}</li>
 *   <li>{@link org.slicewright.model.topology.Node#getDiagramHeight <em>Diagram Height</em>}</li>
 * </ul>
 *
 * @see org.slicewright.model.topology.TopologyPackage#getNode()
 * @model
 * @generated
 */
public interface Node extends Identified {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"ACCESS_POINT"</code>.
	 * The literals are from the enumeration {@link org.slicewright.model.topology.NodeKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Kind of node.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.slicewright.model.topology.NodeKind
	 * @see #setKind(NodeKind)
	 * @see org.slicewright.model.topology.TopologyPackage#getNode_Kind()
	 * @model default="ACCESS_POINT"
	 * @generated
	 */
	NodeKind getKind();

	/**
	 * Sets the value of the '{@link org.slicewright.model.topology.Node#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.slicewright.model.topology.NodeKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(NodeKind value);

	/**
	 * Returns the value of the '<em><b>Site</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the node stands.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Site</em>' reference.
	 * @see #setSite(Site)
	 * @see org.slicewright.model.topology.TopologyPackage#getNode_Site()
	 * @model
	 * @generated
	 */
	Site getSite();

	/**
	 * Sets the value of the '{@link org.slicewright.model.topology.Node#getSite <em>Site</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Site</em>' reference.
	 * @see #getSite()
	 * @generated
	 */
	void setSite(Site value);

	/**
	 * Returns the value of the '<em><b>Resources</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Capacities of the node.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resources</em>' containment reference.
	 * @see #setResources(NodeResources)
	 * @see org.slicewright.model.topology.TopologyPackage#getNode_Resources()
	 * @model containment="true"
	 * @generated
	 */
	NodeResources getResources();

	/**
	 * Sets the value of the '{@link org.slicewright.model.topology.Node#getResources <em>Resources</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resources</em>' containment reference.
	 * @see #getResources()
	 * @generated
	 */
	void setResources(NodeResources value);

	/**
	 * Returns the value of the '<em><b>Accelerator Kind</b></em>' attribute.
	 * The default value is <code>"NONE"</code>.
	 * The literals are from the enumeration {@link org.slicewright.model.topology.AcceleratorKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * AI accelerator on the node.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Accelerator Kind</em>' attribute.
	 * @see org.slicewright.model.topology.AcceleratorKind
	 * @see #setAcceleratorKind(AcceleratorKind)
	 * @see org.slicewright.model.topology.TopologyPackage#getNode_AcceleratorKind()
	 * @model default="NONE"
	 * @generated
	 */
	AcceleratorKind getAcceleratorKind();

	/**
	 * Sets the value of the '{@link org.slicewright.model.topology.Node#getAcceleratorKind <em>Accelerator Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Accelerator Kind</em>' attribute.
	 * @see org.slicewright.model.topology.AcceleratorKind
	 * @see #getAcceleratorKind()
	 * @generated
	 */
	void setAcceleratorKind(AcceleratorKind value);

	/**
	 * Returns the value of the '<em><b>Hardware Profile</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * BOARD only: measured inference profile.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hardware Profile</em>' reference.
	 * @see #setHardwareProfile(HardwareProfile)
	 * @see org.slicewright.model.topology.TopologyPackage#getNode_HardwareProfile()
	 * @model annotation="http://slicewright.org/kinds kinds='BOARD'"
	 * @generated
	 */
	HardwareProfile getHardwareProfile();

	/**
	 * Sets the value of the '{@link org.slicewright.model.topology.Node#getHardwareProfile <em>Hardware Profile</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hardware Profile</em>' reference.
	 * @see #getHardwareProfile()
	 * @generated
	 */
	void setHardwareProfile(HardwareProfile value);

	/**
	 * Returns the value of the '<em><b>Stream Frame Size</b></em>' attribute.
	 * The default value is <code>"600"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * END_DEVICE only: square edge in pixels of the frames the device streams for inference.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stream Frame Size</em>' attribute.
	 * @see #setStreamFrameSize(int)
	 * @see org.slicewright.model.topology.TopologyPackage#getNode_StreamFrameSize()
	 * @model default="600"
	 *        annotation="http://slicewright.org/range min='16' max='8192'"
	 *        annotation="http://slicewright.org/kinds kinds='END_DEVICE'"
	 * @generated
	 */
	int getStreamFrameSize();

	/**
	 * Sets the value of the '{@link org.slicewright.model.topology.Node#getStreamFrameSize <em>Stream Frame Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stream Frame Size</em>' attribute.
	 * @see #getStreamFrameSize()
	 * @generated
	 */
	void setStreamFrameSize(int value);

	/**
	 * Returns the value of the '<em><b>Stream Fps</b></em>' attribute.
	 * The default value is <code>"5.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * END_DEVICE only: frames per second the device streams for inference.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stream Fps</em>' attribute.
	 * @see #setStreamFps(double)
	 * @see org.slicewright.model.topology.TopologyPackage#getNode_StreamFps()
	 * @model default="5.0"
	 *        annotation="http://slicewright.org/range min='0' max='240'"
	 *        annotation="http://slicewright.org/kinds kinds='END_DEVICE'"
	 * @generated
	 */
	double getStreamFps();

	/**
	 * Sets the value of the '{@link org.slicewright.model.topology.Node#getStreamFps <em>Stream Fps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stream Fps</em>' attribute.
	 * @see #getStreamFps()
	 * @generated
	 */
	void setStreamFps(double value);

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
	 * @see org.slicewright.model.topology.TopologyPackage#getNode_DiagramX()
	 * @model default="0.0"
	 *        annotation="http://slicewright.org/range min='-1e9' max='1e9'"
	 * @generated
	 */
	double getDiagramX();

	/**
	 * Sets the value of the '{@link org.slicewright.model.topology.Node#getDiagramX <em>Diagram X</em>}' attribute.
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
	 * @see org.slicewright.model.topology.TopologyPackage#getNode_DiagramY()
	 * @model default="0.0"
	 *        annotation="http://slicewright.org/range min='-1e9' max='1e9'"
	 * @generated
	 */
	double getDiagramY();

	/**
	 * Sets the value of the '{@link org.slicewright.model.topology.Node#getDiagramY <em>Diagram Y</em>}' attribute.
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
	 * @see org.slicewright.model.topology.TopologyPackage#getNode_DiagramWidth()
	 * @model default="0.0"
	 *        annotation="http://slicewright.org/range min='0' max='1e9'"
	 * @generated
	 */
	double getDiagramWidth();

	/**
	 * Sets the value of the '{@link org.slicewright.model.topology.Node#getDiagramWidth <em>Diagram Width</em>}' attribute.
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
	 * @see org.slicewright.model.topology.TopologyPackage#getNode_DiagramHeight()
	 * @model default="0.0"
	 *        annotation="http://slicewright.org/range min='0' max='1e9'"
	 * @generated
	 */
	double getDiagramHeight();

	/**
	 * Sets the value of the '{@link org.slicewright.model.topology.Node#getDiagramHeight <em>Diagram Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Diagram Height</em>' attribute.
	 * @see #getDiagramHeight()
	 * @generated
	 */
	void setDiagramHeight(double value);

} // Node
