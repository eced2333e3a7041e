/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.slicing;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Slice Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Slice type.
 * <!-- end-model-doc -->
 * @see org.slicewright.model.slicing.SlicingPackage#getSliceKind()
 * @model
 * @generated
 */
public enum SliceKind implements Enumerator {
	/**
	 * The '<em><b>EMBB</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMBB_VALUE
	 * @generated
	 * @ordered
	 */
	EMBB(0, "EMBB", "EMBB"),

	/**
	 * The '<em><b>URLLC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #URLLC_VALUE
	 * @generated
	 * @ordered
	 */
	URLLC(1, "URLLC", "URLLC"),

	/**
	 * The '<em><b>MMTC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MMTC_VALUE
	 * @generated
	 * @ordered
	 */
	MMTC(2, "MMTC", "MMTC"),

	/**
	 * The '<em><b>AI</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AI_VALUE
	 * @generated
	 * @ordered
	 */
	AI(3, "AI", "AI");

	/**
	 * The '<em><b>EMBB</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMBB
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EMBB_VALUE = 0;

	/**
	 * The '<em><b>URLLC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #URLLC
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int URLLC_VALUE = 1;

	/**
	 * The '<em><b>MMTC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MMTC
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MMTC_VALUE = 2;

	/**
	 * The '<em><b>AI</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AI
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AI_VALUE = 3;

	/**
	 * An array of all the '<em><b>Slice Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SliceKind[] VALUES_ARRAY =
		new SliceKind[] {
			EMBB,
			URLLC,
			MMTC,
			AI,
		};

	/**
	 * A public read-only list of all the '<em><b>Slice Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SliceKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Slice Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SliceKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SliceKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Slice Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SliceKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SliceKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Slice Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SliceKind get(int value) {
		switch (value) {
			case EMBB_VALUE: return EMBB;
			case URLLC_VALUE: return URLLC;
			case MMTC_VALUE: return MMTC;
			case AI_VALUE: return AI;
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
	private SliceKind(int value, String name, String literal) {
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
	
} //SliceKind
