/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.pooling.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.slicewright.model.pooling.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class PoolingFactoryImpl extends EFactoryImpl implements PoolingFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static PoolingFactory init() {
		try {
			PoolingFactory thePoolingFactory = (PoolingFactory)EPackage.Registry.INSTANCE.getEFactory(PoolingPackage.eNS_URI);
			if (thePoolingFactory != null) {
				return thePoolingFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new PoolingFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PoolingFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case PoolingPackage.RESERVATION: return createReservation();
			case PoolingPackage.VAP: return createVAP();
			case PoolingPackage.PRIMARY_POOL: return createPrimaryPool();
			case PoolingPackage.AVAP: return createAVAP();
			case PoolingPackage.SUB_POOL: return createSubPool();
			case PoolingPackage.POOLING_POLICY: return createPoolingPolicy();
			case PoolingPackage.SECONDARY_POOL: return createSecondaryPool();
			case PoolingPackage.RESOURCE_UNIT_COST_MODEL: return createResourceUnitCostModel();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case PoolingPackage.RESOURCE_KIND:
				return createResourceKindFromString(eDataType, initialValue);
			case PoolingPackage.POOLING_METHOD:
				return createPoolingMethodFromString(eDataType, initialValue);
			case PoolingPackage.POOLING_FEATURE:
				return createPoolingFeatureFromString(eDataType, initialValue);
			case PoolingPackage.TRAINING_CHARGE_BASIS:
				return createTrainingChargeBasisFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case PoolingPackage.RESOURCE_KIND:
				return convertResourceKindToString(eDataType, instanceValue);
			case PoolingPackage.POOLING_METHOD:
				return convertPoolingMethodToString(eDataType, instanceValue);
			case PoolingPackage.POOLING_FEATURE:
				return convertPoolingFeatureToString(eDataType, instanceValue);
			case PoolingPackage.TRAINING_CHARGE_BASIS:
				return convertTrainingChargeBasisToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Reservation createReservation() {
		ReservationImpl reservation = new ReservationImpl();
		return reservation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VAP createVAP() {
		VAPImpl vap = new VAPImpl();
		return vap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PrimaryPool createPrimaryPool() {
		PrimaryPoolImpl primaryPool = new PrimaryPoolImpl();
		return primaryPool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AVAP createAVAP() {
		AVAPImpl avap = new AVAPImpl();
		return avap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SubPool createSubPool() {
		SubPoolImpl subPool = new SubPoolImpl();
		return subPool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PoolingPolicy createPoolingPolicy() {
		PoolingPolicyImpl poolingPolicy = new PoolingPolicyImpl();
		return poolingPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SecondaryPool createSecondaryPool() {
		SecondaryPoolImpl secondaryPool = new SecondaryPoolImpl();
		return secondaryPool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceUnitCostModel createResourceUnitCostModel() {
		ResourceUnitCostModelImpl resourceUnitCostModel = new ResourceUnitCostModelImpl();
		return resourceUnitCostModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ResourceKind createResourceKindFromString(EDataType eDataType, String initialValue) {
		ResourceKind result = ResourceKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertResourceKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PoolingMethod createPoolingMethodFromString(EDataType eDataType, String initialValue) {
		PoolingMethod result = PoolingMethod.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPoolingMethodToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PoolingFeature createPoolingFeatureFromString(EDataType eDataType, String initialValue) {
		PoolingFeature result = PoolingFeature.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPoolingFeatureToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TrainingChargeBasis createTrainingChargeBasisFromString(EDataType eDataType, String initialValue) {
		TrainingChargeBasis result = TrainingChargeBasis.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTrainingChargeBasisToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PoolingPackage getPoolingPackage() {
		return (PoolingPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static PoolingPackage getPackage() {
		return PoolingPackage.eINSTANCE;
	}

} //PoolingFactoryImpl
