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
 * A place with planar coordinates in metres and, when it was imported from a map or an inventory, its WGS84 position.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.topology.Site#getX <em>X</em>}</li>
 *   <li>{@link org.slicewright.model.topology.Site#getY <em>Y</em>}</li>
 *   <li>{@link org.slicewright.model.topology.Site#isGeographic <em>Geographic</em>}</li>
 *   <li>{@link org.slicewright.model.topology.Site#getLatitude <em>Latitude</em>}</li>
 *   <li>{@link org.slicewright.model.topology.Site#getLongitude <em>Longitude</em>}</li>
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
	 * East coordinate in metres (for a geographic site, its projection around the network's centre).
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
	 * North coordinate in metres (for a geographic site, its projection around the network's centre).
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

	/**
	 * Returns the value of the '<em><b>Geographic</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when latitude and longitude give the site's position; x and y are then derived from them for drawing, and link latencies default from distances.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Geographic</em>' attribute.
	 * @see #setGeographic(boolean)
	 * @see org.slicewright.model.topology.TopologyPackage#getSite_Geographic()
	 * @model default="false"
	 * @generated
	 */
	boolean isGeographic();

	/**
	 * Sets the value of the '{@link org.slicewright.model.topology.Site#isGeographic <em>Geographic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Geographic</em>' attribute.
	 * @see #isGeographic()
	 * @generated
	 */
	void setGeographic(boolean value);

	/**
	 * Returns the value of the '<em><b>Latitude</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * WGS84 latitude in degrees (geographic sites).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Latitude</em>' attribute.
	 * @see #setLatitude(double)
	 * @see org.slicewright.model.topology.TopologyPackage#getSite_Latitude()
	 * @model default="0.0"
	 *        annotation="http://slicewright.org/range min='-90' max='90'"
	 * @generated
	 */
	double getLatitude();

	/**
	 * Sets the value of the '{@link org.slicewright.model.topology.Site#getLatitude <em>Latitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Latitude</em>' attribute.
	 * @see #getLatitude()
	 * @generated
	 */
	void setLatitude(double value);

	/**
	 * Returns the value of the '<em><b>Longitude</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * WGS84 longitude in degrees (geographic sites).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Longitude</em>' attribute.
	 * @see #setLongitude(double)
	 * @see org.slicewright.model.topology.TopologyPackage#getSite_Longitude()
	 * @model default="0.0"
	 *        annotation="http://slicewright.org/range min='-180' max='180'"
	 * @generated
	 */
	double getLongitude();

	/**
	 * Sets the value of the '{@link org.slicewright.model.topology.Site#getLongitude <em>Longitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Longitude</em>' attribute.
	 * @see #getLongitude()
	 * @generated
	 */
	void setLongitude(double value);

} // Site
