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
 * A representation of the literals of the enumeration '<em><b>Qo AIS Indicator</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Quality-of-AI-service indicators (the native-AI architecture study): efficiency (accuracy, convergence rate, latency, training duration, robustness), overhead, security, privacy and autonomy levels.
 * <!-- end-model-doc -->
 * @see org.slicewright.model.slicing.SlicingPackage#getQoAISIndicator()
 * @model
 * @generated
 */
public enum QoAISIndicator implements Enumerator {
	/**
	 * The '<em><b>ACCURACY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACCURACY_VALUE
	 * @generated
	 * @ordered
	 */
	ACCURACY(0, "ACCURACY", "ACCURACY"),

	/**
	 * The '<em><b>CONVERGENCE RATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONVERGENCE_RATE_VALUE
	 * @generated
	 * @ordered
	 */
	CONVERGENCE_RATE(1, "CONVERGENCE_RATE", "CONVERGENCE_RATE"),

	/**
	 * The '<em><b>LATENCY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LATENCY_VALUE
	 * @generated
	 * @ordered
	 */
	LATENCY(2, "LATENCY", "LATENCY"),

	/**
	 * The '<em><b>TRAINING DURATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRAINING_DURATION_VALUE
	 * @generated
	 * @ordered
	 */
	TRAINING_DURATION(3, "TRAINING_DURATION", "TRAINING_DURATION"),

	/**
	 * The '<em><b>ROBUSTNESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROBUSTNESS_VALUE
	 * @generated
	 * @ordered
	 */
	ROBUSTNESS(4, "ROBUSTNESS", "ROBUSTNESS"),

	/**
	 * The '<em><b>GENERALISATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GENERALISATION_VALUE
	 * @generated
	 * @ordered
	 */
	GENERALISATION(5, "GENERALISATION", "GENERALISATION"),

	/**
	 * The '<em><b>STORAGE OVERHEAD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STORAGE_OVERHEAD_VALUE
	 * @generated
	 * @ordered
	 */
	STORAGE_OVERHEAD(6, "STORAGE_OVERHEAD", "STORAGE_OVERHEAD"),

	/**
	 * The '<em><b>COMPUTE OVERHEAD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPUTE_OVERHEAD_VALUE
	 * @generated
	 * @ordered
	 */
	COMPUTE_OVERHEAD(7, "COMPUTE_OVERHEAD", "COMPUTE_OVERHEAD"),

	/**
	 * The '<em><b>TRANSMISSION OVERHEAD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRANSMISSION_OVERHEAD_VALUE
	 * @generated
	 * @ordered
	 */
	TRANSMISSION_OVERHEAD(8, "TRANSMISSION_OVERHEAD", "TRANSMISSION_OVERHEAD"),

	/**
	 * The '<em><b>ENERGY OVERHEAD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENERGY_OVERHEAD_VALUE
	 * @generated
	 * @ordered
	 */
	ENERGY_OVERHEAD(9, "ENERGY_OVERHEAD", "ENERGY_OVERHEAD"),

	/**
	 * The '<em><b>SECURITY LEVEL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SECURITY_LEVEL_VALUE
	 * @generated
	 * @ordered
	 */
	SECURITY_LEVEL(10, "SECURITY_LEVEL", "SECURITY_LEVEL"),

	/**
	 * The '<em><b>PRIVACY LEVEL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRIVACY_LEVEL_VALUE
	 * @generated
	 * @ordered
	 */
	PRIVACY_LEVEL(11, "PRIVACY_LEVEL", "PRIVACY_LEVEL"),

	/**
	 * The '<em><b>AUTONOMY LEVEL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUTONOMY_LEVEL_VALUE
	 * @generated
	 * @ordered
	 */
	AUTONOMY_LEVEL(12, "AUTONOMY_LEVEL", "AUTONOMY_LEVEL");

	/**
	 * The '<em><b>ACCURACY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACCURACY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ACCURACY_VALUE = 0;

	/**
	 * The '<em><b>CONVERGENCE RATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONVERGENCE_RATE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONVERGENCE_RATE_VALUE = 1;

	/**
	 * The '<em><b>LATENCY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LATENCY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LATENCY_VALUE = 2;

	/**
	 * The '<em><b>TRAINING DURATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRAINING_DURATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TRAINING_DURATION_VALUE = 3;

	/**
	 * The '<em><b>ROBUSTNESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROBUSTNESS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ROBUSTNESS_VALUE = 4;

	/**
	 * The '<em><b>GENERALISATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GENERALISATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GENERALISATION_VALUE = 5;

	/**
	 * The '<em><b>STORAGE OVERHEAD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STORAGE_OVERHEAD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STORAGE_OVERHEAD_VALUE = 6;

	/**
	 * The '<em><b>COMPUTE OVERHEAD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPUTE_OVERHEAD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMPUTE_OVERHEAD_VALUE = 7;

	/**
	 * The '<em><b>TRANSMISSION OVERHEAD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRANSMISSION_OVERHEAD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TRANSMISSION_OVERHEAD_VALUE = 8;

	/**
	 * The '<em><b>ENERGY OVERHEAD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENERGY_OVERHEAD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ENERGY_OVERHEAD_VALUE = 9;

	/**
	 * The '<em><b>SECURITY LEVEL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SECURITY_LEVEL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SECURITY_LEVEL_VALUE = 10;

	/**
	 * The '<em><b>PRIVACY LEVEL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRIVACY_LEVEL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRIVACY_LEVEL_VALUE = 11;

	/**
	 * The '<em><b>AUTONOMY LEVEL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUTONOMY_LEVEL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AUTONOMY_LEVEL_VALUE = 12;

	/**
	 * An array of all the '<em><b>Qo AIS Indicator</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final QoAISIndicator[] VALUES_ARRAY =
		new QoAISIndicator[] {
			ACCURACY,
			CONVERGENCE_RATE,
			LATENCY,
			TRAINING_DURATION,
			ROBUSTNESS,
			GENERALISATION,
			STORAGE_OVERHEAD,
			COMPUTE_OVERHEAD,
			TRANSMISSION_OVERHEAD,
			ENERGY_OVERHEAD,
			SECURITY_LEVEL,
			PRIVACY_LEVEL,
			AUTONOMY_LEVEL,
		};

	/**
	 * A public read-only list of all the '<em><b>Qo AIS Indicator</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<QoAISIndicator> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Qo AIS Indicator</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static QoAISIndicator get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			QoAISIndicator result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Qo AIS Indicator</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static QoAISIndicator getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			QoAISIndicator result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Qo AIS Indicator</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static QoAISIndicator get(int value) {
		switch (value) {
			case ACCURACY_VALUE: return ACCURACY;
			case CONVERGENCE_RATE_VALUE: return CONVERGENCE_RATE;
			case LATENCY_VALUE: return LATENCY;
			case TRAINING_DURATION_VALUE: return TRAINING_DURATION;
			case ROBUSTNESS_VALUE: return ROBUSTNESS;
			case GENERALISATION_VALUE: return GENERALISATION;
			case STORAGE_OVERHEAD_VALUE: return STORAGE_OVERHEAD;
			case COMPUTE_OVERHEAD_VALUE: return COMPUTE_OVERHEAD;
			case TRANSMISSION_OVERHEAD_VALUE: return TRANSMISSION_OVERHEAD;
			case ENERGY_OVERHEAD_VALUE: return ENERGY_OVERHEAD;
			case SECURITY_LEVEL_VALUE: return SECURITY_LEVEL;
			case PRIVACY_LEVEL_VALUE: return PRIVACY_LEVEL;
			case AUTONOMY_LEVEL_VALUE: return AUTONOMY_LEVEL;
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
	private QoAISIndicator(int value, String name, String literal) {
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
	
} //QoAISIndicator
