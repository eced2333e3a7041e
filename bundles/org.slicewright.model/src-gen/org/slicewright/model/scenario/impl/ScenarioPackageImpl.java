/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.scenario.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.slicewright.model.pooling.PoolingPackage;

import org.slicewright.model.pooling.impl.PoolingPackageImpl;

import org.slicewright.model.scenario.LearningParameters;
import org.slicewright.model.scenario.Metric;
import org.slicewright.model.scenario.NodeSelectionPolicy;
import org.slicewright.model.scenario.OffloadingKind;
import org.slicewright.model.scenario.OffloadingPolicy;
import org.slicewright.model.scenario.PoolingStudy;
import org.slicewright.model.scenario.ReservationPolicyKind;
import org.slicewright.model.scenario.Run;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.scenario.ScenarioFactory;
import org.slicewright.model.scenario.ScenarioPackage;
import org.slicewright.model.scenario.SelectionKind;
import org.slicewright.model.scenario.Series;
import org.slicewright.model.scenario.Surrogate;
import org.slicewright.model.scenario.SurrogateKind;
import org.slicewright.model.scenario.Sweep;

import org.slicewright.model.scenario.TwinStudy;
import org.slicewright.model.slicing.SlicingPackage;

import org.slicewright.model.slicing.impl.SlicingPackageImpl;

import org.slicewright.model.topology.TopologyPackage;

import org.slicewright.model.topology.impl.TopologyPackageImpl;

import org.slicewright.model.twins.TwinsPackage;

import org.slicewright.model.twins.impl.TwinsPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ScenarioPackageImpl extends EPackageImpl implements ScenarioPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass learningParametersEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass poolingStudyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass offloadingPolicyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass nodeSelectionPolicyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass twinStudyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass surrogateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sweepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass metricEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass runEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass seriesEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scenarioEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum offloadingKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum selectionKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum reservationPolicyKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum surrogateKindEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.slicewright.model.scenario.ScenarioPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private ScenarioPackageImpl() {
		super(eNS_URI, ScenarioFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link ScenarioPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static ScenarioPackage init() {
		if (isInited) return (ScenarioPackage)EPackage.Registry.INSTANCE.getEPackage(ScenarioPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredScenarioPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		ScenarioPackageImpl theScenarioPackage = registeredScenarioPackage instanceof ScenarioPackageImpl ? (ScenarioPackageImpl)registeredScenarioPackage : new ScenarioPackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(TopologyPackage.eNS_URI);
		TopologyPackageImpl theTopologyPackage = (TopologyPackageImpl)(registeredPackage instanceof TopologyPackageImpl ? registeredPackage : TopologyPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(SlicingPackage.eNS_URI);
		SlicingPackageImpl theSlicingPackage = (SlicingPackageImpl)(registeredPackage instanceof SlicingPackageImpl ? registeredPackage : SlicingPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(PoolingPackage.eNS_URI);
		PoolingPackageImpl thePoolingPackage = (PoolingPackageImpl)(registeredPackage instanceof PoolingPackageImpl ? registeredPackage : PoolingPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(TwinsPackage.eNS_URI);
		TwinsPackageImpl theTwinsPackage = (TwinsPackageImpl)(registeredPackage instanceof TwinsPackageImpl ? registeredPackage : TwinsPackage.eINSTANCE);

		// Create package meta-data objects
		theScenarioPackage.createPackageContents();
		theTopologyPackage.createPackageContents();
		theSlicingPackage.createPackageContents();
		thePoolingPackage.createPackageContents();
		theTwinsPackage.createPackageContents();

		// Initialize created meta-data
		theScenarioPackage.initializePackageContents();
		theTopologyPackage.initializePackageContents();
		theSlicingPackage.initializePackageContents();
		thePoolingPackage.initializePackageContents();
		theTwinsPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theScenarioPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(ScenarioPackage.eNS_URI, theScenarioPackage);
		return theScenarioPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLearningParameters() {
		return learningParametersEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningParameters_HiddenUnits() {
		return (EAttribute)learningParametersEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningParameters_LearningRate() {
		return (EAttribute)learningParametersEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningParameters_Ticks() {
		return (EAttribute)learningParametersEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningParameters_AggregationPeriod() {
		return (EAttribute)learningParametersEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningParameters_BatchSize() {
		return (EAttribute)learningParametersEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningParameters_LabelSkew() {
		return (EAttribute)learningParametersEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningParameters_DataUnitSamples() {
		return (EAttribute)learningParametersEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningParameters_LocalEpochs() {
		return (EAttribute)learningParametersEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningParameters_MaxWaitTicks() {
		return (EAttribute)learningParametersEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPoolingStudy() {
		return poolingStudyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPoolingStudy_SecondaryPool() {
		return (EReference)poolingStudyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPoolingStudy_Learning() {
		return (EReference)poolingStudyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPoolingStudy_LambdaMax() {
		return (EAttribute)poolingStudyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPoolingStudy_UseTwinRates() {
		return (EAttribute)poolingStudyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOffloadingPolicy() {
		return offloadingPolicyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOffloadingPolicy_Kind() {
		return (EAttribute)offloadingPolicyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOffloadingPolicy_TransmissionCost() {
		return (EAttribute)offloadingPolicyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOffloadingPolicy_Probability() {
		return (EAttribute)offloadingPolicyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOffloadingPolicy_Dropout() {
		return (EAttribute)offloadingPolicyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOffloadingPolicy_Passes() {
		return (EAttribute)offloadingPolicyEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOffloadingPolicy_Threshold() {
		return (EAttribute)offloadingPolicyEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOffloadingPolicy_LocalWeight() {
		return (EAttribute)offloadingPolicyEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOffloadingPolicy_UnderProvisioningCost() {
		return (EAttribute)offloadingPolicyEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOffloadingPolicy_OverProvisioningCost() {
		return (EAttribute)offloadingPolicyEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOffloadingPolicy_RttMs() {
		return (EAttribute)offloadingPolicyEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOffloadingPolicy_Preset() {
		return (EAttribute)offloadingPolicyEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOffloadingPolicy_Epochs() {
		return (EAttribute)offloadingPolicyEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOffloadingPolicy_Patience() {
		return (EAttribute)offloadingPolicyEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOffloadingPolicy_LearningRate() {
		return (EAttribute)offloadingPolicyEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOffloadingPolicy_ResidualTarget() {
		return (EAttribute)offloadingPolicyEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOffloadingPolicy_OffloadingBlock() {
		return (EAttribute)offloadingPolicyEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOffloadingPolicy_WeightSweep() {
		return (EAttribute)offloadingPolicyEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOffloadingPolicy_TraceRef() {
		return (EAttribute)offloadingPolicyEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNodeSelectionPolicy() {
		return nodeSelectionPolicyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeSelectionPolicy_Kind() {
		return (EAttribute)nodeSelectionPolicyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeSelectionPolicy_Alpha() {
		return (EAttribute)nodeSelectionPolicyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeSelectionPolicy_Beta() {
		return (EAttribute)nodeSelectionPolicyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeSelectionPolicy_Gamma() {
		return (EAttribute)nodeSelectionPolicyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeSelectionPolicy_W1() {
		return (EAttribute)nodeSelectionPolicyEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeSelectionPolicy_W5() {
		return (EAttribute)nodeSelectionPolicyEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeSelectionPolicy_W15() {
		return (EAttribute)nodeSelectionPolicyEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeSelectionPolicy_QosFit() {
		return (EAttribute)nodeSelectionPolicyEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeSelectionPolicy_QosBudgetMs() {
		return (EAttribute)nodeSelectionPolicyEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTwinStudy() {
		return twinStudyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTwinStudy_Periods() {
		return (EAttribute)twinStudyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTwinStudy_PeriodS() {
		return (EAttribute)twinStudyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTwinStudy_SeasonLength() {
		return (EAttribute)twinStudyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTwinStudy_Headroom() {
		return (EAttribute)twinStudyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTwinStudy_SlaShortfall() {
		return (EAttribute)twinStudyEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTwinStudy_Lags() {
		return (EAttribute)twinStudyEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTwinStudy_Policies() {
		return (EAttribute)twinStudyEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTwinStudy_SweepSyncPeriodsS() {
		return (EAttribute)twinStudyEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTwinStudy_SweepPrecisions() {
		return (EAttribute)twinStudyEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSurrogate() {
		return surrogateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSurrogate_Metric() {
		return (EAttribute)surrogateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSurrogate_Kind() {
		return (EAttribute)surrogateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSurrogate_Features() {
		return (EAttribute)surrogateEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSurrogate_Coefficients() {
		return (EAttribute)surrogateEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSurrogate_CvRmse() {
		return (EAttribute)surrogateEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSurrogate_TrainingRuns() {
		return (EAttribute)surrogateEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSurrogate_Model() {
		return (EAttribute)surrogateEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSweep() {
		return sweepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSweep_SubPoolsFrom() {
		return (EAttribute)sweepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSweep_SubPoolsTo() {
		return (EAttribute)sweepEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSweep_SubPoolValues() {
		return (EAttribute)sweepEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSweep_LambdaMaxValues() {
		return (EAttribute)sweepEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSweep_Seeds() {
		return (EAttribute)sweepEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSweep_BaseSeed() {
		return (EAttribute)sweepEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSweep_Threads() {
		return (EAttribute)sweepEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMetric() {
		return metricEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetric_Name() {
		return (EAttribute)metricEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetric_Value() {
		return (EAttribute)metricEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetric_Unit() {
		return (EAttribute)metricEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRun() {
		return runEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRun_Policy() {
		return (EAttribute)runEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRun_Parameters() {
		return (EAttribute)runEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRun_Seed() {
		return (EAttribute)runEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRun_WallMs() {
		return (EAttribute)runEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRun_Metrics() {
		return (EReference)runEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRun_Series() {
		return (EReference)runEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSeries() {
		return seriesEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSeries_Name() {
		return (EAttribute)seriesEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSeries_Unit() {
		return (EAttribute)seriesEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSeries_StepS() {
		return (EAttribute)seriesEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSeries_Values() {
		return (EAttribute)seriesEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScenario() {
		return scenarioEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_Description() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_Seed() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_Network() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_Slices() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_PrimaryPool() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_SecondaryPools() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_CostModel() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_TwinModel() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_LevelOneTwins() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_LevelTwoTwins() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_PoolingStudies() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_OffloadingPolicies() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_SelectionPolicies() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_Sweeps() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_Runs() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_TwinStudies() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_Surrogates() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOffloadingKind() {
		return offloadingKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSelectionKind() {
		return selectionKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getReservationPolicyKind() {
		return reservationPolicyKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSurrogateKind() {
		return surrogateKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScenarioFactory getScenarioFactory() {
		return (ScenarioFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		learningParametersEClass = createEClass(LEARNING_PARAMETERS);
		createEAttribute(learningParametersEClass, LEARNING_PARAMETERS__HIDDEN_UNITS);
		createEAttribute(learningParametersEClass, LEARNING_PARAMETERS__LEARNING_RATE);
		createEAttribute(learningParametersEClass, LEARNING_PARAMETERS__TICKS);
		createEAttribute(learningParametersEClass, LEARNING_PARAMETERS__AGGREGATION_PERIOD);
		createEAttribute(learningParametersEClass, LEARNING_PARAMETERS__BATCH_SIZE);
		createEAttribute(learningParametersEClass, LEARNING_PARAMETERS__LABEL_SKEW);
		createEAttribute(learningParametersEClass, LEARNING_PARAMETERS__DATA_UNIT_SAMPLES);
		createEAttribute(learningParametersEClass, LEARNING_PARAMETERS__LOCAL_EPOCHS);
		createEAttribute(learningParametersEClass, LEARNING_PARAMETERS__MAX_WAIT_TICKS);

		poolingStudyEClass = createEClass(POOLING_STUDY);
		createEReference(poolingStudyEClass, POOLING_STUDY__SECONDARY_POOL);
		createEReference(poolingStudyEClass, POOLING_STUDY__LEARNING);
		createEAttribute(poolingStudyEClass, POOLING_STUDY__LAMBDA_MAX);
		createEAttribute(poolingStudyEClass, POOLING_STUDY__USE_TWIN_RATES);

		offloadingPolicyEClass = createEClass(OFFLOADING_POLICY);
		createEAttribute(offloadingPolicyEClass, OFFLOADING_POLICY__KIND);
		createEAttribute(offloadingPolicyEClass, OFFLOADING_POLICY__TRANSMISSION_COST);
		createEAttribute(offloadingPolicyEClass, OFFLOADING_POLICY__PROBABILITY);
		createEAttribute(offloadingPolicyEClass, OFFLOADING_POLICY__DROPOUT);
		createEAttribute(offloadingPolicyEClass, OFFLOADING_POLICY__PASSES);
		createEAttribute(offloadingPolicyEClass, OFFLOADING_POLICY__THRESHOLD);
		createEAttribute(offloadingPolicyEClass, OFFLOADING_POLICY__LOCAL_WEIGHT);
		createEAttribute(offloadingPolicyEClass, OFFLOADING_POLICY__UNDER_PROVISIONING_COST);
		createEAttribute(offloadingPolicyEClass, OFFLOADING_POLICY__OVER_PROVISIONING_COST);
		createEAttribute(offloadingPolicyEClass, OFFLOADING_POLICY__RTT_MS);
		createEAttribute(offloadingPolicyEClass, OFFLOADING_POLICY__PRESET);
		createEAttribute(offloadingPolicyEClass, OFFLOADING_POLICY__EPOCHS);
		createEAttribute(offloadingPolicyEClass, OFFLOADING_POLICY__PATIENCE);
		createEAttribute(offloadingPolicyEClass, OFFLOADING_POLICY__LEARNING_RATE);
		createEAttribute(offloadingPolicyEClass, OFFLOADING_POLICY__RESIDUAL_TARGET);
		createEAttribute(offloadingPolicyEClass, OFFLOADING_POLICY__OFFLOADING_BLOCK);
		createEAttribute(offloadingPolicyEClass, OFFLOADING_POLICY__WEIGHT_SWEEP);
		createEAttribute(offloadingPolicyEClass, OFFLOADING_POLICY__TRACE_REF);

		nodeSelectionPolicyEClass = createEClass(NODE_SELECTION_POLICY);
		createEAttribute(nodeSelectionPolicyEClass, NODE_SELECTION_POLICY__KIND);
		createEAttribute(nodeSelectionPolicyEClass, NODE_SELECTION_POLICY__ALPHA);
		createEAttribute(nodeSelectionPolicyEClass, NODE_SELECTION_POLICY__BETA);
		createEAttribute(nodeSelectionPolicyEClass, NODE_SELECTION_POLICY__GAMMA);
		createEAttribute(nodeSelectionPolicyEClass, NODE_SELECTION_POLICY__W1);
		createEAttribute(nodeSelectionPolicyEClass, NODE_SELECTION_POLICY__W5);
		createEAttribute(nodeSelectionPolicyEClass, NODE_SELECTION_POLICY__W15);
		createEAttribute(nodeSelectionPolicyEClass, NODE_SELECTION_POLICY__QOS_FIT);
		createEAttribute(nodeSelectionPolicyEClass, NODE_SELECTION_POLICY__QOS_BUDGET_MS);

		twinStudyEClass = createEClass(TWIN_STUDY);
		createEAttribute(twinStudyEClass, TWIN_STUDY__PERIODS);
		createEAttribute(twinStudyEClass, TWIN_STUDY__PERIOD_S);
		createEAttribute(twinStudyEClass, TWIN_STUDY__SEASON_LENGTH);
		createEAttribute(twinStudyEClass, TWIN_STUDY__HEADROOM);
		createEAttribute(twinStudyEClass, TWIN_STUDY__SLA_SHORTFALL);
		createEAttribute(twinStudyEClass, TWIN_STUDY__LAGS);
		createEAttribute(twinStudyEClass, TWIN_STUDY__POLICIES);
		createEAttribute(twinStudyEClass, TWIN_STUDY__SWEEP_SYNC_PERIODS_S);
		createEAttribute(twinStudyEClass, TWIN_STUDY__SWEEP_PRECISIONS);

		surrogateEClass = createEClass(SURROGATE);
		createEAttribute(surrogateEClass, SURROGATE__METRIC);
		createEAttribute(surrogateEClass, SURROGATE__KIND);
		createEAttribute(surrogateEClass, SURROGATE__FEATURES);
		createEAttribute(surrogateEClass, SURROGATE__COEFFICIENTS);
		createEAttribute(surrogateEClass, SURROGATE__CV_RMSE);
		createEAttribute(surrogateEClass, SURROGATE__TRAINING_RUNS);
		createEAttribute(surrogateEClass, SURROGATE__MODEL);

		sweepEClass = createEClass(SWEEP);
		createEAttribute(sweepEClass, SWEEP__SUB_POOLS_FROM);
		createEAttribute(sweepEClass, SWEEP__SUB_POOLS_TO);
		createEAttribute(sweepEClass, SWEEP__SUB_POOL_VALUES);
		createEAttribute(sweepEClass, SWEEP__LAMBDA_MAX_VALUES);
		createEAttribute(sweepEClass, SWEEP__SEEDS);
		createEAttribute(sweepEClass, SWEEP__BASE_SEED);
		createEAttribute(sweepEClass, SWEEP__THREADS);

		metricEClass = createEClass(METRIC);
		createEAttribute(metricEClass, METRIC__NAME);
		createEAttribute(metricEClass, METRIC__VALUE);
		createEAttribute(metricEClass, METRIC__UNIT);

		runEClass = createEClass(RUN);
		createEAttribute(runEClass, RUN__POLICY);
		createEAttribute(runEClass, RUN__PARAMETERS);
		createEAttribute(runEClass, RUN__SEED);
		createEAttribute(runEClass, RUN__WALL_MS);
		createEReference(runEClass, RUN__METRICS);
		createEReference(runEClass, RUN__SERIES);

		seriesEClass = createEClass(SERIES);
		createEAttribute(seriesEClass, SERIES__NAME);
		createEAttribute(seriesEClass, SERIES__UNIT);
		createEAttribute(seriesEClass, SERIES__STEP_S);
		createEAttribute(seriesEClass, SERIES__VALUES);

		scenarioEClass = createEClass(SCENARIO);
		createEAttribute(scenarioEClass, SCENARIO__DESCRIPTION);
		createEAttribute(scenarioEClass, SCENARIO__SEED);
		createEReference(scenarioEClass, SCENARIO__NETWORK);
		createEReference(scenarioEClass, SCENARIO__SLICES);
		createEReference(scenarioEClass, SCENARIO__PRIMARY_POOL);
		createEReference(scenarioEClass, SCENARIO__SECONDARY_POOLS);
		createEReference(scenarioEClass, SCENARIO__COST_MODEL);
		createEReference(scenarioEClass, SCENARIO__TWIN_MODEL);
		createEReference(scenarioEClass, SCENARIO__LEVEL_ONE_TWINS);
		createEReference(scenarioEClass, SCENARIO__LEVEL_TWO_TWINS);
		createEReference(scenarioEClass, SCENARIO__POOLING_STUDIES);
		createEReference(scenarioEClass, SCENARIO__OFFLOADING_POLICIES);
		createEReference(scenarioEClass, SCENARIO__SELECTION_POLICIES);
		createEReference(scenarioEClass, SCENARIO__SWEEPS);
		createEReference(scenarioEClass, SCENARIO__RUNS);
		createEReference(scenarioEClass, SCENARIO__TWIN_STUDIES);
		createEReference(scenarioEClass, SCENARIO__SURROGATES);

		// Create enums
		offloadingKindEEnum = createEEnum(OFFLOADING_KIND);
		selectionKindEEnum = createEEnum(SELECTION_KIND);
		reservationPolicyKindEEnum = createEEnum(RESERVATION_POLICY_KIND);
		surrogateKindEEnum = createEEnum(SURROGATE_KIND);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		TopologyPackage theTopologyPackage = (TopologyPackage)EPackage.Registry.INSTANCE.getEPackage(TopologyPackage.eNS_URI);
		PoolingPackage thePoolingPackage = (PoolingPackage)EPackage.Registry.INSTANCE.getEPackage(PoolingPackage.eNS_URI);
		SlicingPackage theSlicingPackage = (SlicingPackage)EPackage.Registry.INSTANCE.getEPackage(SlicingPackage.eNS_URI);
		TwinsPackage theTwinsPackage = (TwinsPackage)EPackage.Registry.INSTANCE.getEPackage(TwinsPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		poolingStudyEClass.getESuperTypes().add(theTopologyPackage.getIdentified());
		offloadingPolicyEClass.getESuperTypes().add(theTopologyPackage.getIdentified());
		nodeSelectionPolicyEClass.getESuperTypes().add(theTopologyPackage.getIdentified());
		twinStudyEClass.getESuperTypes().add(theTopologyPackage.getIdentified());
		surrogateEClass.getESuperTypes().add(theTopologyPackage.getIdentified());
		sweepEClass.getESuperTypes().add(theTopologyPackage.getIdentified());
		runEClass.getESuperTypes().add(theTopologyPackage.getIdentified());
		scenarioEClass.getESuperTypes().add(theTopologyPackage.getIdentified());

		// Initialize classes, features, and operations; add parameters
		initEClass(learningParametersEClass, LearningParameters.class, "LearningParameters", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLearningParameters_HiddenUnits(), ecorePackage.getEInt(), "hiddenUnits", "200", 0, 1, LearningParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLearningParameters_LearningRate(), ecorePackage.getEDouble(), "learningRate", "0.01", 0, 1, LearningParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLearningParameters_Ticks(), ecorePackage.getEInt(), "ticks", "200", 0, 1, LearningParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLearningParameters_AggregationPeriod(), ecorePackage.getEInt(), "aggregationPeriod", "10", 0, 1, LearningParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLearningParameters_BatchSize(), ecorePackage.getEInt(), "batchSize", "1", 0, 1, LearningParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLearningParameters_LabelSkew(), ecorePackage.getEDouble(), "labelSkew", "0.5", 0, 1, LearningParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLearningParameters_DataUnitSamples(), ecorePackage.getEInt(), "dataUnitSamples", "10", 0, 1, LearningParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLearningParameters_LocalEpochs(), ecorePackage.getEInt(), "localEpochs", "5", 0, 1, LearningParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLearningParameters_MaxWaitTicks(), ecorePackage.getEInt(), "maxWaitTicks", "10", 0, 1, LearningParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(poolingStudyEClass, PoolingStudy.class, "PoolingStudy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getPoolingStudy_SecondaryPool(), thePoolingPackage.getSecondaryPool(), null, "secondaryPool", null, 0, 1, PoolingStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPoolingStudy_Learning(), this.getLearningParameters(), null, "learning", null, 0, 1, PoolingStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPoolingStudy_LambdaMax(), ecorePackage.getEDouble(), "lambdaMax", "10.0", 0, 1, PoolingStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPoolingStudy_UseTwinRates(), ecorePackage.getEBoolean(), "useTwinRates", "false", 0, 1, PoolingStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(offloadingPolicyEClass, OffloadingPolicy.class, "OffloadingPolicy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOffloadingPolicy_Kind(), this.getOffloadingKind(), "kind", "ORACLE", 0, 1, OffloadingPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOffloadingPolicy_TransmissionCost(), ecorePackage.getEDouble(), "transmissionCost", "0.0", 0, 1, OffloadingPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOffloadingPolicy_Probability(), ecorePackage.getEDouble(), "probability", "0.5", 0, 1, OffloadingPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOffloadingPolicy_Dropout(), ecorePackage.getEDouble(), "dropout", "0.4", 0, 1, OffloadingPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOffloadingPolicy_Passes(), ecorePackage.getEInt(), "passes", "10", 0, 1, OffloadingPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOffloadingPolicy_Threshold(), ecorePackage.getEDouble(), "threshold", "0.05", 0, 1, OffloadingPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOffloadingPolicy_LocalWeight(), ecorePackage.getEDouble(), "localWeight", "0.9", 0, 1, OffloadingPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOffloadingPolicy_UnderProvisioningCost(), ecorePackage.getEDouble(), "underProvisioningCost", "50.0", 0, 1, OffloadingPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOffloadingPolicy_OverProvisioningCost(), ecorePackage.getEDouble(), "overProvisioningCost", "1.0", 0, 1, OffloadingPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOffloadingPolicy_RttMs(), ecorePackage.getEDouble(), "rttMs", "42.46", 0, 1, OffloadingPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOffloadingPolicy_Preset(), ecorePackage.getEString(), "preset", "paper", 0, 1, OffloadingPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOffloadingPolicy_Epochs(), ecorePackage.getEInt(), "epochs", "40", 0, 1, OffloadingPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOffloadingPolicy_Patience(), ecorePackage.getEInt(), "patience", "10", 0, 1, OffloadingPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOffloadingPolicy_LearningRate(), ecorePackage.getEDouble(), "learningRate", "0.002", 0, 1, OffloadingPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOffloadingPolicy_ResidualTarget(), ecorePackage.getEBoolean(), "residualTarget", "false", 0, 1, OffloadingPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOffloadingPolicy_OffloadingBlock(), ecorePackage.getEString(), "offloadingBlock", "network", 0, 1, OffloadingPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOffloadingPolicy_WeightSweep(), ecorePackage.getEString(), "weightSweep", "0.1 0.5 0.8 0.9", 0, 1, OffloadingPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOffloadingPolicy_TraceRef(), ecorePackage.getEString(), "traceRef", null, 0, 1, OffloadingPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(nodeSelectionPolicyEClass, NodeSelectionPolicy.class, "NodeSelectionPolicy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNodeSelectionPolicy_Kind(), this.getSelectionKind(), "kind", "COMBINED_WEIGHT", 0, 1, NodeSelectionPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNodeSelectionPolicy_Alpha(), ecorePackage.getEDouble(), "alpha", "0.4", 0, 1, NodeSelectionPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNodeSelectionPolicy_Beta(), ecorePackage.getEDouble(), "beta", "0.4", 0, 1, NodeSelectionPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNodeSelectionPolicy_Gamma(), ecorePackage.getEDouble(), "gamma", "0.2", 0, 1, NodeSelectionPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNodeSelectionPolicy_W1(), ecorePackage.getEDouble(), "w1", "0.2", 0, 1, NodeSelectionPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNodeSelectionPolicy_W5(), ecorePackage.getEDouble(), "w5", "0.3", 0, 1, NodeSelectionPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNodeSelectionPolicy_W15(), ecorePackage.getEDouble(), "w15", "0.5", 0, 1, NodeSelectionPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNodeSelectionPolicy_QosFit(), ecorePackage.getEBoolean(), "qosFit", "false", 0, 1, NodeSelectionPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNodeSelectionPolicy_QosBudgetMs(), ecorePackage.getEDouble(), "qosBudgetMs", "150.0", 0, 1, NodeSelectionPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(twinStudyEClass, TwinStudy.class, "TwinStudy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTwinStudy_Periods(), ecorePackage.getEInt(), "periods", "288", 0, 1, TwinStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTwinStudy_PeriodS(), ecorePackage.getEDouble(), "periodS", "300.0", 0, 1, TwinStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTwinStudy_SeasonLength(), ecorePackage.getEInt(), "seasonLength", "288", 0, 1, TwinStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTwinStudy_Headroom(), ecorePackage.getEDouble(), "headroom", "0.1", 0, 1, TwinStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTwinStudy_SlaShortfall(), ecorePackage.getEDouble(), "slaShortfall", "0.05", 0, 1, TwinStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTwinStudy_Lags(), ecorePackage.getEInt(), "lags", "12", 0, 1, TwinStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTwinStudy_Policies(), this.getReservationPolicyKind(), "policies", null, 0, -1, TwinStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTwinStudy_SweepSyncPeriodsS(), ecorePackage.getEDouble(), "sweepSyncPeriodsS", null, 0, -1, TwinStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTwinStudy_SweepPrecisions(), ecorePackage.getEDouble(), "sweepPrecisions", null, 0, -1, TwinStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(surrogateEClass, Surrogate.class, "Surrogate", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSurrogate_Metric(), ecorePackage.getEString(), "metric", null, 0, 1, Surrogate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSurrogate_Kind(), this.getSurrogateKind(), "kind", "GAUSSIAN2", 0, 1, Surrogate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSurrogate_Features(), ecorePackage.getEString(), "features", null, 0, -1, Surrogate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSurrogate_Coefficients(), ecorePackage.getEDouble(), "coefficients", null, 0, -1, Surrogate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSurrogate_CvRmse(), ecorePackage.getEDouble(), "cvRmse", "0.0", 0, 1, Surrogate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSurrogate_TrainingRuns(), ecorePackage.getEInt(), "trainingRuns", "0", 0, 1, Surrogate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSurrogate_Model(), ecorePackage.getEString(), "model", null, 0, 1, Surrogate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sweepEClass, Sweep.class, "Sweep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSweep_SubPoolsFrom(), ecorePackage.getEInt(), "subPoolsFrom", "1", 0, 1, Sweep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSweep_SubPoolsTo(), ecorePackage.getEInt(), "subPoolsTo", "1", 0, 1, Sweep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSweep_SubPoolValues(), ecorePackage.getEInt(), "subPoolValues", null, 0, -1, Sweep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSweep_LambdaMaxValues(), ecorePackage.getEDouble(), "lambdaMaxValues", null, 0, -1, Sweep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSweep_Seeds(), ecorePackage.getEInt(), "seeds", "1", 0, 1, Sweep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSweep_BaseSeed(), ecorePackage.getELong(), "baseSeed", "1", 0, 1, Sweep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSweep_Threads(), ecorePackage.getEInt(), "threads", "0", 0, 1, Sweep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(metricEClass, Metric.class, "Metric", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMetric_Name(), ecorePackage.getEString(), "name", null, 0, 1, Metric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMetric_Value(), ecorePackage.getEDouble(), "value", "0.0", 0, 1, Metric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMetric_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, Metric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(runEClass, Run.class, "Run", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRun_Policy(), ecorePackage.getEString(), "policy", null, 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRun_Parameters(), ecorePackage.getEString(), "parameters", null, 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRun_Seed(), ecorePackage.getELong(), "seed", "0", 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRun_WallMs(), ecorePackage.getELong(), "wallMs", "0", 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRun_Metrics(), this.getMetric(), null, "metrics", null, 0, -1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRun_Series(), this.getSeries(), null, "series", null, 0, -1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(seriesEClass, Series.class, "Series", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSeries_Name(), ecorePackage.getEString(), "name", null, 0, 1, Series.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSeries_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, Series.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSeries_StepS(), ecorePackage.getEDouble(), "stepS", "0.0", 0, 1, Series.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSeries_Values(), ecorePackage.getEDouble(), "values", null, 0, -1, Series.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scenarioEClass, Scenario.class, "Scenario", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getScenario_Description(), ecorePackage.getEString(), "description", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScenario_Seed(), ecorePackage.getELong(), "seed", "1", 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScenario_Network(), theTopologyPackage.getNetwork(), null, "network", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScenario_Slices(), theSlicingPackage.getSlice(), null, "slices", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScenario_PrimaryPool(), thePoolingPackage.getPrimaryPool(), null, "primaryPool", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScenario_SecondaryPools(), thePoolingPackage.getSecondaryPool(), null, "secondaryPools", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScenario_CostModel(), thePoolingPackage.getResourceUnitCostModel(), null, "costModel", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScenario_TwinModel(), theTwinsPackage.getTwinModelConfig(), null, "twinModel", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScenario_LevelOneTwins(), theTwinsPackage.getLevelOneTwin(), null, "levelOneTwins", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScenario_LevelTwoTwins(), theTwinsPackage.getLevelTwoTwin(), null, "levelTwoTwins", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScenario_PoolingStudies(), this.getPoolingStudy(), null, "poolingStudies", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScenario_OffloadingPolicies(), this.getOffloadingPolicy(), null, "offloadingPolicies", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScenario_SelectionPolicies(), this.getNodeSelectionPolicy(), null, "selectionPolicies", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScenario_Sweeps(), this.getSweep(), null, "sweeps", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScenario_Runs(), this.getRun(), null, "runs", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScenario_TwinStudies(), this.getTwinStudy(), null, "twinStudies", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScenario_Surrogates(), this.getSurrogate(), null, "surrogates", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(offloadingKindEEnum, OffloadingKind.class, "OffloadingKind");
		addEEnumLiteral(offloadingKindEEnum, OffloadingKind.ORACLE);
		addEEnumLiteral(offloadingKindEEnum, OffloadingKind.RANDOM);
		addEEnumLiteral(offloadingKindEEnum, OffloadingKind.CONFIDENCE);
		addEEnumLiteral(offloadingKindEEnum, OffloadingKind.ML);

		initEEnum(selectionKindEEnum, SelectionKind.class, "SelectionKind");
		addEEnumLiteral(selectionKindEEnum, SelectionKind.ROUND_ROBIN);
		addEEnumLiteral(selectionKindEEnum, SelectionKind.RANDOM);
		addEEnumLiteral(selectionKindEEnum, SelectionKind.LEAST_LATENCY);
		addEEnumLiteral(selectionKindEEnum, SelectionKind.COMBINED_WEIGHT);

		initEEnum(reservationPolicyKindEEnum, ReservationPolicyKind.class, "ReservationPolicyKind");
		addEEnumLiteral(reservationPolicyKindEEnum, ReservationPolicyKind.STATIC_MEAN);
		addEEnumLiteral(reservationPolicyKindEEnum, ReservationPolicyKind.LAST_VALUE);
		addEEnumLiteral(reservationPolicyKindEEnum, ReservationPolicyKind.SEASONAL_NAIVE);
		addEEnumLiteral(reservationPolicyKindEEnum, ReservationPolicyKind.FORECAST);

		initEEnum(surrogateKindEEnum, SurrogateKind.class, "SurrogateKind");
		addEEnumLiteral(surrogateKindEEnum, SurrogateKind.GAUSSIAN2);
		addEEnumLiteral(surrogateKindEEnum, SurrogateKind.RANDOM_FOREST);
		addEEnumLiteral(surrogateKindEEnum, SurrogateKind.GRADIENT_BOOSTING);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://slicewright.org/range
		createRangeAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://slicewright.org/range</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createRangeAnnotations() {
		String source = "http://slicewright.org/range";
		addAnnotation
		  (getLearningParameters_HiddenUnits(),
		   source,
		   new String[] {
			   "min", "1",
			   "max", "4096"
		   });
		addAnnotation
		  (getLearningParameters_LearningRate(),
		   source,
		   new String[] {
			   "min", "1e-9",
			   "max", "10"
		   });
		addAnnotation
		  (getLearningParameters_Ticks(),
		   source,
		   new String[] {
			   "min", "1",
			   "max", "100000"
		   });
		addAnnotation
		  (getLearningParameters_AggregationPeriod(),
		   source,
		   new String[] {
			   "min", "1",
			   "max", "100000"
		   });
		addAnnotation
		  (getLearningParameters_BatchSize(),
		   source,
		   new String[] {
			   "min", "1",
			   "max", "10000"
		   });
		addAnnotation
		  (getLearningParameters_LabelSkew(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1"
		   });
		addAnnotation
		  (getLearningParameters_DataUnitSamples(),
		   source,
		   new String[] {
			   "min", "1",
			   "max", "1000"
		   });
		addAnnotation
		  (getLearningParameters_LocalEpochs(),
		   source,
		   new String[] {
			   "min", "1",
			   "max", "100"
		   });
		addAnnotation
		  (getLearningParameters_MaxWaitTicks(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "100000"
		   });
		addAnnotation
		  (getPoolingStudy_LambdaMax(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1000"
		   });
		addAnnotation
		  (getOffloadingPolicy_TransmissionCost(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1e6"
		   });
		addAnnotation
		  (getOffloadingPolicy_Probability(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1"
		   });
		addAnnotation
		  (getOffloadingPolicy_Dropout(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1"
		   });
		addAnnotation
		  (getOffloadingPolicy_Passes(),
		   source,
		   new String[] {
			   "min", "1",
			   "max", "1000"
		   });
		addAnnotation
		  (getOffloadingPolicy_Threshold(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1e6"
		   });
		addAnnotation
		  (getOffloadingPolicy_LocalWeight(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1"
		   });
		addAnnotation
		  (getOffloadingPolicy_UnderProvisioningCost(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1e6"
		   });
		addAnnotation
		  (getOffloadingPolicy_OverProvisioningCost(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1e6"
		   });
		addAnnotation
		  (getOffloadingPolicy_RttMs(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "60000"
		   });
		addAnnotation
		  (getOffloadingPolicy_Epochs(),
		   source,
		   new String[] {
			   "min", "1",
			   "max", "10000"
		   });
		addAnnotation
		  (getOffloadingPolicy_Patience(),
		   source,
		   new String[] {
			   "min", "1",
			   "max", "10000"
		   });
		addAnnotation
		  (getOffloadingPolicy_LearningRate(),
		   source,
		   new String[] {
			   "min", "1e-9",
			   "max", "10"
		   });
		addAnnotation
		  (getNodeSelectionPolicy_Alpha(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1e6"
		   });
		addAnnotation
		  (getNodeSelectionPolicy_Beta(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1e6"
		   });
		addAnnotation
		  (getNodeSelectionPolicy_Gamma(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1e6"
		   });
		addAnnotation
		  (getNodeSelectionPolicy_W1(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1e6"
		   });
		addAnnotation
		  (getNodeSelectionPolicy_W5(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1e6"
		   });
		addAnnotation
		  (getNodeSelectionPolicy_W15(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1e6"
		   });
		addAnnotation
		  (getNodeSelectionPolicy_QosBudgetMs(),
		   source,
		   new String[] {
			   "min", "0.001",
			   "max", "60000"
		   });
		addAnnotation
		  (getTwinStudy_Periods(),
		   source,
		   new String[] {
			   "min", "1",
			   "max", "100000"
		   });
		addAnnotation
		  (getTwinStudy_PeriodS(),
		   source,
		   new String[] {
			   "min", "1",
			   "max", "86400"
		   });
		addAnnotation
		  (getTwinStudy_SeasonLength(),
		   source,
		   new String[] {
			   "min", "2",
			   "max", "100000"
		   });
		addAnnotation
		  (getTwinStudy_Headroom(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "100"
		   });
		addAnnotation
		  (getTwinStudy_SlaShortfall(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1"
		   });
		addAnnotation
		  (getTwinStudy_Lags(),
		   source,
		   new String[] {
			   "min", "1",
			   "max", "1000"
		   });
		addAnnotation
		  (getTwinStudy_SweepSyncPeriodsS(),
		   source,
		   new String[] {
			   "min", "0.001",
			   "max", "604800"
		   });
		addAnnotation
		  (getTwinStudy_SweepPrecisions(),
		   source,
		   new String[] {
			   "min", "1e-9",
			   "max", "10"
		   });
		addAnnotation
		  (getSurrogate_Coefficients(),
		   source,
		   new String[] {
		   });
		addAnnotation
		  (getSurrogate_CvRmse(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1e12"
		   });
		addAnnotation
		  (getSurrogate_TrainingRuns(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1000000000"
		   });
		addAnnotation
		  (getSweep_SubPoolsFrom(),
		   source,
		   new String[] {
			   "min", "1",
			   "max", "10000"
		   });
		addAnnotation
		  (getSweep_SubPoolsTo(),
		   source,
		   new String[] {
			   "min", "1",
			   "max", "10000"
		   });
		addAnnotation
		  (getSweep_SubPoolValues(),
		   source,
		   new String[] {
			   "min", "1",
			   "max", "10000"
		   });
		addAnnotation
		  (getSweep_LambdaMaxValues(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1000"
		   });
		addAnnotation
		  (getSweep_Seeds(),
		   source,
		   new String[] {
			   "min", "1",
			   "max", "1000"
		   });
		addAnnotation
		  (getSweep_Threads(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1024"
		   });
		addAnnotation
		  (getMetric_Value(),
		   source,
		   new String[] {
		   });
		addAnnotation
		  (getRun_WallMs(),
		   source,
		   new String[] {
			   "min", "0"
		   });
		addAnnotation
		  (getSeries_StepS(),
		   source,
		   new String[] {
			   "min", "0",
			   "max", "1e12"
		   });
		addAnnotation
		  (getSeries_Values(),
		   source,
		   new String[] {
		   });
	}

} //ScenarioPackageImpl
