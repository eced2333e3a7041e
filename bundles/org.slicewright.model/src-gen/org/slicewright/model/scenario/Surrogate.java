/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.scenario;

import org.eclipse.emf.common.util.EList;

import org.slicewright.model.topology.Identified;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Surrogate</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A learned map from policy parameters (and load) to one metric, trained on the scenario's runs and saved with it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.scenario.Surrogate#getMetric <em>Metric</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.Surrogate#getKind <em>Kind</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.Surrogate#getFeatures <em>Features</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.Surrogate#getCoefficients <em>Coefficients</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.Surrogate#getCvRmse <em>Cv Rmse</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.Surrogate#getTrainingRuns <em>Training Runs</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.Surrogate#getModel <em>Model</em>}</li>
 * </ul>
 *
 * @see org.slicewright.model.scenario.ScenarioPackage#getSurrogate()
 * @model
 * @generated
 */
public interface Surrogate extends Identified {
	/**
	 * Returns the value of the '<em><b>Metric</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Metric predicted (accuracy, convergence_rate, ru_total...).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Metric</em>' attribute.
	 * @see #setMetric(String)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getSurrogate_Metric()
	 * @model
	 * @generated
	 */
	String getMetric();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.Surrogate#getMetric <em>Metric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metric</em>' attribute.
	 * @see #getMetric()
	 * @generated
	 */
	void setMetric(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"GAUSSIAN2"</code>.
	 * The literals are from the enumeration {@link org.slicewright.model.scenario.SurrogateKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Learner.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.slicewright.model.scenario.SurrogateKind
	 * @see #setKind(SurrogateKind)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getSurrogate_Kind()
	 * @model default="GAUSSIAN2"
	 * @generated
	 */
	SurrogateKind getKind();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.Surrogate#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.slicewright.model.scenario.SurrogateKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(SurrogateKind value);

	/**
	 * Returns the value of the '<em><b>Features</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Input parameters in order (e.g. subpools, lambda_max).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Features</em>' attribute list.
	 * @see org.slicewright.model.scenario.ScenarioPackage#getSurrogate_Features()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getFeatures();

	/**
	 * Returns the value of the '<em><b>Coefficients</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * GAUSSIAN2: a1, b1, c1, a2, b2, c2 of a1 exp(-((x-b1)/c1)^2) + a2 exp(-((x-b2)/c2)^2).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Coefficients</em>' attribute list.
	 * @see org.slicewright.model.scenario.ScenarioPackage#getSurrogate_Coefficients()
	 * @model unique="false"
	 *        annotation="http://slicewright.org/range"
	 * @generated
	 */
	EList<Double> getCoefficients();

	/**
	 * Returns the value of the '<em><b>Cv Rmse</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * k-fold cross-validated root-mean-square error, in the metric's unit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cv Rmse</em>' attribute.
	 * @see #setCvRmse(double)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getSurrogate_CvRmse()
	 * @model default="0.0"
	 *        annotation="http://slicewright.org/range min='0' max='1e12'"
	 * @generated
	 */
	double getCvRmse();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.Surrogate#getCvRmse <em>Cv Rmse</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cv Rmse</em>' attribute.
	 * @see #getCvRmse()
	 * @generated
	 */
	void setCvRmse(double value);

	/**
	 * Returns the value of the '<em><b>Training Runs</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Runs the surrogate was trained on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Training Runs</em>' attribute.
	 * @see #setTrainingRuns(int)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getSurrogate_TrainingRuns()
	 * @model default="0"
	 *        annotation="http://slicewright.org/range min='0' max='1000000000'"
	 * @generated
	 */
	int getTrainingRuns();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.Surrogate#getTrainingRuns <em>Training Runs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Training Runs</em>' attribute.
	 * @see #getTrainingRuns()
	 * @generated
	 */
	void setTrainingRuns(int value);

	/**
	 * Returns the value of the '<em><b>Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * RANDOM_FOREST and GRADIENT_BOOSTING: the serialised Smile model (base64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Model</em>' attribute.
	 * @see #setModel(String)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getSurrogate_Model()
	 * @model
	 * @generated
	 */
	String getModel();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.Surrogate#getModel <em>Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model</em>' attribute.
	 * @see #getModel()
	 * @generated
	 */
	void setModel(String value);

} // Surrogate
