/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.slicing.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.slicewright.model.slicing.AIPhase;
import org.slicewright.model.slicing.AIService;
import org.slicewright.model.slicing.AITask;
import org.slicewright.model.slicing.LearningMethod;
import org.slicewright.model.slicing.SlicingPackage;
import org.slicewright.model.slicing.VNF;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>AI Service</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.slicing.impl.AIServiceImpl#getPhases <em>Phases</em>}</li>
 *   <li>{@link org.slicewright.model.slicing.impl.AIServiceImpl#getLearningMethod <em>Learning Method</em>}</li>
 *   <li>{@link org.slicewright.model.slicing.impl.AIServiceImpl#getFunctions <em>Functions</em>}</li>
 *   <li>{@link org.slicewright.model.slicing.impl.AIServiceImpl#getTasks <em>Tasks</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AIServiceImpl extends ServiceImpl implements AIService {
	/**
	 * The default value of the '{@link #getPhases() <em>Phases</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhases()
	 * @generated
	 * @ordered
	 */
	protected static final AIPhase PHASES_EDEFAULT = AIPhase.TRAINING_AND_INFERENCE;

	/**
	 * The cached value of the '{@link #getPhases() <em>Phases</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhases()
	 * @generated
	 * @ordered
	 */
	protected AIPhase phases = PHASES_EDEFAULT;

	/**
	 * The default value of the '{@link #getLearningMethod() <em>Learning Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLearningMethod()
	 * @generated
	 * @ordered
	 */
	protected static final LearningMethod LEARNING_METHOD_EDEFAULT = LearningMethod.FEDERATED;

	/**
	 * The cached value of the '{@link #getLearningMethod() <em>Learning Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLearningMethod()
	 * @generated
	 * @ordered
	 */
	protected LearningMethod learningMethod = LEARNING_METHOD_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFunctions() <em>Functions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunctions()
	 * @generated
	 * @ordered
	 */
	protected EList<VNF> functions;

	/**
	 * The cached value of the '{@link #getTasks() <em>Tasks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTasks()
	 * @generated
	 * @ordered
	 */
	protected EList<AITask> tasks;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AIServiceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SlicingPackage.Literals.AI_SERVICE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AIPhase getPhases() {
		return phases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhases(AIPhase newPhases) {
		AIPhase oldPhases = phases;
		phases = newPhases == null ? PHASES_EDEFAULT : newPhases;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SlicingPackage.AI_SERVICE__PHASES, oldPhases, phases));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LearningMethod getLearningMethod() {
		return learningMethod;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLearningMethod(LearningMethod newLearningMethod) {
		LearningMethod oldLearningMethod = learningMethod;
		learningMethod = newLearningMethod == null ? LEARNING_METHOD_EDEFAULT : newLearningMethod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SlicingPackage.AI_SERVICE__LEARNING_METHOD, oldLearningMethod, learningMethod));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<VNF> getFunctions() {
		if (functions == null) {
			functions = new EObjectContainmentEList<VNF>(VNF.class, this, SlicingPackage.AI_SERVICE__FUNCTIONS);
		}
		return functions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AITask> getTasks() {
		if (tasks == null) {
			tasks = new EObjectContainmentEList<AITask>(AITask.class, this, SlicingPackage.AI_SERVICE__TASKS);
		}
		return tasks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SlicingPackage.AI_SERVICE__FUNCTIONS:
				return ((InternalEList<?>)getFunctions()).basicRemove(otherEnd, msgs);
			case SlicingPackage.AI_SERVICE__TASKS:
				return ((InternalEList<?>)getTasks()).basicRemove(otherEnd, msgs);
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
			case SlicingPackage.AI_SERVICE__PHASES:
				return getPhases();
			case SlicingPackage.AI_SERVICE__LEARNING_METHOD:
				return getLearningMethod();
			case SlicingPackage.AI_SERVICE__FUNCTIONS:
				return getFunctions();
			case SlicingPackage.AI_SERVICE__TASKS:
				return getTasks();
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
			case SlicingPackage.AI_SERVICE__PHASES:
				setPhases((AIPhase)newValue);
				return;
			case SlicingPackage.AI_SERVICE__LEARNING_METHOD:
				setLearningMethod((LearningMethod)newValue);
				return;
			case SlicingPackage.AI_SERVICE__FUNCTIONS:
				getFunctions().clear();
				getFunctions().addAll((Collection<? extends VNF>)newValue);
				return;
			case SlicingPackage.AI_SERVICE__TASKS:
				getTasks().clear();
				getTasks().addAll((Collection<? extends AITask>)newValue);
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
			case SlicingPackage.AI_SERVICE__PHASES:
				setPhases(PHASES_EDEFAULT);
				return;
			case SlicingPackage.AI_SERVICE__LEARNING_METHOD:
				setLearningMethod(LEARNING_METHOD_EDEFAULT);
				return;
			case SlicingPackage.AI_SERVICE__FUNCTIONS:
				getFunctions().clear();
				return;
			case SlicingPackage.AI_SERVICE__TASKS:
				getTasks().clear();
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
			case SlicingPackage.AI_SERVICE__PHASES:
				return phases != PHASES_EDEFAULT;
			case SlicingPackage.AI_SERVICE__LEARNING_METHOD:
				return learningMethod != LEARNING_METHOD_EDEFAULT;
			case SlicingPackage.AI_SERVICE__FUNCTIONS:
				return functions != null && !functions.isEmpty();
			case SlicingPackage.AI_SERVICE__TASKS:
				return tasks != null && !tasks.isEmpty();
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
		result.append(" (phases: ");
		result.append(phases);
		result.append(", learningMethod: ");
		result.append(learningMethod);
		result.append(')');
		return result.toString();
	}

} //AIServiceImpl
