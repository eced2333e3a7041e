/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.topology;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Hardware Profile</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Measured per-frame inference times of a board: CPU pre/post-processing and accelerator time, by frame size and number of concurrent instances (the edge-inference study).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.topology.HardwareProfile#getAcceleratorKind <em>Accelerator Kind</em>}</li>
 *   <li>{@link org.slicewright.model.topology.HardwareProfile#getEntries <em>Entries</em>}</li>
 * </ul>
 *
 * @see org.slicewright.model.topology.TopologyPackage#getHardwareProfile()
 * @model
 * @generated
 */
public interface HardwareProfile extends Identified {
	/**
	 * Returns the value of the '<em><b>Accelerator Kind</b></em>' attribute.
	 * The default value is <code>"NONE"</code>.
	 * The literals are from the enumeration {@link org.slicewright.model.topology.AcceleratorKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Accelerator the profile was measured on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Accelerator Kind</em>' attribute.
	 * @see org.slicewright.model.topology.AcceleratorKind
	 * @see #setAcceleratorKind(AcceleratorKind)
	 * @see org.slicewright.model.topology.TopologyPackage#getHardwareProfile_AcceleratorKind()
	 * @model default="NONE"
	 * @generated
	 */
	AcceleratorKind getAcceleratorKind();

	/**
	 * Sets the value of the '{@link org.slicewright.model.topology.HardwareProfile#getAcceleratorKind <em>Accelerator Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Accelerator Kind</em>' attribute.
	 * @see org.slicewright.model.topology.AcceleratorKind
	 * @see #getAcceleratorKind()
	 * @generated
	 */
	void setAcceleratorKind(AcceleratorKind value);

	/**
	 * Returns the value of the '<em><b>Entries</b></em>' containment reference list.
	 * The list contents are of type {@link org.slicewright.model.topology.ProfileEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Measured points.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Entries</em>' containment reference list.
	 * @see org.slicewright.model.topology.TopologyPackage#getHardwareProfile_Entries()
	 * @model containment="true"
	 * @generated
	 */
	EList<ProfileEntry> getEntries();

} // HardwareProfile
