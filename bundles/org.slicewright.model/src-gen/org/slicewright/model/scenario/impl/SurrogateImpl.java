/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.scenario.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

import org.slicewright.model.scenario.ScenarioPackage;
import org.slicewright.model.scenario.Surrogate;
import org.slicewright.model.scenario.SurrogateKind;

import org.slicewright.model.topology.impl.IdentifiedImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Surrogate</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.scenario.impl.SurrogateImpl#getMetric <em>Metric</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.SurrogateImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.SurrogateImpl#getFeatures <em>Features</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.SurrogateImpl#getCoefficients <em>Coefficients</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.SurrogateImpl#getCvRmse <em>Cv Rmse</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.SurrogateImpl#getTrainingRuns <em>Training Runs</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.SurrogateImpl#getModel <em>Model</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SurrogateImpl extends IdentifiedImpl implements Surrogate {
	/**
	 * The default value of the '{@link #getMetric() <em>Metric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetric()
	 * @generated
	 * @ordered
	 */
	protected static final String METRIC_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMetric() <em>Metric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetric()
	 * @generated
	 * @ordered
	 */
	protected String metric = METRIC_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final SurrogateKind KIND_EDEFAULT = SurrogateKind.GAUSSIAN2;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected SurrogateKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFeatures() <em>Features</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeatures()
	 * @generated
	 * @ordered
	 */
	protected EList<String> features;

	/**
	 * The cached value of the '{@link #getCoefficients() <em>Coefficients</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoefficients()
	 * @generated
	 * @ordered
	 */
	protected EList<Double> coefficients;

	/**
	 * The default value of the '{@link #getCvRmse() <em>Cv Rmse</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCvRmse()
	 * @generated
	 * @ordered
	 */
	protected static final double CV_RMSE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getCvRmse() <em>Cv Rmse</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCvRmse()
	 * @generated
	 * @ordered
	 */
	protected double cvRmse = CV_RMSE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTrainingRuns() <em>Training Runs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainingRuns()
	 * @generated
	 * @ordered
	 */
	protected static final int TRAINING_RUNS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTrainingRuns() <em>Training Runs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainingRuns()
	 * @generated
	 * @ordered
	 */
	protected int trainingRuns = TRAINING_RUNS_EDEFAULT;

	/**
	 * The default value of the '{@link #getModel() <em>Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModel()
	 * @generated
	 * @ordered
	 */
	protected static final String MODEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModel() <em>Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModel()
	 * @generated
	 * @ordered
	 */
	protected String model = MODEL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SurrogateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ScenarioPackage.Literals.SURROGATE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMetric() {
		return metric;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMetric(String newMetric) {
		String oldMetric = metric;
		metric = newMetric;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.SURROGATE__METRIC, oldMetric, metric));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SurrogateKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(SurrogateKind newKind) {
		SurrogateKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.SURROGATE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getFeatures() {
		if (features == null) {
			features = new EDataTypeEList<String>(String.class, this, ScenarioPackage.SURROGATE__FEATURES);
		}
		return features;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Double> getCoefficients() {
		if (coefficients == null) {
			coefficients = new EDataTypeEList<Double>(Double.class, this, ScenarioPackage.SURROGATE__COEFFICIENTS);
		}
		return coefficients;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCvRmse() {
		return cvRmse;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCvRmse(double newCvRmse) {
		double oldCvRmse = cvRmse;
		cvRmse = newCvRmse;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.SURROGATE__CV_RMSE, oldCvRmse, cvRmse));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTrainingRuns() {
		return trainingRuns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrainingRuns(int newTrainingRuns) {
		int oldTrainingRuns = trainingRuns;
		trainingRuns = newTrainingRuns;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.SURROGATE__TRAINING_RUNS, oldTrainingRuns, trainingRuns));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getModel() {
		return model;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModel(String newModel) {
		String oldModel = model;
		model = newModel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.SURROGATE__MODEL, oldModel, model));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ScenarioPackage.SURROGATE__METRIC:
				return getMetric();
			case ScenarioPackage.SURROGATE__KIND:
				return getKind();
			case ScenarioPackage.SURROGATE__FEATURES:
				return getFeatures();
			case ScenarioPackage.SURROGATE__COEFFICIENTS:
				return getCoefficients();
			case ScenarioPackage.SURROGATE__CV_RMSE:
				return getCvRmse();
			case ScenarioPackage.SURROGATE__TRAINING_RUNS:
				return getTrainingRuns();
			case ScenarioPackage.SURROGATE__MODEL:
				return getModel();
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
			case ScenarioPackage.SURROGATE__METRIC:
				setMetric((String)newValue);
				return;
			case ScenarioPackage.SURROGATE__KIND:
				setKind((SurrogateKind)newValue);
				return;
			case ScenarioPackage.SURROGATE__FEATURES:
				getFeatures().clear();
				getFeatures().addAll((Collection<? extends String>)newValue);
				return;
			case ScenarioPackage.SURROGATE__COEFFICIENTS:
				getCoefficients().clear();
				getCoefficients().addAll((Collection<? extends Double>)newValue);
				return;
			case ScenarioPackage.SURROGATE__CV_RMSE:
				setCvRmse((Double)newValue);
				return;
			case ScenarioPackage.SURROGATE__TRAINING_RUNS:
				setTrainingRuns((Integer)newValue);
				return;
			case ScenarioPackage.SURROGATE__MODEL:
				setModel((String)newValue);
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
			case ScenarioPackage.SURROGATE__METRIC:
				setMetric(METRIC_EDEFAULT);
				return;
			case ScenarioPackage.SURROGATE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ScenarioPackage.SURROGATE__FEATURES:
				getFeatures().clear();
				return;
			case ScenarioPackage.SURROGATE__COEFFICIENTS:
				getCoefficients().clear();
				return;
			case ScenarioPackage.SURROGATE__CV_RMSE:
				setCvRmse(CV_RMSE_EDEFAULT);
				return;
			case ScenarioPackage.SURROGATE__TRAINING_RUNS:
				setTrainingRuns(TRAINING_RUNS_EDEFAULT);
				return;
			case ScenarioPackage.SURROGATE__MODEL:
				setModel(MODEL_EDEFAULT);
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
			case ScenarioPackage.SURROGATE__METRIC:
				return METRIC_EDEFAULT == null ? metric != null : !METRIC_EDEFAULT.equals(metric);
			case ScenarioPackage.SURROGATE__KIND:
				return kind != KIND_EDEFAULT;
			case ScenarioPackage.SURROGATE__FEATURES:
				return features != null && !features.isEmpty();
			case ScenarioPackage.SURROGATE__COEFFICIENTS:
				return coefficients != null && !coefficients.isEmpty();
			case ScenarioPackage.SURROGATE__CV_RMSE:
				return cvRmse != CV_RMSE_EDEFAULT;
			case ScenarioPackage.SURROGATE__TRAINING_RUNS:
				return trainingRuns != TRAINING_RUNS_EDEFAULT;
			case ScenarioPackage.SURROGATE__MODEL:
				return MODEL_EDEFAULT == null ? model != null : !MODEL_EDEFAULT.equals(model);
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
		result.append(" (metric: ");
		result.append(metric);
		result.append(", kind: ");
		result.append(kind);
		result.append(", features: ");
		result.append(features);
		result.append(", coefficients: ");
		result.append(coefficients);
		result.append(", cvRmse: ");
		result.append(cvRmse);
		result.append(", trainingRuns: ");
		result.append(trainingRuns);
		result.append(", model: ");
		result.append(model);
		result.append(')');
		return result.toString();
	}

} //SurrogateImpl
