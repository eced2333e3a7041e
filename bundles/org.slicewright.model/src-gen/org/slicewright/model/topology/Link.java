/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.topology;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Link</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A logical or physical link between two nodes.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.topology.Link#getSource <em>Source</em>}</li>
 *   <li>{@link org.slicewright.model.topology.Link#getTarget <em>Target</em>}</li>
 *   <li>{@link org.slicewright.model.topology.Link#getBandwidthMbps <em>Bandwidth Mbps</em>}</li>
 *   <li>{@link org.slicewright.model.topology.Link#getLatencyMeanMs <em>Latency Mean Ms</em>}</li>
 *   <li>{@link org.slicewright.model.topology.Link#getLatencyStdMs <em>Latency Std Ms</em>}</li>
 *   <li>{@link org.slicewright.model.topology.Link#getLatencyDistribution <em>Latency Distribution</em>}</li>
 *   <li>{@link org.slicewright.model.topology.Link#getStableAlpha <em>Stable Alpha</em>}</li>
 *   <li>{@link org.slicewright.model.topology.Link#getStableScale <em>Stable Scale</em>}</li>
 * </ul>
 *
 * @see org.slicewright.model.topology.TopologyPackage#getLink()
 * @model
 * @generated
 */
public interface Link extends Identified {
	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One end.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(Node)
	 * @see org.slicewright.model.topology.TopologyPackage#getLink_Source()
	 * @model
	 * @generated
	 */
	Node getSource();

	/**
	 * Sets the value of the '{@link org.slicewright.model.topology.Link#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Node value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Other end.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Node)
	 * @see org.slicewright.model.topology.TopologyPackage#getLink_Target()
	 * @model
	 * @generated
	 */
	Node getTarget();

	/**
	 * Sets the value of the '{@link org.slicewright.model.topology.Link#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Node value);

	/**
	 * Returns the value of the '<em><b>Bandwidth Mbps</b></em>' attribute.
	 * The default value is <code>"1000.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Capacity in Mbit/s.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bandwidth Mbps</em>' attribute.
	 * @see #setBandwidthMbps(double)
	 * @see org.slicewright.model.topology.TopologyPackage#getLink_BandwidthMbps()
	 * @model default="1000.0"
	 *        annotation="http://slicewright.org/range min='0' max='1e7'"
	 * @generated
	 */
	double getBandwidthMbps();

	/**
	 * Sets the value of the '{@link org.slicewright.model.topology.Link#getBandwidthMbps <em>Bandwidth Mbps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bandwidth Mbps</em>' attribute.
	 * @see #getBandwidthMbps()
	 * @generated
	 */
	void setBandwidthMbps(double value);

	/**
	 * Returns the value of the '<em><b>Latency Mean Ms</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mean one-way latency in ms.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Latency Mean Ms</em>' attribute.
	 * @see #setLatencyMeanMs(double)
	 * @see org.slicewright.model.topology.TopologyPackage#getLink_LatencyMeanMs()
	 * @model default="1.0"
	 *        annotation="http://slicewright.org/range min='0' max='60000'"
	 * @generated
	 */
	double getLatencyMeanMs();

	/**
	 * Sets the value of the '{@link org.slicewright.model.topology.Link#getLatencyMeanMs <em>Latency Mean Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Latency Mean Ms</em>' attribute.
	 * @see #getLatencyMeanMs()
	 * @generated
	 */
	void setLatencyMeanMs(double value);

	/**
	 * Returns the value of the '<em><b>Latency Std Ms</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Standard deviation of the latency in ms (NORMAL, LOG_NORMAL).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Latency Std Ms</em>' attribute.
	 * @see #setLatencyStdMs(double)
	 * @see org.slicewright.model.topology.TopologyPackage#getLink_LatencyStdMs()
	 * @model default="0.0"
	 *        annotation="http://slicewright.org/range min='0' max='60000'"
	 * @generated
	 */
	double getLatencyStdMs();

	/**
	 * Sets the value of the '{@link org.slicewright.model.topology.Link#getLatencyStdMs <em>Latency Std Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Latency Std Ms</em>' attribute.
	 * @see #getLatencyStdMs()
	 * @generated
	 */
	void setLatencyStdMs(double value);

	/**
	 * Returns the value of the '<em><b>Latency Distribution</b></em>' attribute.
	 * The default value is <code>"CONSTANT"</code>.
	 * The literals are from the enumeration {@link org.slicewright.model.topology.LatencyDistribution}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Distribution of the latency.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Latency Distribution</em>' attribute.
	 * @see org.slicewright.model.topology.LatencyDistribution
	 * @see #setLatencyDistribution(LatencyDistribution)
	 * @see org.slicewright.model.topology.TopologyPackage#getLink_LatencyDistribution()
	 * @model default="CONSTANT"
	 * @generated
	 */
	LatencyDistribution getLatencyDistribution();

	/**
	 * Sets the value of the '{@link org.slicewright.model.topology.Link#getLatencyDistribution <em>Latency Distribution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Latency Distribution</em>' attribute.
	 * @see org.slicewright.model.topology.LatencyDistribution
	 * @see #getLatencyDistribution()
	 * @generated
	 */
	void setLatencyDistribution(LatencyDistribution value);

	/**
	 * Returns the value of the '<em><b>Stable Alpha</b></em>' attribute.
	 * The default value is <code>"1.6878"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stability parameter alpha of a STABLE latency (0 < alpha <= 2).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stable Alpha</em>' attribute.
	 * @see #setStableAlpha(double)
	 * @see org.slicewright.model.topology.TopologyPackage#getLink_StableAlpha()
	 * @model default="1.6878"
	 *        annotation="http://slicewright.org/range min='0.1' max='2'"
	 * @generated
	 */
	double getStableAlpha();

	/**
	 * Sets the value of the '{@link org.slicewright.model.topology.Link#getStableAlpha <em>Stable Alpha</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stable Alpha</em>' attribute.
	 * @see #getStableAlpha()
	 * @generated
	 */
	void setStableAlpha(double value);

	/**
	 * Returns the value of the '<em><b>Stable Scale</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Scale of a STABLE latency in ms; 0 (default): fitted, with the location, so that measurement campaigns of 1000 samples have the link's mean and standard deviation (latencyMeanMs, latencyStdMs).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stable Scale</em>' attribute.
	 * @see #setStableScale(double)
	 * @see org.slicewright.model.topology.TopologyPackage#getLink_StableScale()
	 * @model default="0.0"
	 *        annotation="http://slicewright.org/range min='0' max='60000'"
	 * @generated
	 */
	double getStableScale();

	/**
	 * Sets the value of the '{@link org.slicewright.model.topology.Link#getStableScale <em>Stable Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stable Scale</em>' attribute.
	 * @see #getStableScale()
	 * @generated
	 */
	void setStableScale(double value);

} // Link
