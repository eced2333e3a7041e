/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.pooling.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.slicewright.model.pooling.*;

import org.slicewright.model.topology.Identified;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.slicewright.model.pooling.PoolingPackage
 * @generated
 */
public class PoolingAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static PoolingPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PoolingAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = PoolingPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PoolingSwitch<Adapter> modelSwitch =
		new PoolingSwitch<Adapter>() {
			@Override
			public Adapter caseReservation(Reservation object) {
				return createReservationAdapter();
			}
			@Override
			public Adapter caseVAP(VAP object) {
				return createVAPAdapter();
			}
			@Override
			public Adapter casePrimaryPool(PrimaryPool object) {
				return createPrimaryPoolAdapter();
			}
			@Override
			public Adapter caseAVAP(AVAP object) {
				return createAVAPAdapter();
			}
			@Override
			public Adapter caseSubPool(SubPool object) {
				return createSubPoolAdapter();
			}
			@Override
			public Adapter casePoolingPolicy(PoolingPolicy object) {
				return createPoolingPolicyAdapter();
			}
			@Override
			public Adapter caseSecondaryPool(SecondaryPool object) {
				return createSecondaryPoolAdapter();
			}
			@Override
			public Adapter caseResourceUnitCostModel(ResourceUnitCostModel object) {
				return createResourceUnitCostModelAdapter();
			}
			@Override
			public Adapter caseIdentified(Identified object) {
				return createIdentifiedAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.slicewright.model.pooling.Reservation <em>Reservation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.slicewright.model.pooling.Reservation
	 * @generated
	 */
	public Adapter createReservationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.slicewright.model.pooling.VAP <em>VAP</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.slicewright.model.pooling.VAP
	 * @generated
	 */
	public Adapter createVAPAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.slicewright.model.pooling.PrimaryPool <em>Primary Pool</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.slicewright.model.pooling.PrimaryPool
	 * @generated
	 */
	public Adapter createPrimaryPoolAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.slicewright.model.pooling.AVAP <em>AVAP</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.slicewright.model.pooling.AVAP
	 * @generated
	 */
	public Adapter createAVAPAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.slicewright.model.pooling.SubPool <em>Sub Pool</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.slicewright.model.pooling.SubPool
	 * @generated
	 */
	public Adapter createSubPoolAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.slicewright.model.pooling.PoolingPolicy <em>Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.slicewright.model.pooling.PoolingPolicy
	 * @generated
	 */
	public Adapter createPoolingPolicyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.slicewright.model.pooling.SecondaryPool <em>Secondary Pool</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.slicewright.model.pooling.SecondaryPool
	 * @generated
	 */
	public Adapter createSecondaryPoolAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.slicewright.model.pooling.ResourceUnitCostModel <em>Resource Unit Cost Model</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.slicewright.model.pooling.ResourceUnitCostModel
	 * @generated
	 */
	public Adapter createResourceUnitCostModelAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.slicewright.model.topology.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.slicewright.model.topology.Identified
	 * @generated
	 */
	public Adapter createIdentifiedAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //PoolingAdapterFactory
