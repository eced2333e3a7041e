/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.topology;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node Resources</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Capacities of a node: compute in GFLOP/s, memory and storage in GB, accelerator throughput in TOPS.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.topology.NodeResources#getCompute <em>Compute</em>}</li>
 *   <li>{@link org.slicewright.model.topology.NodeResources#getMemory <em>Memory</em>}</li>
 *   <li>{@link org.slicewright.model.topology.NodeResources#getStorage <em>Storage</em>}</li>
 *   <li>{@link org.slicewright.model.topology.NodeResources#getAccelerator <em>Accelerator</em>}</li>
 * </ul>
 *
 * @see org.slicewright.model.topology.TopologyPackage#getNodeResources()
 * @model
 * @generated
 */
public interface NodeResources extends EObject {
	/**
	 * Returns the value of the '<em><b>Compute</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CPU compute capacity in GFLOP/s.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Compute</em>' attribute.
	 * @see #setCompute(double)
	 * @see org.slicewright.model.topology.TopologyPackage#getNodeResources_Compute()
	 * @model default="0.0"
	 *        annotation="http://slicewright.org/range min='0' max='1e6'"
	 * @generated
	 */
	double getCompute();

	/**
	 * Sets the value of the '{@link org.slicewright.model.topology.NodeResources#getCompute <em>Compute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Compute</em>' attribute.
	 * @see #getCompute()
	 * @generated
	 */
	void setCompute(double value);

	/**
	 * Returns the value of the '<em><b>Memory</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Memory in GB.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Memory</em>' attribute.
	 * @see #setMemory(double)
	 * @see org.slicewright.model.topology.TopologyPackage#getNodeResources_Memory()
	 * @model default="0.0"
	 *        annotation="http://slicewright.org/range min='0' max='1e6'"
	 * @generated
	 */
	double getMemory();

	/**
	 * Sets the value of the '{@link org.slicewright.model.topology.NodeResources#getMemory <em>Memory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memory</em>' attribute.
	 * @see #getMemory()
	 * @generated
	 */
	void setMemory(double value);

	/**
	 * Returns the value of the '<em><b>Storage</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Storage in GB.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Storage</em>' attribute.
	 * @see #setStorage(double)
	 * @see org.slicewright.model.topology.TopologyPackage#getNodeResources_Storage()
	 * @model default="0.0"
	 *        annotation="http://slicewright.org/range min='0' max='1e9'"
	 * @generated
	 */
	double getStorage();

	/**
	 * Sets the value of the '{@link org.slicewright.model.topology.NodeResources#getStorage <em>Storage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Storage</em>' attribute.
	 * @see #getStorage()
	 * @generated
	 */
	void setStorage(double value);

	/**
	 * Returns the value of the '<em><b>Accelerator</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Accelerator throughput in TOPS (0 without accelerator).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Accelerator</em>' attribute.
	 * @see #setAccelerator(double)
	 * @see org.slicewright.model.topology.TopologyPackage#getNodeResources_Accelerator()
	 * @model default="0.0"
	 *        annotation="http://slicewright.org/range min='0' max='1e6'"
	 * @generated
	 */
	double getAccelerator();

	/**
	 * Sets the value of the '{@link org.slicewright.model.topology.NodeResources#getAccelerator <em>Accelerator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Accelerator</em>' attribute.
	 * @see #getAccelerator()
	 * @generated
	 */
	void setAccelerator(double value);

} // NodeResources
