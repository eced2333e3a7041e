/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.topology;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Node Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What a physical node is.
 * <!-- end-model-doc -->
 * @see org.slicewright.model.topology.TopologyPackage#getNodeKind()
 * @model
 * @generated
 */
public enum NodeKind implements Enumerator {
	/**
	 * The '<em><b>MACRO BS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MACRO_BS_VALUE
	 * @generated
	 * @ordered
	 */
	MACRO_BS(0, "MACRO_BS", "MACRO_BS"),

	/**
	 * The '<em><b>SMALL BS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SMALL_BS_VALUE
	 * @generated
	 * @ordered
	 */
	SMALL_BS(1, "SMALL_BS", "SMALL_BS"),

	/**
	 * The '<em><b>ACCESS POINT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACCESS_POINT_VALUE
	 * @generated
	 * @ordered
	 */
	ACCESS_POINT(2, "ACCESS_POINT", "ACCESS_POINT"),

	/**
	 * The '<em><b>EDGE SERVER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EDGE_SERVER_VALUE
	 * @generated
	 * @ordered
	 */
	EDGE_SERVER(3, "EDGE_SERVER", "EDGE_SERVER"),

	/**
	 * The '<em><b>BOARD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BOARD_VALUE
	 * @generated
	 * @ordered
	 */
	BOARD(4, "BOARD", "BOARD"),

	/**
	 * The '<em><b>CLOUD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLOUD_VALUE
	 * @generated
	 * @ordered
	 */
	CLOUD(5, "CLOUD", "CLOUD"),

	/**
	 * The '<em><b>END DEVICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #END_DEVICE_VALUE
	 * @generated
	 * @ordered
	 */
	END_DEVICE(6, "END_DEVICE", "END_DEVICE");

	/**
	 * The '<em><b>MACRO BS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MACRO_BS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MACRO_BS_VALUE = 0;

	/**
	 * The '<em><b>SMALL BS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SMALL_BS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SMALL_BS_VALUE = 1;

	/**
	 * The '<em><b>ACCESS POINT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACCESS_POINT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ACCESS_POINT_VALUE = 2;

	/**
	 * The '<em><b>EDGE SERVER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EDGE_SERVER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EDGE_SERVER_VALUE = 3;

	/**
	 * The '<em><b>BOARD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BOARD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BOARD_VALUE = 4;

	/**
	 * The '<em><b>CLOUD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLOUD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CLOUD_VALUE = 5;

	/**
	 * The '<em><b>END DEVICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #END_DEVICE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int END_DEVICE_VALUE = 6;

	/**
	 * An array of all the '<em><b>Node Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final NodeKind[] VALUES_ARRAY =
		new NodeKind[] {
			MACRO_BS,
			SMALL_BS,
			ACCESS_POINT,
			EDGE_SERVER,
			BOARD,
			CLOUD,
			END_DEVICE,
		};

	/**
	 * A public read-only list of all the '<em><b>Node Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<NodeKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Node Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static NodeKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			NodeKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Node Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static NodeKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			NodeKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Node Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static NodeKind get(int value) {
		switch (value) {
			case MACRO_BS_VALUE: return MACRO_BS;
			case SMALL_BS_VALUE: return SMALL_BS;
			case ACCESS_POINT_VALUE: return ACCESS_POINT;
			case EDGE_SERVER_VALUE: return EDGE_SERVER;
			case BOARD_VALUE: return BOARD;
			case CLOUD_VALUE: return CLOUD;
			case END_DEVICE_VALUE: return END_DEVICE;
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
	private NodeKind(int value, String name, String literal) {
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
	
} //NodeKind
