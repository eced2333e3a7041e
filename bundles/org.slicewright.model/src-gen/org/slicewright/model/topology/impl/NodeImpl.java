/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.topology.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.slicewright.model.topology.AcceleratorKind;
import org.slicewright.model.topology.HardwareProfile;
import org.slicewright.model.topology.Node;
import org.slicewright.model.topology.NodeKind;
import org.slicewright.model.topology.NodeResources;
import org.slicewright.model.topology.Site;
import org.slicewright.model.topology.TopologyPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Node</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.topology.impl.NodeImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.slicewright.model.topology.impl.NodeImpl#getSite <em>Site</em>}</li>
 *   <li>{@link org.slicewright.model.topology.impl.NodeImpl#getResources <em>Resources</em>}</li>
 *   <li>{@link org.slicewright.model.topology.impl.NodeImpl#getAcceleratorKind <em>Accelerator Kind</em>}</li>
 *   <li>{@link org.slicewright.model.topology.impl.NodeImpl#getHardwareProfile <em>Hardware Profile</em>}</li>
 *   <li>{@link org.slicewright.model.topology.impl.NodeImpl#getStreamFrameSize <em>Stream Frame Size</em>}</li>
 *   <li>{@link org.slicewright.model.topology.impl.NodeImpl#getStreamFps <em>Stream Fps</em>}</li>
 *   <li>{@link org.slicewright.model.topology.impl.NodeImpl#getDiagramX <em>Diagram X</em>}</li>
 *   <li>{@link org.slicewright.model.topology.impl.NodeImpl#getDiagramY <em>Diagram Y</em>}</li>
 *   <li>{@link org.slicewright.model.topology.impl.NodeImpl#getDiagramWidth <em>Diagram Width</em>}</li>
 *   <li>{@link org.slicewright.model.topology.impl.NodeImpl#getDiagramHeight <em>Diagram Height</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NodeImpl extends IdentifiedImpl implements Node {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final NodeKind KIND_EDEFAULT = NodeKind.ACCESS_POINT;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected NodeKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSite() <em>Site</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSite()
	 * @generated
	 * @ordered
	 */
	protected Site site;

	/**
	 * The cached value of the '{@link #getResources() <em>Resources</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResources()
	 * @generated
	 * @ordered
	 */
	protected NodeResources resources;

	/**
	 * The default value of the '{@link #getAcceleratorKind() <em>Accelerator Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcceleratorKind()
	 * @generated
	 * @ordered
	 */
	protected static final AcceleratorKind ACCELERATOR_KIND_EDEFAULT = AcceleratorKind.NONE;

	/**
	 * The cached value of the '{@link #getAcceleratorKind() <em>Accelerator Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcceleratorKind()
	 * @generated
	 * @ordered
	 */
	protected AcceleratorKind acceleratorKind = ACCELERATOR_KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getHardwareProfile() <em>Hardware Profile</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHardwareProfile()
	 * @generated
	 * @ordered
	 */
	protected HardwareProfile hardwareProfile;

	/**
	 * The default value of the '{@link #getStreamFrameSize() <em>Stream Frame Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStreamFrameSize()
	 * @generated
	 * @ordered
	 */
	protected static final int STREAM_FRAME_SIZE_EDEFAULT = 600;

	/**
	 * The cached value of the '{@link #getStreamFrameSize() <em>Stream Frame Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStreamFrameSize()
	 * @generated
	 * @ordered
	 */
	protected int streamFrameSize = STREAM_FRAME_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStreamFps() <em>Stream Fps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStreamFps()
	 * @generated
	 * @ordered
	 */
	protected static final double STREAM_FPS_EDEFAULT = 5.0;

	/**
	 * The cached value of the '{@link #getStreamFps() <em>Stream Fps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStreamFps()
	 * @generated
	 * @ordered
	 */
	protected double streamFps = STREAM_FPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDiagramX() <em>Diagram X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiagramX()
	 * @generated
	 * @ordered
	 */
	protected static final double DIAGRAM_X_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getDiagramX() <em>Diagram X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiagramX()
	 * @generated
	 * @ordered
	 */
	protected double diagramX = DIAGRAM_X_EDEFAULT;

	/**
	 * The default value of the '{@link #getDiagramY() <em>Diagram Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiagramY()
	 * @generated
	 * @ordered
	 */
	protected static final double DIAGRAM_Y_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getDiagramY() <em>Diagram Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiagramY()
	 * @generated
	 * @ordered
	 */
	protected double diagramY = DIAGRAM_Y_EDEFAULT;

	/**
	 * The default value of the '{@link #getDiagramWidth() <em>Diagram Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiagramWidth()
	 * @generated
	 * @ordered
	 */
	protected static final double DIAGRAM_WIDTH_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getDiagramWidth() <em>Diagram Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiagramWidth()
	 * @generated
	 * @ordered
	 */
	protected double diagramWidth = DIAGRAM_WIDTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getDiagramHeight() <em>Diagram Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiagramHeight()
	 * @generated
	 * @ordered
	 */
	protected static final double DIAGRAM_HEIGHT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getDiagramHeight() <em>Diagram Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiagramHeight()
	 * @generated
	 * @ordered
	 */
	protected double diagramHeight = DIAGRAM_HEIGHT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NodeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.NODE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(NodeKind newKind) {
		NodeKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.NODE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Site getSite() {
		if (site != null && site.eIsProxy()) {
			InternalEObject oldSite = (InternalEObject)site;
			site = (Site)eResolveProxy(oldSite);
			if (site != oldSite) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.NODE__SITE, oldSite, site));
			}
		}
		return site;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Site basicGetSite() {
		return site;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSite(Site newSite) {
		Site oldSite = site;
		site = newSite;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.NODE__SITE, oldSite, site));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeResources getResources() {
		return resources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetResources(NodeResources newResources, NotificationChain msgs) {
		NodeResources oldResources = resources;
		resources = newResources;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TopologyPackage.NODE__RESOURCES, oldResources, newResources);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResources(NodeResources newResources) {
		if (newResources != resources) {
			NotificationChain msgs = null;
			if (resources != null)
				msgs = ((InternalEObject)resources).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TopologyPackage.NODE__RESOURCES, null, msgs);
			if (newResources != null)
				msgs = ((InternalEObject)newResources).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TopologyPackage.NODE__RESOURCES, null, msgs);
			msgs = basicSetResources(newResources, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.NODE__RESOURCES, newResources, newResources));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AcceleratorKind getAcceleratorKind() {
		return acceleratorKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAcceleratorKind(AcceleratorKind newAcceleratorKind) {
		AcceleratorKind oldAcceleratorKind = acceleratorKind;
		acceleratorKind = newAcceleratorKind == null ? ACCELERATOR_KIND_EDEFAULT : newAcceleratorKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.NODE__ACCELERATOR_KIND, oldAcceleratorKind, acceleratorKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HardwareProfile getHardwareProfile() {
		if (hardwareProfile != null && hardwareProfile.eIsProxy()) {
			InternalEObject oldHardwareProfile = (InternalEObject)hardwareProfile;
			hardwareProfile = (HardwareProfile)eResolveProxy(oldHardwareProfile);
			if (hardwareProfile != oldHardwareProfile) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.NODE__HARDWARE_PROFILE, oldHardwareProfile, hardwareProfile));
			}
		}
		return hardwareProfile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HardwareProfile basicGetHardwareProfile() {
		return hardwareProfile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHardwareProfile(HardwareProfile newHardwareProfile) {
		HardwareProfile oldHardwareProfile = hardwareProfile;
		hardwareProfile = newHardwareProfile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.NODE__HARDWARE_PROFILE, oldHardwareProfile, hardwareProfile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStreamFrameSize() {
		return streamFrameSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStreamFrameSize(int newStreamFrameSize) {
		int oldStreamFrameSize = streamFrameSize;
		streamFrameSize = newStreamFrameSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.NODE__STREAM_FRAME_SIZE, oldStreamFrameSize, streamFrameSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getStreamFps() {
		return streamFps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStreamFps(double newStreamFps) {
		double oldStreamFps = streamFps;
		streamFps = newStreamFps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.NODE__STREAM_FPS, oldStreamFps, streamFps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDiagramX() {
		return diagramX;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiagramX(double newDiagramX) {
		double oldDiagramX = diagramX;
		diagramX = newDiagramX;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.NODE__DIAGRAM_X, oldDiagramX, diagramX));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDiagramY() {
		return diagramY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiagramY(double newDiagramY) {
		double oldDiagramY = diagramY;
		diagramY = newDiagramY;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.NODE__DIAGRAM_Y, oldDiagramY, diagramY));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDiagramWidth() {
		return diagramWidth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiagramWidth(double newDiagramWidth) {
		double oldDiagramWidth = diagramWidth;
		diagramWidth = newDiagramWidth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.NODE__DIAGRAM_WIDTH, oldDiagramWidth, diagramWidth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDiagramHeight() {
		return diagramHeight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiagramHeight(double newDiagramHeight) {
		double oldDiagramHeight = diagramHeight;
		diagramHeight = newDiagramHeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.NODE__DIAGRAM_HEIGHT, oldDiagramHeight, diagramHeight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TopologyPackage.NODE__RESOURCES:
				return basicSetResources(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TopologyPackage.NODE__KIND:
				return getKind();
			case TopologyPackage.NODE__SITE:
				if (resolve) return getSite();
				return basicGetSite();
			case TopologyPackage.NODE__RESOURCES:
				return getResources();
			case TopologyPackage.NODE__ACCELERATOR_KIND:
				return getAcceleratorKind();
			case TopologyPackage.NODE__HARDWARE_PROFILE:
				if (resolve) return getHardwareProfile();
				return basicGetHardwareProfile();
			case TopologyPackage.NODE__STREAM_FRAME_SIZE:
				return getStreamFrameSize();
			case TopologyPackage.NODE__STREAM_FPS:
				return getStreamFps();
			case TopologyPackage.NODE__DIAGRAM_X:
				return getDiagramX();
			case TopologyPackage.NODE__DIAGRAM_Y:
				return getDiagramY();
			case TopologyPackage.NODE__DIAGRAM_WIDTH:
				return getDiagramWidth();
			case TopologyPackage.NODE__DIAGRAM_HEIGHT:
				return getDiagramHeight();
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
			case TopologyPackage.NODE__KIND:
				setKind((NodeKind)newValue);
				return;
			case TopologyPackage.NODE__SITE:
				setSite((Site)newValue);
				return;
			case TopologyPackage.NODE__RESOURCES:
				setResources((NodeResources)newValue);
				return;
			case TopologyPackage.NODE__ACCELERATOR_KIND:
				setAcceleratorKind((AcceleratorKind)newValue);
				return;
			case TopologyPackage.NODE__HARDWARE_PROFILE:
				setHardwareProfile((HardwareProfile)newValue);
				return;
			case TopologyPackage.NODE__STREAM_FRAME_SIZE:
				setStreamFrameSize((Integer)newValue);
				return;
			case TopologyPackage.NODE__STREAM_FPS:
				setStreamFps((Double)newValue);
				return;
			case TopologyPackage.NODE__DIAGRAM_X:
				setDiagramX((Double)newValue);
				return;
			case TopologyPackage.NODE__DIAGRAM_Y:
				setDiagramY((Double)newValue);
				return;
			case TopologyPackage.NODE__DIAGRAM_WIDTH:
				setDiagramWidth((Double)newValue);
				return;
			case TopologyPackage.NODE__DIAGRAM_HEIGHT:
				setDiagramHeight((Double)newValue);
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
			case TopologyPackage.NODE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case TopologyPackage.NODE__SITE:
				setSite((Site)null);
				return;
			case TopologyPackage.NODE__RESOURCES:
				setResources((NodeResources)null);
				return;
			case TopologyPackage.NODE__ACCELERATOR_KIND:
				setAcceleratorKind(ACCELERATOR_KIND_EDEFAULT);
				return;
			case TopologyPackage.NODE__HARDWARE_PROFILE:
				setHardwareProfile((HardwareProfile)null);
				return;
			case TopologyPackage.NODE__STREAM_FRAME_SIZE:
				setStreamFrameSize(STREAM_FRAME_SIZE_EDEFAULT);
				return;
			case TopologyPackage.NODE__STREAM_FPS:
				setStreamFps(STREAM_FPS_EDEFAULT);
				return;
			case TopologyPackage.NODE__DIAGRAM_X:
				setDiagramX(DIAGRAM_X_EDEFAULT);
				return;
			case TopologyPackage.NODE__DIAGRAM_Y:
				setDiagramY(DIAGRAM_Y_EDEFAULT);
				return;
			case TopologyPackage.NODE__DIAGRAM_WIDTH:
				setDiagramWidth(DIAGRAM_WIDTH_EDEFAULT);
				return;
			case TopologyPackage.NODE__DIAGRAM_HEIGHT:
				setDiagramHeight(DIAGRAM_HEIGHT_EDEFAULT);
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
			case TopologyPackage.NODE__KIND:
				return kind != KIND_EDEFAULT;
			case TopologyPackage.NODE__SITE:
				return site != null;
			case TopologyPackage.NODE__RESOURCES:
				return resources != null;
			case TopologyPackage.NODE__ACCELERATOR_KIND:
				return acceleratorKind != ACCELERATOR_KIND_EDEFAULT;
			case TopologyPackage.NODE__HARDWARE_PROFILE:
				return hardwareProfile != null;
			case TopologyPackage.NODE__STREAM_FRAME_SIZE:
				return streamFrameSize != STREAM_FRAME_SIZE_EDEFAULT;
			case TopologyPackage.NODE__STREAM_FPS:
				return streamFps != STREAM_FPS_EDEFAULT;
			case TopologyPackage.NODE__DIAGRAM_X:
				return diagramX != DIAGRAM_X_EDEFAULT;
			case TopologyPackage.NODE__DIAGRAM_Y:
				return diagramY != DIAGRAM_Y_EDEFAULT;
			case TopologyPackage.NODE__DIAGRAM_WIDTH:
				return diagramWidth != DIAGRAM_WIDTH_EDEFAULT;
			case TopologyPackage.NODE__DIAGRAM_HEIGHT:
				return diagramHeight != DIAGRAM_HEIGHT_EDEFAULT;
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", acceleratorKind: ");
		result.append(acceleratorKind);
		result.append(", streamFrameSize: ");
		result.append(streamFrameSize);
		result.append(", streamFps: ");
		result.append(streamFps);
		result.append(", diagramX: ");
		result.append(diagramX);
		result.append(", diagramY: ");
		result.append(diagramY);
		result.append(", diagramWidth: ");
		result.append(diagramWidth);
		result.append(", diagramHeight: ");
		result.append(diagramHeight);
		result.append(')');
		return result.toString();
	}

} //NodeImpl
