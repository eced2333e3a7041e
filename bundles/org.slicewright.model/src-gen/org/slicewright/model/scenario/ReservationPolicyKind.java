/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.scenario;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Reservation Policy Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How a slice's reservation for the next period is set from its level-two twin: the mean of the history, the last period's demand, the demand one season ago, or the gradient-boosting forecast.
 * <!-- end-model-doc -->
 * @see org.slicewright.model.scenario.ScenarioPackage#getReservationPolicyKind()
 * @model
 * @generated
 */
public enum ReservationPolicyKind implements Enumerator {
	/**
	 * The '<em><b>STATIC MEAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STATIC_MEAN_VALUE
	 * @generated
	 * @ordered
	 */
	STATIC_MEAN(0, "STATIC_MEAN", "STATIC_MEAN"),

	/**
	 * The '<em><b>LAST VALUE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAST_VALUE_VALUE
	 * @generated
	 * @ordered
	 */
	LAST_VALUE(1, "LAST_VALUE", "LAST_VALUE"),

	/**
	 * The '<em><b>SEASONAL NAIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SEASONAL_NAIVE_VALUE
	 * @generated
	 * @ordered
	 */
	SEASONAL_NAIVE(2, "SEASONAL_NAIVE", "SEASONAL_NAIVE"),

	/**
	 * The '<em><b>FORECAST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FORECAST_VALUE
	 * @generated
	 * @ordered
	 */
	FORECAST(3, "FORECAST", "FORECAST");

	/**
	 * The '<em><b>STATIC MEAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STATIC_MEAN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STATIC_MEAN_VALUE = 0;

	/**
	 * The '<em><b>LAST VALUE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAST_VALUE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LAST_VALUE_VALUE = 1;

	/**
	 * The '<em><b>SEASONAL NAIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SEASONAL_NAIVE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SEASONAL_NAIVE_VALUE = 2;

	/**
	 * The '<em><b>FORECAST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FORECAST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FORECAST_VALUE = 3;

	/**
	 * An array of all the '<em><b>Reservation Policy Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ReservationPolicyKind[] VALUES_ARRAY =
		new ReservationPolicyKind[] {
			STATIC_MEAN,
			LAST_VALUE,
			SEASONAL_NAIVE,
			FORECAST,
		};

	/**
	 * A public read-only list of all the '<em><b>Reservation Policy Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ReservationPolicyKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Reservation Policy Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ReservationPolicyKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ReservationPolicyKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Reservation Policy Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ReservationPolicyKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ReservationPolicyKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Reservation Policy Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ReservationPolicyKind get(int value) {
		switch (value) {
			case STATIC_MEAN_VALUE: return STATIC_MEAN;
			case LAST_VALUE_VALUE: return LAST_VALUE;
			case SEASONAL_NAIVE_VALUE: return SEASONAL_NAIVE;
			case FORECAST_VALUE: return FORECAST;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private ReservationPolicyKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //ReservationPolicyKind
