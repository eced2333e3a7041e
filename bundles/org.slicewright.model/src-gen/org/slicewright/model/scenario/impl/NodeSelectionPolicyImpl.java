/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.scenario.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.slicewright.model.scenario.NodeSelectionPolicy;
import org.slicewright.model.scenario.ScenarioPackage;
import org.slicewright.model.scenario.SelectionKind;

import org.slicewright.model.topology.impl.IdentifiedImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Node Selection Policy</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.scenario.impl.NodeSelectionPolicyImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.NodeSelectionPolicyImpl#getAlpha <em>Alpha</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.NodeSelectionPolicyImpl#getBeta <em>Beta</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.NodeSelectionPolicyImpl#getGamma <em>Gamma</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.NodeSelectionPolicyImpl#getW1 <em>W1</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.NodeSelectionPolicyImpl#getW5 <em>W5</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.NodeSelectionPolicyImpl#getW15 <em>W15</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.NodeSelectionPolicyImpl#isQosFit <em>Qos Fit</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.impl.NodeSelectionPolicyImpl#getQosBudgetMs <em>Qos Budget Ms</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NodeSelectionPolicyImpl extends IdentifiedImpl implements NodeSelectionPolicy {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final SelectionKind KIND_EDEFAULT = SelectionKind.COMBINED_WEIGHT;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected SelectionKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getAlpha() <em>Alpha</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlpha()
	 * @generated
	 * @ordered
	 */
	protected static final double ALPHA_EDEFAULT = 0.4;

	/**
	 * The cached value of the '{@link #getAlpha() <em>Alpha</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlpha()
	 * @generated
	 * @ordered
	 */
	protected double alpha = ALPHA_EDEFAULT;

	/**
	 * The default value of the '{@link #getBeta() <em>Beta</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeta()
	 * @generated
	 * @ordered
	 */
	protected static final double BETA_EDEFAULT = 0.4;

	/**
	 * The cached value of the '{@link #getBeta() <em>Beta</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeta()
	 * @generated
	 * @ordered
	 */
	protected double beta = BETA_EDEFAULT;

	/**
	 * The default value of the '{@link #getGamma() <em>Gamma</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGamma()
	 * @generated
	 * @ordered
	 */
	protected static final double GAMMA_EDEFAULT = 0.2;

	/**
	 * The cached value of the '{@link #getGamma() <em>Gamma</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGamma()
	 * @generated
	 * @ordered
	 */
	protected double gamma = GAMMA_EDEFAULT;

	/**
	 * The default value of the '{@link #getW1() <em>W1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getW1()
	 * @generated
	 * @ordered
	 */
	protected static final double W1_EDEFAULT = 0.2;

	/**
	 * The cached value of the '{@link #getW1() <em>W1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getW1()
	 * @generated
	 * @ordered
	 */
	protected double w1 = W1_EDEFAULT;

	/**
	 * The default value of the '{@link #getW5() <em>W5</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getW5()
	 * @generated
	 * @ordered
	 */
	protected static final double W5_EDEFAULT = 0.3;

	/**
	 * The cached value of the '{@link #getW5() <em>W5</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getW5()
	 * @generated
	 * @ordered
	 */
	protected double w5 = W5_EDEFAULT;

	/**
	 * The default value of the '{@link #getW15() <em>W15</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getW15()
	 * @generated
	 * @ordered
	 */
	protected static final double W15_EDEFAULT = 0.5;

	/**
	 * The cached value of the '{@link #getW15() <em>W15</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getW15()
	 * @generated
	 * @ordered
	 */
	protected double w15 = W15_EDEFAULT;

	/**
	 * The default value of the '{@link #isQosFit() <em>Qos Fit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isQosFit()
	 * @generated
	 * @ordered
	 */
	protected static final boolean QOS_FIT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isQosFit() <em>Qos Fit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isQosFit()
	 * @generated
	 * @ordered
	 */
	protected boolean qosFit = QOS_FIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getQosBudgetMs() <em>Qos Budget Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQosBudgetMs()
	 * @generated
	 * @ordered
	 */
	protected static final double QOS_BUDGET_MS_EDEFAULT = 150.0;

	/**
	 * The cached value of the '{@link #getQosBudgetMs() <em>Qos Budget Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQosBudgetMs()
	 * @generated
	 * @ordered
	 */
	protected double qosBudgetMs = QOS_BUDGET_MS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NodeSelectionPolicyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ScenarioPackage.Literals.NODE_SELECTION_POLICY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SelectionKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(SelectionKind newKind) {
		SelectionKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.NODE_SELECTION_POLICY__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAlpha() {
		return alpha;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAlpha(double newAlpha) {
		double oldAlpha = alpha;
		alpha = newAlpha;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.NODE_SELECTION_POLICY__ALPHA, oldAlpha, alpha));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getBeta() {
		return beta;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBeta(double newBeta) {
		double oldBeta = beta;
		beta = newBeta;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.NODE_SELECTION_POLICY__BETA, oldBeta, beta));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getGamma() {
		return gamma;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGamma(double newGamma) {
		double oldGamma = gamma;
		gamma = newGamma;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.NODE_SELECTION_POLICY__GAMMA, oldGamma, gamma));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getW1() {
		return w1;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setW1(double newW1) {
		double oldW1 = w1;
		w1 = newW1;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.NODE_SELECTION_POLICY__W1, oldW1, w1));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getW5() {
		return w5;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setW5(double newW5) {
		double oldW5 = w5;
		w5 = newW5;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.NODE_SELECTION_POLICY__W5, oldW5, w5));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getW15() {
		return w15;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setW15(double newW15) {
		double oldW15 = w15;
		w15 = newW15;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.NODE_SELECTION_POLICY__W15, oldW15, w15));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isQosFit() {
		return qosFit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQosFit(boolean newQosFit) {
		boolean oldQosFit = qosFit;
		qosFit = newQosFit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.NODE_SELECTION_POLICY__QOS_FIT, oldQosFit, qosFit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getQosBudgetMs() {
		return qosBudgetMs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQosBudgetMs(double newQosBudgetMs) {
		double oldQosBudgetMs = qosBudgetMs;
		qosBudgetMs = newQosBudgetMs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.NODE_SELECTION_POLICY__QOS_BUDGET_MS, oldQosBudgetMs, qosBudgetMs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ScenarioPackage.NODE_SELECTION_POLICY__KIND:
				return getKind();
			case ScenarioPackage.NODE_SELECTION_POLICY__ALPHA:
				return getAlpha();
			case ScenarioPackage.NODE_SELECTION_POLICY__BETA:
				return getBeta();
			case ScenarioPackage.NODE_SELECTION_POLICY__GAMMA:
				return getGamma();
			case ScenarioPackage.NODE_SELECTION_POLICY__W1:
				return getW1();
			case ScenarioPackage.NODE_SELECTION_POLICY__W5:
				return getW5();
			case ScenarioPackage.NODE_SELECTION_POLICY__W15:
				return getW15();
			case ScenarioPackage.NODE_SELECTION_POLICY__QOS_FIT:
				return isQosFit();
			case ScenarioPackage.NODE_SELECTION_POLICY__QOS_BUDGET_MS:
				return getQosBudgetMs();
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
			case ScenarioPackage.NODE_SELECTION_POLICY__KIND:
				setKind((SelectionKind)newValue);
				return;
			case ScenarioPackage.NODE_SELECTION_POLICY__ALPHA:
				setAlpha((Double)newValue);
				return;
			case ScenarioPackage.NODE_SELECTION_POLICY__BETA:
				setBeta((Double)newValue);
				return;
			case ScenarioPackage.NODE_SELECTION_POLICY__GAMMA:
				setGamma((Double)newValue);
				return;
			case ScenarioPackage.NODE_SELECTION_POLICY__W1:
				setW1((Double)newValue);
				return;
			case ScenarioPackage.NODE_SELECTION_POLICY__W5:
				setW5((Double)newValue);
				return;
			case ScenarioPackage.NODE_SELECTION_POLICY__W15:
				setW15((Double)newValue);
				return;
			case ScenarioPackage.NODE_SELECTION_POLICY__QOS_FIT:
				setQosFit((Boolean)newValue);
				return;
			case ScenarioPackage.NODE_SELECTION_POLICY__QOS_BUDGET_MS:
				setQosBudgetMs((Double)newValue);
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
			case ScenarioPackage.NODE_SELECTION_POLICY__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ScenarioPackage.NODE_SELECTION_POLICY__ALPHA:
				setAlpha(ALPHA_EDEFAULT);
				return;
			case ScenarioPackage.NODE_SELECTION_POLICY__BETA:
				setBeta(BETA_EDEFAULT);
				return;
			case ScenarioPackage.NODE_SELECTION_POLICY__GAMMA:
				setGamma(GAMMA_EDEFAULT);
				return;
			case ScenarioPackage.NODE_SELECTION_POLICY__W1:
				setW1(W1_EDEFAULT);
				return;
			case ScenarioPackage.NODE_SELECTION_POLICY__W5:
				setW5(W5_EDEFAULT);
				return;
			case ScenarioPackage.NODE_SELECTION_POLICY__W15:
				setW15(W15_EDEFAULT);
				return;
			case ScenarioPackage.NODE_SELECTION_POLICY__QOS_FIT:
				setQosFit(QOS_FIT_EDEFAULT);
				return;
			case ScenarioPackage.NODE_SELECTION_POLICY__QOS_BUDGET_MS:
				setQosBudgetMs(QOS_BUDGET_MS_EDEFAULT);
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
			case ScenarioPackage.NODE_SELECTION_POLICY__KIND:
				return kind != KIND_EDEFAULT;
			case ScenarioPackage.NODE_SELECTION_POLICY__ALPHA:
				return alpha != ALPHA_EDEFAULT;
			case ScenarioPackage.NODE_SELECTION_POLICY__BETA:
				return beta != BETA_EDEFAULT;
			case ScenarioPackage.NODE_SELECTION_POLICY__GAMMA:
				return gamma != GAMMA_EDEFAULT;
			case ScenarioPackage.NODE_SELECTION_POLICY__W1:
				return w1 != W1_EDEFAULT;
			case ScenarioPackage.NODE_SELECTION_POLICY__W5:
				return w5 != W5_EDEFAULT;
			case ScenarioPackage.NODE_SELECTION_POLICY__W15:
				return w15 != W15_EDEFAULT;
			case ScenarioPackage.NODE_SELECTION_POLICY__QOS_FIT:
				return qosFit != QOS_FIT_EDEFAULT;
			case ScenarioPackage.NODE_SELECTION_POLICY__QOS_BUDGET_MS:
				return qosBudgetMs != QOS_BUDGET_MS_EDEFAULT;
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
		result.append(", alpha: ");
		result.append(alpha);
		result.append(", beta: ");
		result.append(beta);
		result.append(", gamma: ");
		result.append(gamma);
		result.append(", w1: ");
		result.append(w1);
		result.append(", w5: ");
		result.append(w5);
		result.append(", w15: ");
		result.append(w15);
		result.append(", qosFit: ");
		result.append(qosFit);
		result.append(", qosBudgetMs: ");
		result.append(qosBudgetMs);
		result.append(')');
		return result.toString();
	}

} //NodeSelectionPolicyImpl
