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
 * A representation of the literals of the enumeration '<em><b>Task Role</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * TONA task roles: the anchor manages the lifecycle and coarse QoS, the scheduler schedules in real time, executors run the work.
 * <!-- end-model-doc -->
 * @see org.slicewright.model.slicing.SlicingPackage#getTaskRole()
 * @model
 * @generated
 */
public enum TaskRole implements Enumerator {
	/**
	 * The '<em><b>ANCHOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANCHOR_VALUE
	 * @generated
	 * @ordered
	 */
	ANCHOR(0, "ANCHOR", "ANCHOR"),

	/**
	 * The '<em><b>SCHEDULER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCHEDULER_VALUE
	 * @generated
	 * @ordered
	 */
	SCHEDULER(1, "SCHEDULER", "SCHEDULER"),

	/**
	 * The '<em><b>EXECUTOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXECUTOR_VALUE
	 * @generated
	 * @ordered
	 */
	EXECUTOR(2, "EXECUTOR", "EXECUTOR");

	/**
	 * The '<em><b>ANCHOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANCHOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ANCHOR_VALUE = 0;

	/**
	 * The '<em><b>SCHEDULER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCHEDULER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SCHEDULER_VALUE = 1;

	/**
	 * The '<em><b>EXECUTOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXECUTOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EXECUTOR_VALUE = 2;

	/**
	 * An array of all the '<em><b>Task Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final TaskRole[] VALUES_ARRAY =
		new TaskRole[] {
			ANCHOR,
			SCHEDULER,
			EXECUTOR,
		};

	/**
	 * A public read-only list of all the '<em><b>Task Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<TaskRole> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Task Role</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TaskRole get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TaskRole result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Task Role</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TaskRole getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TaskRole result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Task Role</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TaskRole get(int value) {
		switch (value) {
			case ANCHOR_VALUE: return ANCHOR;
			case SCHEDULER_VALUE: return SCHEDULER;
			case EXECUTOR_VALUE: return EXECUTOR;
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
	private TaskRole(int value, String name, String literal) {
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
	
} //TaskRole
