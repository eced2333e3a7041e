/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.slicing;

import org.eclipse.emf.common.util.EList;

import org.slicewright.model.topology.Identified;
import org.slicewright.model.topology.Node;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>VNF</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A virtual network function (an AI function or an ordinary one) and the nodes whose VAPs host it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.slicing.VNF#isAiFunction <em>Ai Function</em>}</li>
 *   <li>{@link org.slicewright.model.slicing.VNF#getPlacements <em>Placements</em>}</li>
 * </ul>
 *
 * @see org.slicewright.model.slicing.SlicingPackage#getVNF()
 * @model
 * @generated
 */
public interface VNF extends Identified {
	/**
	 * Returns the value of the '<em><b>Ai Function</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether this is an AI function.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ai Function</em>' attribute.
	 * @see #setAiFunction(boolean)
	 * @see org.slicewright.model.slicing.SlicingPackage#getVNF_AiFunction()
	 * @model default="true"
	 * @generated
	 */
	boolean isAiFunction();

	/**
	 * Sets the value of the '{@link org.slicewright.model.slicing.VNF#isAiFunction <em>Ai Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ai Function</em>' attribute.
	 * @see #isAiFunction()
	 * @generated
	 */
	void setAiFunction(boolean value);

	/**
	 * Returns the value of the '<em><b>Placements</b></em>' reference list.
	 * The list contents are of type {@link org.slicewright.model.topology.Node}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Nodes whose VAP hosts an instance.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Placements</em>' reference list.
	 * @see org.slicewright.model.slicing.SlicingPackage#getVNF_Placements()
	 * @model
	 * @generated
	 */
	EList<Node> getPlacements();

} // VNF
