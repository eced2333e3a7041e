/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.pooling;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.slicewright.model.topology.TopologyPackage;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Resource pooling for AI services (docs/domain.md section 2): the primary pool of VAPs, secondary pools per AI service with sub-pools and their AVAPs, reservations, pooling policies and the resource-unit cost model.
 * <!-- end-model-doc -->
 * @see org.slicewright.model.pooling.PoolingFactory
 * @model kind="package"
 * @generated
 */
public interface PoolingPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "pooling";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://slicewright.org/model/pooling/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "pooling";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	PoolingPackage eINSTANCE = org.slicewright.model.pooling.impl.PoolingPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.slicewright.model.pooling.impl.ReservationImpl <em>Reservation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.pooling.impl.ReservationImpl
	 * @see org.slicewright.model.pooling.impl.PoolingPackageImpl#getReservation()
	 * @generated
	 */
	int RESERVATION = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVATION__KIND = 0;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVATION__AMOUNT = 1;

	/**
	 * The number of structural features of the '<em>Reservation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVATION_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Reservation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.slicewright.model.pooling.impl.VAPImpl <em>VAP</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.pooling.impl.VAPImpl
	 * @see org.slicewright.model.pooling.impl.PoolingPackageImpl#getVAP()
	 * @generated
	 */
	int VAP = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VAP__ID = TopologyPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VAP__NAME = TopologyPackage.IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>Node</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VAP__NODE = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Reservations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VAP__RESERVATIONS = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>VAP</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VAP_FEATURE_COUNT = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>VAP</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VAP_OPERATION_COUNT = TopologyPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.slicewright.model.pooling.impl.PrimaryPoolImpl <em>Primary Pool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.pooling.impl.PrimaryPoolImpl
	 * @see org.slicewright.model.pooling.impl.PoolingPackageImpl#getPrimaryPool()
	 * @generated
	 */
	int PRIMARY_POOL = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIMARY_POOL__ID = TopologyPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIMARY_POOL__NAME = TopologyPackage.IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>Vaps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIMARY_POOL__VAPS = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Primary Pool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIMARY_POOL_FEATURE_COUNT = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Primary Pool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIMARY_POOL_OPERATION_COUNT = TopologyPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.slicewright.model.pooling.impl.AVAPImpl <em>AVAP</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.pooling.impl.AVAPImpl
	 * @see org.slicewright.model.pooling.impl.PoolingPackageImpl#getAVAP()
	 * @generated
	 */
	int AVAP = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AVAP__ID = TopologyPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AVAP__NAME = TopologyPackage.IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>Reservations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AVAP__RESERVATIONS = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>AVAP</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AVAP_FEATURE_COUNT = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>AVAP</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AVAP_OPERATION_COUNT = TopologyPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.slicewright.model.pooling.impl.SubPoolImpl <em>Sub Pool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.pooling.impl.SubPoolImpl
	 * @see org.slicewright.model.pooling.impl.PoolingPackageImpl#getSubPool()
	 * @generated
	 */
	int SUB_POOL = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUB_POOL__ID = TopologyPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUB_POOL__NAME = TopologyPackage.IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>Members</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUB_POOL__MEMBERS = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Trainer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUB_POOL__TRAINER = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Avap</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUB_POOL__AVAP = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Sub Pool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUB_POOL_FEATURE_COUNT = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Sub Pool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUB_POOL_OPERATION_COUNT = TopologyPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.slicewright.model.pooling.impl.PoolingPolicyImpl <em>Policy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.pooling.impl.PoolingPolicyImpl
	 * @see org.slicewright.model.pooling.impl.PoolingPackageImpl#getPoolingPolicy()
	 * @generated
	 */
	int POOLING_POLICY = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOLING_POLICY__ID = TopologyPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOLING_POLICY__NAME = TopologyPackage.IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOLING_POLICY__METHOD = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>K</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOLING_POLICY__K = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Features</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOLING_POLICY__FEATURES = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOLING_POLICY_FEATURE_COUNT = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOLING_POLICY_OPERATION_COUNT = TopologyPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.slicewright.model.pooling.impl.SecondaryPoolImpl <em>Secondary Pool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.pooling.impl.SecondaryPoolImpl
	 * @see org.slicewright.model.pooling.impl.PoolingPackageImpl#getSecondaryPool()
	 * @generated
	 */
	int SECONDARY_POOL = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECONDARY_POOL__ID = TopologyPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECONDARY_POOL__NAME = TopologyPackage.IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>Service</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECONDARY_POOL__SERVICE = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Vnf</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECONDARY_POOL__VNF = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Policy</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECONDARY_POOL__POLICY = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Sub Pools</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECONDARY_POOL__SUB_POOLS = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Secondary Pool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECONDARY_POOL_FEATURE_COUNT = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Secondary Pool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECONDARY_POOL_OPERATION_COUNT = TopologyPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.slicewright.model.pooling.impl.ResourceUnitCostModelImpl <em>Resource Unit Cost Model</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.pooling.impl.ResourceUnitCostModelImpl
	 * @see org.slicewright.model.pooling.impl.PoolingPackageImpl#getResourceUnitCostModel()
	 * @generated
	 */
	int RESOURCE_UNIT_COST_MODEL = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_UNIT_COST_MODEL__ID = TopologyPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_UNIT_COST_MODEL__NAME = TopologyPackage.IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>Communication Per Data Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_UNIT_COST_MODEL__COMMUNICATION_PER_DATA_UNIT = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Computing Per Data Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_UNIT_COST_MODEL__COMPUTING_PER_DATA_UNIT = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Model Exchange Per Transfer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_UNIT_COST_MODEL__MODEL_EXCHANGE_PER_TRANSFER = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Model Training</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_UNIT_COST_MODEL__MODEL_TRAINING = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Model Training Per</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_UNIT_COST_MODEL__MODEL_TRAINING_PER = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Shortfall Multiplier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_UNIT_COST_MODEL__SHORTFALL_MULTIPLIER = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Resource Unit Cost Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_UNIT_COST_MODEL_FEATURE_COUNT = TopologyPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Resource Unit Cost Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_UNIT_COST_MODEL_OPERATION_COUNT = TopologyPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.slicewright.model.pooling.ResourceKind <em>Resource Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.pooling.ResourceKind
	 * @see org.slicewright.model.pooling.impl.PoolingPackageImpl#getResourceKind()
	 * @generated
	 */
	int RESOURCE_KIND = 8;

	/**
	 * The meta object id for the '{@link org.slicewright.model.pooling.PoolingMethod <em>Method</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.pooling.PoolingMethod
	 * @see org.slicewright.model.pooling.impl.PoolingPackageImpl#getPoolingMethod()
	 * @generated
	 */
	int POOLING_METHOD = 9;

	/**
	 * The meta object id for the '{@link org.slicewright.model.pooling.PoolingFeature <em>Feature</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.pooling.PoolingFeature
	 * @see org.slicewright.model.pooling.impl.PoolingPackageImpl#getPoolingFeature()
	 * @generated
	 */
	int POOLING_FEATURE = 10;


	/**
	 * The meta object id for the '{@link org.slicewright.model.pooling.TrainingChargeBasis <em>Training Charge Basis</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.slicewright.model.pooling.TrainingChargeBasis
	 * @see org.slicewright.model.pooling.impl.PoolingPackageImpl#getTrainingChargeBasis()
	 * @generated
	 */
	int TRAINING_CHARGE_BASIS = 11;


	/**
	 * Returns the meta object for class '{@link org.slicewright.model.pooling.Reservation <em>Reservation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reservation</em>'.
	 * @see org.slicewright.model.pooling.Reservation
	 * @generated
	 */
	EClass getReservation();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.pooling.Reservation#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.slicewright.model.pooling.Reservation#getKind()
	 * @see #getReservation()
	 * @generated
	 */
	EAttribute getReservation_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.pooling.Reservation#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see org.slicewright.model.pooling.Reservation#getAmount()
	 * @see #getReservation()
	 * @generated
	 */
	EAttribute getReservation_Amount();

	/**
	 * Returns the meta object for class '{@link org.slicewright.model.pooling.VAP <em>VAP</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>VAP</em>'.
	 * @see org.slicewright.model.pooling.VAP
	 * @generated
	 */
	EClass getVAP();

	/**
	 * Returns the meta object for the reference '{@link org.slicewright.model.pooling.VAP#getNode <em>Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Node</em>'.
	 * @see org.slicewright.model.pooling.VAP#getNode()
	 * @see #getVAP()
	 * @generated
	 */
	EReference getVAP_Node();

	/**
	 * Returns the meta object for the containment reference list '{@link org.slicewright.model.pooling.VAP#getReservations <em>Reservations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Reservations</em>'.
	 * @see org.slicewright.model.pooling.VAP#getReservations()
	 * @see #getVAP()
	 * @generated
	 */
	EReference getVAP_Reservations();

	/**
	 * Returns the meta object for class '{@link org.slicewright.model.pooling.PrimaryPool <em>Primary Pool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Primary Pool</em>'.
	 * @see org.slicewright.model.pooling.PrimaryPool
	 * @generated
	 */
	EClass getPrimaryPool();

	/**
	 * Returns the meta object for the containment reference list '{@link org.slicewright.model.pooling.PrimaryPool#getVaps <em>Vaps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Vaps</em>'.
	 * @see org.slicewright.model.pooling.PrimaryPool#getVaps()
	 * @see #getPrimaryPool()
	 * @generated
	 */
	EReference getPrimaryPool_Vaps();

	/**
	 * Returns the meta object for class '{@link org.slicewright.model.pooling.AVAP <em>AVAP</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>AVAP</em>'.
	 * @see org.slicewright.model.pooling.AVAP
	 * @generated
	 */
	EClass getAVAP();

	/**
	 * Returns the meta object for the containment reference list '{@link org.slicewright.model.pooling.AVAP#getReservations <em>Reservations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Reservations</em>'.
	 * @see org.slicewright.model.pooling.AVAP#getReservations()
	 * @see #getAVAP()
	 * @generated
	 */
	EReference getAVAP_Reservations();

	/**
	 * Returns the meta object for class '{@link org.slicewright.model.pooling.SubPool <em>Sub Pool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sub Pool</em>'.
	 * @see org.slicewright.model.pooling.SubPool
	 * @generated
	 */
	EClass getSubPool();

	/**
	 * Returns the meta object for the reference list '{@link org.slicewright.model.pooling.SubPool#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Members</em>'.
	 * @see org.slicewright.model.pooling.SubPool#getMembers()
	 * @see #getSubPool()
	 * @generated
	 */
	EReference getSubPool_Members();

	/**
	 * Returns the meta object for the reference '{@link org.slicewright.model.pooling.SubPool#getTrainer <em>Trainer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Trainer</em>'.
	 * @see org.slicewright.model.pooling.SubPool#getTrainer()
	 * @see #getSubPool()
	 * @generated
	 */
	EReference getSubPool_Trainer();

	/**
	 * Returns the meta object for the containment reference '{@link org.slicewright.model.pooling.SubPool#getAvap <em>Avap</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Avap</em>'.
	 * @see org.slicewright.model.pooling.SubPool#getAvap()
	 * @see #getSubPool()
	 * @generated
	 */
	EReference getSubPool_Avap();

	/**
	 * Returns the meta object for class '{@link org.slicewright.model.pooling.PoolingPolicy <em>Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Policy</em>'.
	 * @see org.slicewright.model.pooling.PoolingPolicy
	 * @generated
	 */
	EClass getPoolingPolicy();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.pooling.PoolingPolicy#getMethod <em>Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Method</em>'.
	 * @see org.slicewright.model.pooling.PoolingPolicy#getMethod()
	 * @see #getPoolingPolicy()
	 * @generated
	 */
	EAttribute getPoolingPolicy_Method();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.pooling.PoolingPolicy#getK <em>K</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>K</em>'.
	 * @see org.slicewright.model.pooling.PoolingPolicy#getK()
	 * @see #getPoolingPolicy()
	 * @generated
	 */
	EAttribute getPoolingPolicy_K();

	/**
	 * Returns the meta object for the attribute list '{@link org.slicewright.model.pooling.PoolingPolicy#getFeatures <em>Features</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Features</em>'.
	 * @see org.slicewright.model.pooling.PoolingPolicy#getFeatures()
	 * @see #getPoolingPolicy()
	 * @generated
	 */
	EAttribute getPoolingPolicy_Features();

	/**
	 * Returns the meta object for class '{@link org.slicewright.model.pooling.SecondaryPool <em>Secondary Pool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Secondary Pool</em>'.
	 * @see org.slicewright.model.pooling.SecondaryPool
	 * @generated
	 */
	EClass getSecondaryPool();

	/**
	 * Returns the meta object for the reference '{@link org.slicewright.model.pooling.SecondaryPool#getService <em>Service</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Service</em>'.
	 * @see org.slicewright.model.pooling.SecondaryPool#getService()
	 * @see #getSecondaryPool()
	 * @generated
	 */
	EReference getSecondaryPool_Service();

	/**
	 * Returns the meta object for the reference '{@link org.slicewright.model.pooling.SecondaryPool#getVnf <em>Vnf</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Vnf</em>'.
	 * @see org.slicewright.model.pooling.SecondaryPool#getVnf()
	 * @see #getSecondaryPool()
	 * @generated
	 */
	EReference getSecondaryPool_Vnf();

	/**
	 * Returns the meta object for the containment reference '{@link org.slicewright.model.pooling.SecondaryPool#getPolicy <em>Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Policy</em>'.
	 * @see org.slicewright.model.pooling.SecondaryPool#getPolicy()
	 * @see #getSecondaryPool()
	 * @generated
	 */
	EReference getSecondaryPool_Policy();

	/**
	 * Returns the meta object for the containment reference list '{@link org.slicewright.model.pooling.SecondaryPool#getSubPools <em>Sub Pools</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sub Pools</em>'.
	 * @see org.slicewright.model.pooling.SecondaryPool#getSubPools()
	 * @see #getSecondaryPool()
	 * @generated
	 */
	EReference getSecondaryPool_SubPools();

	/**
	 * Returns the meta object for class '{@link org.slicewright.model.pooling.ResourceUnitCostModel <em>Resource Unit Cost Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Resource Unit Cost Model</em>'.
	 * @see org.slicewright.model.pooling.ResourceUnitCostModel
	 * @generated
	 */
	EClass getResourceUnitCostModel();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.pooling.ResourceUnitCostModel#getCommunicationPerDataUnit <em>Communication Per Data Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Communication Per Data Unit</em>'.
	 * @see org.slicewright.model.pooling.ResourceUnitCostModel#getCommunicationPerDataUnit()
	 * @see #getResourceUnitCostModel()
	 * @generated
	 */
	EAttribute getResourceUnitCostModel_CommunicationPerDataUnit();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.pooling.ResourceUnitCostModel#getComputingPerDataUnit <em>Computing Per Data Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Computing Per Data Unit</em>'.
	 * @see org.slicewright.model.pooling.ResourceUnitCostModel#getComputingPerDataUnit()
	 * @see #getResourceUnitCostModel()
	 * @generated
	 */
	EAttribute getResourceUnitCostModel_ComputingPerDataUnit();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.pooling.ResourceUnitCostModel#getModelExchangePerTransfer <em>Model Exchange Per Transfer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model Exchange Per Transfer</em>'.
	 * @see org.slicewright.model.pooling.ResourceUnitCostModel#getModelExchangePerTransfer()
	 * @see #getResourceUnitCostModel()
	 * @generated
	 */
	EAttribute getResourceUnitCostModel_ModelExchangePerTransfer();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.pooling.ResourceUnitCostModel#getModelTraining <em>Model Training</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model Training</em>'.
	 * @see org.slicewright.model.pooling.ResourceUnitCostModel#getModelTraining()
	 * @see #getResourceUnitCostModel()
	 * @generated
	 */
	EAttribute getResourceUnitCostModel_ModelTraining();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.pooling.ResourceUnitCostModel#getModelTrainingPer <em>Model Training Per</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model Training Per</em>'.
	 * @see org.slicewright.model.pooling.ResourceUnitCostModel#getModelTrainingPer()
	 * @see #getResourceUnitCostModel()
	 * @generated
	 */
	EAttribute getResourceUnitCostModel_ModelTrainingPer();

	/**
	 * Returns the meta object for the attribute '{@link org.slicewright.model.pooling.ResourceUnitCostModel#getShortfallMultiplier <em>Shortfall Multiplier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shortfall Multiplier</em>'.
	 * @see org.slicewright.model.pooling.ResourceUnitCostModel#getShortfallMultiplier()
	 * @see #getResourceUnitCostModel()
	 * @generated
	 */
	EAttribute getResourceUnitCostModel_ShortfallMultiplier();

	/**
	 * Returns the meta object for enum '{@link org.slicewright.model.pooling.ResourceKind <em>Resource Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Resource Kind</em>'.
	 * @see org.slicewright.model.pooling.ResourceKind
	 * @generated
	 */
	EEnum getResourceKind();

	/**
	 * Returns the meta object for enum '{@link org.slicewright.model.pooling.PoolingMethod <em>Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Method</em>'.
	 * @see org.slicewright.model.pooling.PoolingMethod
	 * @generated
	 */
	EEnum getPoolingMethod();

	/**
	 * Returns the meta object for enum '{@link org.slicewright.model.pooling.PoolingFeature <em>Feature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Feature</em>'.
	 * @see org.slicewright.model.pooling.PoolingFeature
	 * @generated
	 */
	EEnum getPoolingFeature();

	/**
	 * Returns the meta object for enum '{@link org.slicewright.model.pooling.TrainingChargeBasis <em>Training Charge Basis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Training Charge Basis</em>'.
	 * @see org.slicewright.model.pooling.TrainingChargeBasis
	 * @generated
	 */
	EEnum getTrainingChargeBasis();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	PoolingFactory getPoolingFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.slicewright.model.pooling.impl.ReservationImpl <em>Reservation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.pooling.impl.ReservationImpl
		 * @see org.slicewright.model.pooling.impl.PoolingPackageImpl#getReservation()
		 * @generated
		 */
		EClass RESERVATION = eINSTANCE.getReservation();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESERVATION__KIND = eINSTANCE.getReservation_Kind();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESERVATION__AMOUNT = eINSTANCE.getReservation_Amount();

		/**
		 * The meta object literal for the '{@link org.slicewright.model.pooling.impl.VAPImpl <em>VAP</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.pooling.impl.VAPImpl
		 * @see org.slicewright.model.pooling.impl.PoolingPackageImpl#getVAP()
		 * @generated
		 */
		EClass VAP = eINSTANCE.getVAP();

		/**
		 * The meta object literal for the '<em><b>Node</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VAP__NODE = eINSTANCE.getVAP_Node();

		/**
		 * The meta object literal for the '<em><b>Reservations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VAP__RESERVATIONS = eINSTANCE.getVAP_Reservations();

		/**
		 * The meta object literal for the '{@link org.slicewright.model.pooling.impl.PrimaryPoolImpl <em>Primary Pool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.pooling.impl.PrimaryPoolImpl
		 * @see org.slicewright.model.pooling.impl.PoolingPackageImpl#getPrimaryPool()
		 * @generated
		 */
		EClass PRIMARY_POOL = eINSTANCE.getPrimaryPool();

		/**
		 * The meta object literal for the '<em><b>Vaps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRIMARY_POOL__VAPS = eINSTANCE.getPrimaryPool_Vaps();

		/**
		 * The meta object literal for the '{@link org.slicewright.model.pooling.impl.AVAPImpl <em>AVAP</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.pooling.impl.AVAPImpl
		 * @see org.slicewright.model.pooling.impl.PoolingPackageImpl#getAVAP()
		 * @generated
		 */
		EClass AVAP = eINSTANCE.getAVAP();

		/**
		 * The meta object literal for the '<em><b>Reservations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AVAP__RESERVATIONS = eINSTANCE.getAVAP_Reservations();

		/**
		 * The meta object literal for the '{@link org.slicewright.model.pooling.impl.SubPoolImpl <em>Sub Pool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.pooling.impl.SubPoolImpl
		 * @see org.slicewright.model.pooling.impl.PoolingPackageImpl#getSubPool()
		 * @generated
		 */
		EClass SUB_POOL = eINSTANCE.getSubPool();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUB_POOL__MEMBERS = eINSTANCE.getSubPool_Members();

		/**
		 * The meta object literal for the '<em><b>Trainer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUB_POOL__TRAINER = eINSTANCE.getSubPool_Trainer();

		/**
		 * The meta object literal for the '<em><b>Avap</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUB_POOL__AVAP = eINSTANCE.getSubPool_Avap();

		/**
		 * The meta object literal for the '{@link org.slicewright.model.pooling.impl.PoolingPolicyImpl <em>Policy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.pooling.impl.PoolingPolicyImpl
		 * @see org.slicewright.model.pooling.impl.PoolingPackageImpl#getPoolingPolicy()
		 * @generated
		 */
		EClass POOLING_POLICY = eINSTANCE.getPoolingPolicy();

		/**
		 * The meta object literal for the '<em><b>Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POOLING_POLICY__METHOD = eINSTANCE.getPoolingPolicy_Method();

		/**
		 * The meta object literal for the '<em><b>K</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POOLING_POLICY__K = eINSTANCE.getPoolingPolicy_K();

		/**
		 * The meta object literal for the '<em><b>Features</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POOLING_POLICY__FEATURES = eINSTANCE.getPoolingPolicy_Features();

		/**
		 * The meta object literal for the '{@link org.slicewright.model.pooling.impl.SecondaryPoolImpl <em>Secondary Pool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.pooling.impl.SecondaryPoolImpl
		 * @see org.slicewright.model.pooling.impl.PoolingPackageImpl#getSecondaryPool()
		 * @generated
		 */
		EClass SECONDARY_POOL = eINSTANCE.getSecondaryPool();

		/**
		 * The meta object literal for the '<em><b>Service</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SECONDARY_POOL__SERVICE = eINSTANCE.getSecondaryPool_Service();

		/**
		 * The meta object literal for the '<em><b>Vnf</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SECONDARY_POOL__VNF = eINSTANCE.getSecondaryPool_Vnf();

		/**
		 * The meta object literal for the '<em><b>Policy</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SECONDARY_POOL__POLICY = eINSTANCE.getSecondaryPool_Policy();

		/**
		 * The meta object literal for the '<em><b>Sub Pools</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SECONDARY_POOL__SUB_POOLS = eINSTANCE.getSecondaryPool_SubPools();

		/**
		 * The meta object literal for the '{@link org.slicewright.model.pooling.impl.ResourceUnitCostModelImpl <em>Resource Unit Cost Model</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.pooling.impl.ResourceUnitCostModelImpl
		 * @see org.slicewright.model.pooling.impl.PoolingPackageImpl#getResourceUnitCostModel()
		 * @generated
		 */
		EClass RESOURCE_UNIT_COST_MODEL = eINSTANCE.getResourceUnitCostModel();

		/**
		 * The meta object literal for the '<em><b>Communication Per Data Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_UNIT_COST_MODEL__COMMUNICATION_PER_DATA_UNIT = eINSTANCE.getResourceUnitCostModel_CommunicationPerDataUnit();

		/**
		 * The meta object literal for the '<em><b>Computing Per Data Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_UNIT_COST_MODEL__COMPUTING_PER_DATA_UNIT = eINSTANCE.getResourceUnitCostModel_ComputingPerDataUnit();

		/**
		 * The meta object literal for the '<em><b>Model Exchange Per Transfer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_UNIT_COST_MODEL__MODEL_EXCHANGE_PER_TRANSFER = eINSTANCE.getResourceUnitCostModel_ModelExchangePerTransfer();

		/**
		 * The meta object literal for the '<em><b>Model Training</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_UNIT_COST_MODEL__MODEL_TRAINING = eINSTANCE.getResourceUnitCostModel_ModelTraining();

		/**
		 * The meta object literal for the '<em><b>Model Training Per</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_UNIT_COST_MODEL__MODEL_TRAINING_PER = eINSTANCE.getResourceUnitCostModel_ModelTrainingPer();

		/**
		 * The meta object literal for the '<em><b>Shortfall Multiplier</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_UNIT_COST_MODEL__SHORTFALL_MULTIPLIER = eINSTANCE.getResourceUnitCostModel_ShortfallMultiplier();

		/**
		 * The meta object literal for the '{@link org.slicewright.model.pooling.ResourceKind <em>Resource Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.pooling.ResourceKind
		 * @see org.slicewright.model.pooling.impl.PoolingPackageImpl#getResourceKind()
		 * @generated
		 */
		EEnum RESOURCE_KIND = eINSTANCE.getResourceKind();

		/**
		 * The meta object literal for the '{@link org.slicewright.model.pooling.PoolingMethod <em>Method</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.pooling.PoolingMethod
		 * @see org.slicewright.model.pooling.impl.PoolingPackageImpl#getPoolingMethod()
		 * @generated
		 */
		EEnum POOLING_METHOD = eINSTANCE.getPoolingMethod();

		/**
		 * The meta object literal for the '{@link org.slicewright.model.pooling.PoolingFeature <em>Feature</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.pooling.PoolingFeature
		 * @see org.slicewright.model.pooling.impl.PoolingPackageImpl#getPoolingFeature()
		 * @generated
		 */
		EEnum POOLING_FEATURE = eINSTANCE.getPoolingFeature();

		/**
		 * The meta object literal for the '{@link org.slicewright.model.pooling.TrainingChargeBasis <em>Training Charge Basis</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.slicewright.model.pooling.TrainingChargeBasis
		 * @see org.slicewright.model.pooling.impl.PoolingPackageImpl#getTrainingChargeBasis()
		 * @generated
		 */
		EEnum TRAINING_CHARGE_BASIS = eINSTANCE.getTrainingChargeBasis();

	}

} //PoolingPackage
