/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.slicing;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>AI Service</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An AI service (training and/or inference), its learning method, functions and tasks.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.slicing.AIService#getPhases <em>Phases</em>}</li>
 *   <li>{@link org.slicewright.model.slicing.AIService#getLearningMethod <em>Learning Method</em>}</li>
 *   <li>{@link org.slicewright.model.slicing.AIService#getFunctions <em>Functions</em>}</li>
 *   <li>{@link org.slicewright.model.slicing.AIService#getTasks <em>Tasks</em>}</li>
 * </ul>
 *
 * @see org.slicewright.model.slicing.SlicingPackage#getAIService()
 * @model
 * @generated
 */
public interface AIService extends Service {
	/**
	 * Returns the value of the '<em><b>Phases</b></em>' attribute.
	 * The default value is <code>"TRAINING_AND_INFERENCE"</code>.
	 * The literals are from the enumeration {@link org.slicewright.model.slicing.AIPhase}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Edge phases.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Phases</em>' attribute.
	 * @see org.slicewright.model.slicing.AIPhase
	 * @see #setPhases(AIPhase)
	 * @see org.slicewright.model.slicing.SlicingPackage#getAIService_Phases()
	 * @model default="TRAINING_AND_INFERENCE"
	 * @generated
	 */
	AIPhase getPhases();

	/**
	 * Sets the value of the '{@link org.slicewright.model.slicing.AIService#getPhases <em>Phases</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phases</em>' attribute.
	 * @see org.slicewright.model.slicing.AIPhase
	 * @see #getPhases()
	 * @generated
	 */
	void setPhases(AIPhase value);

	/**
	 * Returns the value of the '<em><b>Learning Method</b></em>' attribute.
	 * The default value is <code>"FEDERATED"</code>.
	 * The literals are from the enumeration {@link org.slicewright.model.slicing.LearningMethod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Learning method.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Learning Method</em>' attribute.
	 * @see org.slicewright.model.slicing.LearningMethod
	 * @see #setLearningMethod(LearningMethod)
	 * @see org.slicewright.model.slicing.SlicingPackage#getAIService_LearningMethod()
	 * @model default="FEDERATED"
	 * @generated
	 */
	LearningMethod getLearningMethod();

	/**
	 * Sets the value of the '{@link org.slicewright.model.slicing.AIService#getLearningMethod <em>Learning Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Learning Method</em>' attribute.
	 * @see org.slicewright.model.slicing.LearningMethod
	 * @see #getLearningMethod()
	 * @generated
	 */
	void setLearningMethod(LearningMethod value);

	/**
	 * Returns the value of the '<em><b>Functions</b></em>' containment reference list.
	 * The list contents are of type {@link org.slicewright.model.slicing.VNF}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Functions (VNFs).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Functions</em>' containment reference list.
	 * @see org.slicewright.model.slicing.SlicingPackage#getAIService_Functions()
	 * @model containment="true"
	 * @generated
	 */
	EList<VNF> getFunctions();

	/**
	 * Returns the value of the '<em><b>Tasks</b></em>' containment reference list.
	 * The list contents are of type {@link org.slicewright.model.slicing.AITask}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * TONA tasks.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tasks</em>' containment reference list.
	 * @see org.slicewright.model.slicing.SlicingPackage#getAIService_Tasks()
	 * @model containment="true"
	 * @generated
	 */
	EList<AITask> getTasks();

} // AIService
