/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.topology;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Site</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A place with planar coordinates in metres.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.topology.Site#getX <em>X</em>}</li>
 *   <li>{@link org.slicewright.model.topology.Site#getY <em>Y</em>}</li>
 * </ul>
 *
 * @see org.slicewright.model.topology.TopologyPackage#getSite()
 * @model
 * @generated
 */
public interface Site extends Identified {
	/**
	 * Returns the value of the '<em><b>X</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * East coordinate in metres.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>X</em>' attribute.
	 * @see #setX(double)
	 * @see org.slicewright.model.topology.TopologyPackage#getSite_X()
	 * @model default="0.0"
	 *        annotation="http://slicewright.org/range min='-1e7' max='1e7'"
	 * @generated
	 */
	double getX();

	/**
	 * Sets the value of the '{@link org.slicewright.model.topology.Site#getX <em>X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>X</em>' attribute.
	 * @see #getX()
	 * @generated
	 */
	void setX(double value);

	/**
	 * Returns the value of the '<em><b>Y</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * North coordinate in metres.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Y</em>' attribute.
	 * @see #setY(double)
	 * @see org.slicewright.model.topology.TopologyPackage#getSite_Y()
	 * @model default="0.0"
	 *        annotation="http://slicewright.org/range min='-1e7' max='1e7'"
	 * @generated
	 */
	double getY();

	/**
	 * Sets the value of the '{@link org.slicewright.model.topology.Site#getY <em>Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Y</em>' attribute.
	 * @see #getY()
	 * @generated
	 */
	void setY(double value);

} // Site
