/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.slicing.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.slicewright.model.slicing.SlicingPackage;
import org.slicewright.model.slicing.VNF;

import org.slicewright.model.topology.Node;

import org.slicewright.model.topology.impl.IdentifiedImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>VNF</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.slicing.impl.VNFImpl#isAiFunction <em>Ai Function</em>}</li>
 *   <li>{@link org.slicewright.model.slicing.impl.VNFImpl#getPlacements <em>Placements</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VNFImpl extends IdentifiedImpl implements VNF {
	/**
	 * The default value of the '{@link #isAiFunction() <em>Ai Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAiFunction()
	 * @generated
	 * @ordered
	 */
	protected static final boolean AI_FUNCTION_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isAiFunction() <em>Ai Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAiFunction()
	 * @generated
	 * @ordered
	 */
	protected boolean aiFunction = AI_FUNCTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPlacements() <em>Placements</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlacements()
	 * @generated
	 * @ordered
	 */
	protected EList<Node> placements;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VNFImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SlicingPackage.Literals.VNF;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAiFunction() {
		return aiFunction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAiFunction(boolean newAiFunction) {
		boolean oldAiFunction = aiFunction;
		aiFunction = newAiFunction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SlicingPackage.VNF__AI_FUNCTION, oldAiFunction, aiFunction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Node> getPlacements() {
		if (placements == null) {
			placements = new EObjectResolvingEList<Node>(Node.class, this, SlicingPackage.VNF__PLACEMENTS);
		}
		return placements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SlicingPackage.VNF__AI_FUNCTION:
				return isAiFunction();
			case SlicingPackage.VNF__PLACEMENTS:
				return getPlacements();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SlicingPackage.VNF__AI_FUNCTION:
				setAiFunction((Boolean)newValue);
				return;
			case SlicingPackage.VNF__PLACEMENTS:
				getPlacements().clear();
				getPlacements().addAll((Collection<? extends Node>)newValue);
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
			case SlicingPackage.VNF__AI_FUNCTION:
				setAiFunction(AI_FUNCTION_EDEFAULT);
				return;
			case SlicingPackage.VNF__PLACEMENTS:
				getPlacements().clear();
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
			case SlicingPackage.VNF__AI_FUNCTION:
				return aiFunction != AI_FUNCTION_EDEFAULT;
			case SlicingPackage.VNF__PLACEMENTS:
				return placements != null && !placements.isEmpty();
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
		result.append(" (aiFunction: ");
		result.append(aiFunction);
		result.append(')');
		return result.toString();
	}

} //VNFImpl
