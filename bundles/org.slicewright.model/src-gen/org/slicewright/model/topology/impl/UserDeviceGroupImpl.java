/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.topology.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.slicewright.model.topology.Node;
import org.slicewright.model.topology.TopologyPackage;
import org.slicewright.model.topology.UserDeviceGroup;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>User Device Group</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.topology.impl.UserDeviceGroupImpl#getAttachedTo <em>Attached To</em>}</li>
 *   <li>{@link org.slicewright.model.topology.impl.UserDeviceGroupImpl#getSize <em>Size</em>}</li>
 *   <li>{@link org.slicewright.model.topology.impl.UserDeviceGroupImpl#getDiagramX <em>Diagram X</em>}</li>
 *   <li>{@link org.slicewright.model.topology.impl.UserDeviceGroupImpl#getDiagramY <em>Diagram Y</em>}</li>
 *   <li>{@link org.slicewright.model.topology.impl.UserDeviceGroupImpl#getDiagramWidth <em>Diagram Width</em>}</li>
 *   <li>{@link org.slicewright.model.topology.impl.UserDeviceGroupImpl#getDiagramHeight <em>Diagram Height</em>}</li>
 * </ul>
 *
 * @generated
 */
public class UserDeviceGroupImpl extends IdentifiedImpl implements UserDeviceGroup {
	/**
	 * The cached value of the '{@link #getAttachedTo() <em>Attached To</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttachedTo()
	 * @generated
	 * @ordered
	 */
	protected Node attachedTo;

	/**
	 * The default value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected static final int SIZE_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected int size = SIZE_EDEFAULT;

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
	protected UserDeviceGroupImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.USER_DEVICE_GROUP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Node getAttachedTo() {
		if (attachedTo != null && attachedTo.eIsProxy()) {
			InternalEObject oldAttachedTo = (InternalEObject)attachedTo;
			attachedTo = (Node)eResolveProxy(oldAttachedTo);
			if (attachedTo != oldAttachedTo) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.USER_DEVICE_GROUP__ATTACHED_TO, oldAttachedTo, attachedTo));
			}
		}
		return attachedTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Node basicGetAttachedTo() {
		return attachedTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttachedTo(Node newAttachedTo) {
		Node oldAttachedTo = attachedTo;
		attachedTo = newAttachedTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.USER_DEVICE_GROUP__ATTACHED_TO, oldAttachedTo, attachedTo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSize() {
		return size;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSize(int newSize) {
		int oldSize = size;
		size = newSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.USER_DEVICE_GROUP__SIZE, oldSize, size));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.USER_DEVICE_GROUP__DIAGRAM_X, oldDiagramX, diagramX));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.USER_DEVICE_GROUP__DIAGRAM_Y, oldDiagramY, diagramY));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.USER_DEVICE_GROUP__DIAGRAM_WIDTH, oldDiagramWidth, diagramWidth));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.USER_DEVICE_GROUP__DIAGRAM_HEIGHT, oldDiagramHeight, diagramHeight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TopologyPackage.USER_DEVICE_GROUP__ATTACHED_TO:
				if (resolve) return getAttachedTo();
				return basicGetAttachedTo();
			case TopologyPackage.USER_DEVICE_GROUP__SIZE:
				return getSize();
			case TopologyPackage.USER_DEVICE_GROUP__DIAGRAM_X:
				return getDiagramX();
			case TopologyPackage.USER_DEVICE_GROUP__DIAGRAM_Y:
				return getDiagramY();
			case TopologyPackage.USER_DEVICE_GROUP__DIAGRAM_WIDTH:
				return getDiagramWidth();
			case TopologyPackage.USER_DEVICE_GROUP__DIAGRAM_HEIGHT:
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
			case TopologyPackage.USER_DEVICE_GROUP__ATTACHED_TO:
				setAttachedTo((Node)newValue);
				return;
			case TopologyPackage.USER_DEVICE_GROUP__SIZE:
				setSize((Integer)newValue);
				return;
			case TopologyPackage.USER_DEVICE_GROUP__DIAGRAM_X:
				setDiagramX((Double)newValue);
				return;
			case TopologyPackage.USER_DEVICE_GROUP__DIAGRAM_Y:
				setDiagramY((Double)newValue);
				return;
			case TopologyPackage.USER_DEVICE_GROUP__DIAGRAM_WIDTH:
				setDiagramWidth((Double)newValue);
				return;
			case TopologyPackage.USER_DEVICE_GROUP__DIAGRAM_HEIGHT:
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
			case TopologyPackage.USER_DEVICE_GROUP__ATTACHED_TO:
				setAttachedTo((Node)null);
				return;
			case TopologyPackage.USER_DEVICE_GROUP__SIZE:
				setSize(SIZE_EDEFAULT);
				return;
			case TopologyPackage.USER_DEVICE_GROUP__DIAGRAM_X:
				setDiagramX(DIAGRAM_X_EDEFAULT);
				return;
			case TopologyPackage.USER_DEVICE_GROUP__DIAGRAM_Y:
				setDiagramY(DIAGRAM_Y_EDEFAULT);
				return;
			case TopologyPackage.USER_DEVICE_GROUP__DIAGRAM_WIDTH:
				setDiagramWidth(DIAGRAM_WIDTH_EDEFAULT);
				return;
			case TopologyPackage.USER_DEVICE_GROUP__DIAGRAM_HEIGHT:
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
			case TopologyPackage.USER_DEVICE_GROUP__ATTACHED_TO:
				return attachedTo != null;
			case TopologyPackage.USER_DEVICE_GROUP__SIZE:
				return size != SIZE_EDEFAULT;
			case TopologyPackage.USER_DEVICE_GROUP__DIAGRAM_X:
				return diagramX != DIAGRAM_X_EDEFAULT;
			case TopologyPackage.USER_DEVICE_GROUP__DIAGRAM_Y:
				return diagramY != DIAGRAM_Y_EDEFAULT;
			case TopologyPackage.USER_DEVICE_GROUP__DIAGRAM_WIDTH:
				return diagramWidth != DIAGRAM_WIDTH_EDEFAULT;
			case TopologyPackage.USER_DEVICE_GROUP__DIAGRAM_HEIGHT:
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
		result.append(" (size: ");
		result.append(size);
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

} //UserDeviceGroupImpl
