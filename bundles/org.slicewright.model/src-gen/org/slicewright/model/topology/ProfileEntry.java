/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.topology;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Profile Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One measured point of a hardware profile (times in milliseconds per frame).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.topology.ProfileEntry#getFrameSize <em>Frame Size</em>}</li>
 *   <li>{@link org.slicewright.model.topology.ProfileEntry#getInstances <em>Instances</em>}</li>
 *   <li>{@link org.slicewright.model.topology.ProfileEntry#getCpuPreMs <em>Cpu Pre Ms</em>}</li>
 *   <li>{@link org.slicewright.model.topology.ProfileEntry#getAcceleratorMs <em>Accelerator Ms</em>}</li>
 *   <li>{@link org.slicewright.model.topology.ProfileEntry#getCpuPostMs <em>Cpu Post Ms</em>}</li>
 * </ul>
 *
 * @see org.slicewright.model.topology.TopologyPackage#getProfileEntry()
 * @model
 * @generated
 */
public interface ProfileEntry extends EObject {
	/**
	 * Returns the value of the '<em><b>Frame Size</b></em>' attribute.
	 * The default value is <code>"600"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Square frame edge in pixels (e.g. 600 for 600x600).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Frame Size</em>' attribute.
	 * @see #setFrameSize(int)
	 * @see org.slicewright.model.topology.TopologyPackage#getProfileEntry_FrameSize()
	 * @model default="600"
	 *        annotation="http://slicewright.org/range min='16' max='8192'"
	 * @generated
	 */
	int getFrameSize();

	/**
	 * Sets the value of the '{@link org.slicewright.model.topology.ProfileEntry#getFrameSize <em>Frame Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Frame Size</em>' attribute.
	 * @see #getFrameSize()
	 * @generated
	 */
	void setFrameSize(int value);

	/**
	 * Returns the value of the '<em><b>Instances</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Concurrent inference instances on the board.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Instances</em>' attribute.
	 * @see #setInstances(int)
	 * @see org.slicewright.model.topology.TopologyPackage#getProfileEntry_Instances()
	 * @model default="1"
	 *        annotation="http://slicewright.org/range min='1' max='64'"
	 * @generated
	 */
	int getInstances();

	/**
	 * Sets the value of the '{@link org.slicewright.model.topology.ProfileEntry#getInstances <em>Instances</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instances</em>' attribute.
	 * @see #getInstances()
	 * @generated
	 */
	void setInstances(int value);

	/**
	 * Returns the value of the '<em><b>Cpu Pre Ms</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CPU pre-processing time per frame, ms.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cpu Pre Ms</em>' attribute.
	 * @see #setCpuPreMs(double)
	 * @see org.slicewright.model.topology.TopologyPackage#getProfileEntry_CpuPreMs()
	 * @model default="0.0"
	 *        annotation="http://slicewright.org/range min='0' max='60000'"
	 * @generated
	 */
	double getCpuPreMs();

	/**
	 * Sets the value of the '{@link org.slicewright.model.topology.ProfileEntry#getCpuPreMs <em>Cpu Pre Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cpu Pre Ms</em>' attribute.
	 * @see #getCpuPreMs()
	 * @generated
	 */
	void setCpuPreMs(double value);

	/**
	 * Returns the value of the '<em><b>Accelerator Ms</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Accelerator inference time per frame, ms.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Accelerator Ms</em>' attribute.
	 * @see #setAcceleratorMs(double)
	 * @see org.slicewright.model.topology.TopologyPackage#getProfileEntry_AcceleratorMs()
	 * @model default="0.0"
	 *        annotation="http://slicewright.org/range min='0' max='60000'"
	 * @generated
	 */
	double getAcceleratorMs();

	/**
	 * Sets the value of the '{@link org.slicewright.model.topology.ProfileEntry#getAcceleratorMs <em>Accelerator Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Accelerator Ms</em>' attribute.
	 * @see #getAcceleratorMs()
	 * @generated
	 */
	void setAcceleratorMs(double value);

	/**
	 * Returns the value of the '<em><b>Cpu Post Ms</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CPU post-processing time per frame, ms.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cpu Post Ms</em>' attribute.
	 * @see #setCpuPostMs(double)
	 * @see org.slicewright.model.topology.TopologyPackage#getProfileEntry_CpuPostMs()
	 * @model default="0.0"
	 *        annotation="http://slicewright.org/range min='0' max='60000'"
	 * @generated
	 */
	double getCpuPostMs();

	/**
	 * Sets the value of the '{@link org.slicewright.model.topology.ProfileEntry#getCpuPostMs <em>Cpu Post Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cpu Post Ms</em>' attribute.
	 * @see #getCpuPostMs()
	 * @generated
	 */
	void setCpuPostMs(double value);

} // ProfileEntry
