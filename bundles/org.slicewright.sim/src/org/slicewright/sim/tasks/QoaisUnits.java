package org.slicewright.sim.tasks;

import java.util.Locale;
import java.util.Map;

import org.slicewright.model.slicing.QoAISIndicator;

/**
 * Converts a measured QoAIS value from the base unit {@link QoaisMeasurement} uses (seconds for
 * durations, milliseconds for latency, MB for data volumes, RU for compute) into the unit a
 * requirement states. Fractions and levels have no unit.
 */
public final class QoaisUnits {
  private static final Map<String, Double> FROM_SECONDS = Map.of("s", 1.0, "ms", 1000.0, "min", 1 / 60.0, "h", 1 / 3600.0);
  private static final Map<String, Double> FROM_MS = Map.of("ms", 1.0, "s", 1e-3);
  private static final Map<String, Double> FROM_MB = Map.of("mb", 1.0, "kb", 1e3, "gb", 1e-3, "b", 1e6);
  private static final Map<String, Double> FROM_RU = Map.of("ru", 1.0);

  private QoaisUnits() {
  }

  /** The value in {@code unit}, or null when the unit is not one of the indicator's. An empty unit means the base unit. */
  public static Double convert(QoAISIndicator indicator, double value, String unit) {
    Map<String, Double> factors = factors(indicator);
    if (factors == null || unit == null || unit.isBlank()) return value;
    Double f = factors.get(factors == FROM_MB || factors == FROM_RU ? unit.trim().toLowerCase(Locale.ROOT) : unit.trim());
    return f == null ? null : value * f;
  }

  /** The units a requirement on the indicator may state, for messages. */
  public static String units(QoAISIndicator indicator) {
    Map<String, Double> factors = factors(indicator);
    return factors == null ? "none" : String.join(", ", factors.keySet().stream().sorted().toList());
  }

  private static Map<String, Double> factors(QoAISIndicator indicator) {
    switch (indicator) {
      case TRAINING_DURATION:
        return FROM_SECONDS;
      case LATENCY:
        return FROM_MS;
      case TRANSMISSION_OVERHEAD:
      case STORAGE_OVERHEAD:
        return FROM_MB;
      case COMPUTE_OVERHEAD:
        return FROM_RU;
      default:
        return null;
    }
  }
}
