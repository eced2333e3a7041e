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
 * A representation of the literals of the enumeration '<em><b>Surrogate Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Learner of a policy-to-performance surrogate: the seed's two-term Gaussian over the number of sub-pools, a random forest or gradient boosting.
 * <!-- end-model-doc -->
 * @see org.slicewright.model.scenario.ScenarioPackage#getSurrogateKind()
 * @model
 * @generated
 */
public enum SurrogateKind implements Enumerator {
	/**
	 * The '<em><b>GAUSSIAN2</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GAUSSIAN2_VALUE
	 * @generated
	 * @ordered
	 */
	GAUSSIAN2(0, "GAUSSIAN2", "GAUSSIAN2"),

	/**
	 * The '<em><b>RANDOM FOREST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RANDOM_FOREST_VALUE
	 * @generated
	 * @ordered
	 */
	RANDOM_FOREST(1, "RANDOM_FOREST", "RANDOM_FOREST"),

	/**
	 * The '<em><b>GRADIENT BOOSTING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRADIENT_BOOSTING_VALUE
	 * @generated
	 * @ordered
	 */
	GRADIENT_BOOSTING(2, "GRADIENT_BOOSTING", "GRADIENT_BOOSTING");

	/**
	 * The '<em><b>GAUSSIAN2</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GAUSSIAN2
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GAUSSIAN2_VALUE = 0;

	/**
	 * The '<em><b>RANDOM FOREST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RANDOM_FOREST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RANDOM_FOREST_VALUE = 1;

	/**
	 * The '<em><b>GRADIENT BOOSTING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRADIENT_BOOSTING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GRADIENT_BOOSTING_VALUE = 2;

	/**
	 * An array of all the '<em><b>Surrogate Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SurrogateKind[] VALUES_ARRAY =
		new SurrogateKind[] {
			GAUSSIAN2,
			RANDOM_FOREST,
			GRADIENT_BOOSTING,
		};

	/**
	 * A public read-only list of all the '<em><b>Surrogate Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SurrogateKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Surrogate Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SurrogateKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SurrogateKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Surrogate Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SurrogateKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SurrogateKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Surrogate Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SurrogateKind get(int value) {
		switch (value) {
			case GAUSSIAN2_VALUE: return GAUSSIAN2;
			case RANDOM_FOREST_VALUE: return RANDOM_FOREST;
			case GRADIENT_BOOSTING_VALUE: return GRADIENT_BOOSTING;
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
	private SurrogateKind(int value, String name, String literal) {
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
	
} //SurrogateKind
