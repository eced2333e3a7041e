/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.scenario;

import org.slicewright.model.topology.Identified;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node Selection Policy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How an edge node is selected for an inference request (Algorithm 1 of the edge-inference study and baselines).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.slicewright.model.scenario.NodeSelectionPolicy#getKind <em>Kind</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.NodeSelectionPolicy#getAlpha <em>Alpha</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.NodeSelectionPolicy#getBeta <em>Beta</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.NodeSelectionPolicy#getGamma <em>Gamma</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.NodeSelectionPolicy#getW1 <em>W1</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.NodeSelectionPolicy#getW5 <em>W5</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.NodeSelectionPolicy#getW15 <em>W15</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.NodeSelectionPolicy#isQosFit <em>Qos Fit</em>}</li>
 *   <li>{@link org.slicewright.model.scenario.NodeSelectionPolicy#getQosBudgetMs <em>Qos Budget Ms</em>}</li>
 * </ul>
 *
 * @see org.slicewright.model.scenario.ScenarioPackage#getNodeSelectionPolicy()
 * @model
 * @generated
 */
public interface NodeSelectionPolicy extends Identified {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"COMBINED_WEIGHT"</code>.
	 * The literals are from the enumeration {@link org.slicewright.model.scenario.SelectionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Policy.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.slicewright.model.scenario.SelectionKind
	 * @see #setKind(SelectionKind)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getNodeSelectionPolicy_Kind()
	 * @model default="COMBINED_WEIGHT"
	 * @generated
	 */
	SelectionKind getKind();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.NodeSelectionPolicy#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.slicewright.model.scenario.SelectionKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(SelectionKind value);

	/**
	 * Returns the value of the '<em><b>Alpha</b></em>' attribute.
	 * The default value is <code>"0.4"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Weight of CPU load in W.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Alpha</em>' attribute.
	 * @see #setAlpha(double)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getNodeSelectionPolicy_Alpha()
	 * @model default="0.4"
	 *        annotation="http://slicewright.org/range min='0' max='1e6'"
	 * @generated
	 */
	double getAlpha();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.NodeSelectionPolicy#getAlpha <em>Alpha</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Alpha</em>' attribute.
	 * @see #getAlpha()
	 * @generated
	 */
	void setAlpha(double value);

	/**
	 * Returns the value of the '<em><b>Beta</b></em>' attribute.
	 * The default value is <code>"0.4"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Weight of accelerator load in W.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Beta</em>' attribute.
	 * @see #setBeta(double)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getNodeSelectionPolicy_Beta()
	 * @model default="0.4"
	 *        annotation="http://slicewright.org/range min='0' max='1e6'"
	 * @generated
	 */
	double getBeta();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.NodeSelectionPolicy#getBeta <em>Beta</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Beta</em>' attribute.
	 * @see #getBeta()
	 * @generated
	 */
	void setBeta(double value);

	/**
	 * Returns the value of the '<em><b>Gamma</b></em>' attribute.
	 * The default value is <code>"0.2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Weight of network latency in W.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gamma</em>' attribute.
	 * @see #setGamma(double)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getNodeSelectionPolicy_Gamma()
	 * @model default="0.2"
	 *        annotation="http://slicewright.org/range min='0' max='1e6'"
	 * @generated
	 */
	double getGamma();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.NodeSelectionPolicy#getGamma <em>Gamma</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gamma</em>' attribute.
	 * @see #getGamma()
	 * @generated
	 */
	void setGamma(double value);

	/**
	 * Returns the value of the '<em><b>W1</b></em>' attribute.
	 * The default value is <code>"0.2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Weight of the 1-minute latency EMA in S (shorter windows weigh less: the study emphasises longer-term trends).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>W1</em>' attribute.
	 * @see #setW1(double)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getNodeSelectionPolicy_W1()
	 * @model default="0.2"
	 *        annotation="http://slicewright.org/range min='0' max='1e6'"
	 * @generated
	 */
	double getW1();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.NodeSelectionPolicy#getW1 <em>W1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>W1</em>' attribute.
	 * @see #getW1()
	 * @generated
	 */
	void setW1(double value);

	/**
	 * Returns the value of the '<em><b>W5</b></em>' attribute.
	 * The default value is <code>"0.3"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Weight of the 5-minute latency EMA in S.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>W5</em>' attribute.
	 * @see #setW5(double)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getNodeSelectionPolicy_W5()
	 * @model default="0.3"
	 *        annotation="http://slicewright.org/range min='0' max='1e6'"
	 * @generated
	 */
	double getW5();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.NodeSelectionPolicy#getW5 <em>W5</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>W5</em>' attribute.
	 * @see #getW5()
	 * @generated
	 */
	void setW5(double value);

	/**
	 * Returns the value of the '<em><b>W15</b></em>' attribute.
	 * The default value is <code>"0.5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Weight of the 15-minute latency EMA in S.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>W15</em>' attribute.
	 * @see #setW15(double)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getNodeSelectionPolicy_W15()
	 * @model default="0.5"
	 *        annotation="http://slicewright.org/range min='0' max='1e6'"
	 * @generated
	 */
	double getW15();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.NodeSelectionPolicy#getW15 <em>W15</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>W15</em>' attribute.
	 * @see #getW15()
	 * @generated
	 */
	void setW15(double value);

	/**
	 * Returns the value of the '<em><b>Qos Fit</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When true, the policy chooses first among the boards where every application, the new one included, is expected to stay within the QoS budget (a filter this tool adds to the study's policies).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Qos Fit</em>' attribute.
	 * @see #setQosFit(boolean)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getNodeSelectionPolicy_QosFit()
	 * @model default="false"
	 * @generated
	 */
	boolean isQosFit();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.NodeSelectionPolicy#isQosFit <em>Qos Fit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Qos Fit</em>' attribute.
	 * @see #isQosFit()
	 * @generated
	 */
	void setQosFit(boolean value);

	/**
	 * Returns the value of the '<em><b>Qos Budget Ms</b></em>' attribute.
	 * The default value is <code>"150.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * QoS latency budget, ms (health: pass < 75 %, warning to 90 %, critical above).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Qos Budget Ms</em>' attribute.
	 * @see #setQosBudgetMs(double)
	 * @see org.slicewright.model.scenario.ScenarioPackage#getNodeSelectionPolicy_QosBudgetMs()
	 * @model default="150.0"
	 *        annotation="http://slicewright.org/range min='0.001' max='60000'"
	 * @generated
	 */
	double getQosBudgetMs();

	/**
	 * Sets the value of the '{@link org.slicewright.model.scenario.NodeSelectionPolicy#getQosBudgetMs <em>Qos Budget Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Qos Budget Ms</em>' attribute.
	 * @see #getQosBudgetMs()
	 * @generated
	 */
	void setQosBudgetMs(double value);

} // NodeSelectionPolicy
