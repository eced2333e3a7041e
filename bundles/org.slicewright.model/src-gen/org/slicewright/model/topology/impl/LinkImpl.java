/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.topology.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.slicewright.model.topology.LatencyDistribution;
import org.slicewright.model.topology.Link;
import org.slicewright.model.topology.Node;
import org.slicewright.model.topology.TopologyPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Link</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.topology.impl.LinkImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.slicewright.model.topology.impl.LinkImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.slicewright.model.topology.impl.LinkImpl#getBandwidthMbps <em>Bandwidth Mbps</em>}</li>
 *   <li>{@link org.slicewright.model.topology.impl.LinkImpl#getLatencyMeanMs <em>Latency Mean Ms</em>}</li>
 *   <li>{@link org.slicewright.model.topology.impl.LinkImpl#getLatencyStdMs <em>Latency Std Ms</em>}</li>
 *   <li>{@link org.slicewright.model.topology.impl.LinkImpl#getLatencyDistribution <em>Latency Distribution</em>}</li>
 *   <li>{@link org.slicewright.model.topology.impl.LinkImpl#getStableAlpha <em>Stable Alpha</em>}</li>
 *   <li>{@link org.slicewright.model.topology.impl.LinkImpl#getStableScale <em>Stable Scale</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LinkImpl extends IdentifiedImpl implements Link {
	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected Node source;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected Node target;

	/**
	 * The default value of the '{@link #getBandwidthMbps() <em>Bandwidth Mbps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBandwidthMbps()
	 * @generated
	 * @ordered
	 */
	protected static final double BANDWIDTH_MBPS_EDEFAULT = 1000.0;

	/**
	 * The cached value of the '{@link #getBandwidthMbps() <em>Bandwidth Mbps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBandwidthMbps()
	 * @generated
	 * @ordered
	 */
	protected double bandwidthMbps = BANDWIDTH_MBPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLatencyMeanMs() <em>Latency Mean Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLatencyMeanMs()
	 * @generated
	 * @ordered
	 */
	protected static final double LATENCY_MEAN_MS_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getLatencyMeanMs() <em>Latency Mean Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLatencyMeanMs()
	 * @generated
	 * @ordered
	 */
	protected double latencyMeanMs = LATENCY_MEAN_MS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLatencyStdMs() <em>Latency Std Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLatencyStdMs()
	 * @generated
	 * @ordered
	 */
	protected static final double LATENCY_STD_MS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLatencyStdMs() <em>Latency Std Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLatencyStdMs()
	 * @generated
	 * @ordered
	 */
	protected double latencyStdMs = LATENCY_STD_MS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLatencyDistribution() <em>Latency Distribution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLatencyDistribution()
	 * @generated
	 * @ordered
	 */
	protected static final LatencyDistribution LATENCY_DISTRIBUTION_EDEFAULT = LatencyDistribution.CONSTANT;

	/**
	 * The cached value of the '{@link #getLatencyDistribution() <em>Latency Distribution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLatencyDistribution()
	 * @generated
	 * @ordered
	 */
	protected LatencyDistribution latencyDistribution = LATENCY_DISTRIBUTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getStableAlpha() <em>Stable Alpha</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStableAlpha()
	 * @generated
	 * @ordered
	 */
	protected static final double STABLE_ALPHA_EDEFAULT = 1.6878;

	/**
	 * The cached value of the '{@link #getStableAlpha() <em>Stable Alpha</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStableAlpha()
	 * @generated
	 * @ordered
	 */
	protected double stableAlpha = STABLE_ALPHA_EDEFAULT;

	/**
	 * The default value of the '{@link #getStableScale() <em>Stable Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStableScale()
	 * @generated
	 * @ordered
	 */
	protected static final double STABLE_SCALE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getStableScale() <em>Stable Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStableScale()
	 * @generated
	 * @ordered
	 */
	protected double stableScale = STABLE_SCALE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LinkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.LINK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Node getSource() {
		if (source != null && source.eIsProxy()) {
			InternalEObject oldSource = (InternalEObject)source;
			source = (Node)eResolveProxy(oldSource);
			if (source != oldSource) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.LINK__SOURCE, oldSource, source));
			}
		}
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Node basicGetSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(Node newSource) {
		Node oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.LINK__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Node getTarget() {
		if (target != null && target.eIsProxy()) {
			InternalEObject oldTarget = (InternalEObject)target;
			target = (Node)eResolveProxy(oldTarget);
			if (target != oldTarget) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.LINK__TARGET, oldTarget, target));
			}
		}
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Node basicGetTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(Node newTarget) {
		Node oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.LINK__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getBandwidthMbps() {
		return bandwidthMbps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBandwidthMbps(double newBandwidthMbps) {
		double oldBandwidthMbps = bandwidthMbps;
		bandwidthMbps = newBandwidthMbps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.LINK__BANDWIDTH_MBPS, oldBandwidthMbps, bandwidthMbps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLatencyMeanMs() {
		return latencyMeanMs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLatencyMeanMs(double newLatencyMeanMs) {
		double oldLatencyMeanMs = latencyMeanMs;
		latencyMeanMs = newLatencyMeanMs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.LINK__LATENCY_MEAN_MS, oldLatencyMeanMs, latencyMeanMs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLatencyStdMs() {
		return latencyStdMs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLatencyStdMs(double newLatencyStdMs) {
		double oldLatencyStdMs = latencyStdMs;
		latencyStdMs = newLatencyStdMs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.LINK__LATENCY_STD_MS, oldLatencyStdMs, latencyStdMs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LatencyDistribution getLatencyDistribution() {
		return latencyDistribution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLatencyDistribution(LatencyDistribution newLatencyDistribution) {
		LatencyDistribution oldLatencyDistribution = latencyDistribution;
		latencyDistribution = newLatencyDistribution == null ? LATENCY_DISTRIBUTION_EDEFAULT : newLatencyDistribution;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.LINK__LATENCY_DISTRIBUTION, oldLatencyDistribution, latencyDistribution));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getStableAlpha() {
		return stableAlpha;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStableAlpha(double newStableAlpha) {
		double oldStableAlpha = stableAlpha;
		stableAlpha = newStableAlpha;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.LINK__STABLE_ALPHA, oldStableAlpha, stableAlpha));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getStableScale() {
		return stableScale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStableScale(double newStableScale) {
		double oldStableScale = stableScale;
		stableScale = newStableScale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.LINK__STABLE_SCALE, oldStableScale, stableScale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TopologyPackage.LINK__SOURCE:
				if (resolve) return getSource();
				return basicGetSource();
			case TopologyPackage.LINK__TARGET:
				if (resolve) return getTarget();
				return basicGetTarget();
			case TopologyPackage.LINK__BANDWIDTH_MBPS:
				return getBandwidthMbps();
			case TopologyPackage.LINK__LATENCY_MEAN_MS:
				return getLatencyMeanMs();
			case TopologyPackage.LINK__LATENCY_STD_MS:
				return getLatencyStdMs();
			case TopologyPackage.LINK__LATENCY_DISTRIBUTION:
				return getLatencyDistribution();
			case TopologyPackage.LINK__STABLE_ALPHA:
				return getStableAlpha();
			case TopologyPackage.LINK__STABLE_SCALE:
				return getStableScale();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TopologyPackage.LINK__SOURCE:
				setSource((Node)newValue);
				return;
			case TopologyPackage.LINK__TARGET:
				setTarget((Node)newValue);
				return;
			case TopologyPackage.LINK__BANDWIDTH_MBPS:
				setBandwidthMbps((Double)newValue);
				return;
			case TopologyPackage.LINK__LATENCY_MEAN_MS:
				setLatencyMeanMs((Double)newValue);
				return;
			case TopologyPackage.LINK__LATENCY_STD_MS:
				setLatencyStdMs((Double)newValue);
				return;
			case TopologyPackage.LINK__LATENCY_DISTRIBUTION:
				setLatencyDistribution((LatencyDistribution)newValue);
				return;
			case TopologyPackage.LINK__STABLE_ALPHA:
				setStableAlpha((Double)newValue);
				return;
			case TopologyPackage.LINK__STABLE_SCALE:
				setStableScale((Double)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case TopologyPackage.LINK__SOURCE:
				setSource((Node)null);
				return;
			case TopologyPackage.LINK__TARGET:
				setTarget((Node)null);
				return;
			case TopologyPackage.LINK__BANDWIDTH_MBPS:
				setBandwidthMbps(BANDWIDTH_MBPS_EDEFAULT);
				return;
			case TopologyPackage.LINK__LATENCY_MEAN_MS:
				setLatencyMeanMs(LATENCY_MEAN_MS_EDEFAULT);
				return;
			case TopologyPackage.LINK__LATENCY_STD_MS:
				setLatencyStdMs(LATENCY_STD_MS_EDEFAULT);
				return;
			case TopologyPackage.LINK__LATENCY_DISTRIBUTION:
				setLatencyDistribution(LATENCY_DISTRIBUTION_EDEFAULT);
				return;
			case TopologyPackage.LINK__STABLE_ALPHA:
				setStableAlpha(STABLE_ALPHA_EDEFAULT);
				return;
			case TopologyPackage.LINK__STABLE_SCALE:
				setStableScale(STABLE_SCALE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case TopologyPackage.LINK__SOURCE:
				return source != null;
			case TopologyPackage.LINK__TARGET:
				return target != null;
			case TopologyPackage.LINK__BANDWIDTH_MBPS:
				return bandwidthMbps != BANDWIDTH_MBPS_EDEFAULT;
			case TopologyPackage.LINK__LATENCY_MEAN_MS:
				return latencyMeanMs != LATENCY_MEAN_MS_EDEFAULT;
			case TopologyPackage.LINK__LATENCY_STD_MS:
				return latencyStdMs != LATENCY_STD_MS_EDEFAULT;
			case TopologyPackage.LINK__LATENCY_DISTRIBUTION:
				return latencyDistribution != LATENCY_DISTRIBUTION_EDEFAULT;
			case TopologyPackage.LINK__STABLE_ALPHA:
				return stableAlpha != STABLE_ALPHA_EDEFAULT;
			case TopologyPackage.LINK__STABLE_SCALE:
				return stableScale != STABLE_SCALE_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (bandwidthMbps: ");
		result.append(bandwidthMbps);
		result.append(", latencyMeanMs: ");
		result.append(latencyMeanMs);
		result.append(", latencyStdMs: ");
		result.append(latencyStdMs);
		result.append(", latencyDistribution: ");
		result.append(latencyDistribution);
		result.append(", stableAlpha: ");
		result.append(stableAlpha);
		result.append(", stableScale: ");
		result.append(stableScale);
		result.append(')');
		return result.toString();
	}

} //LinkImpl
