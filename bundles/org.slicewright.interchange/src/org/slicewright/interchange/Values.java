package org.slicewright.interchange;

import java.util.Arrays;
import java.util.Locale;

import org.slicewright.model.topology.AcceleratorKind;
import org.slicewright.model.topology.LatencyDistribution;

/**
 * Values read from a file, checked where they are read: finite numbers within the model's ranges
 * (NaN, infinities and negative capacities are refused with the place they stand) and enumeration
 * names in any case.
 */
public final class Values {
  private Values() {
  }

  /** A finite number in [min, max], or {@code null} for an absent value. */
  public static Double number(String text, double min, double max, String what, SourceLocation where) throws ImportException {
    if (text == null || text.isBlank()) return null;
    double v;
    try {
      v = Double.parseDouble(text.strip());
    } catch (NumberFormatException e) {
      throw new ImportException(where, what + " '" + text + "' is not a number");
    }
    if (!Double.isFinite(v)) throw new ImportException(where, what + " must be a finite number, not '" + text + "'");
    if (v < min || v > max) throw new ImportException(where, what + " " + text + " is outside [" + format(min) + ", " + format(max) + "]");
    return v;
  }

  public static AcceleratorKind accelerator(String text, SourceLocation where) throws ImportException {
    if (text == null || text.isBlank()) return null;
    for (AcceleratorKind k : AcceleratorKind.values()) if (k.name().equalsIgnoreCase(text.strip())) return k;
    throw new ImportException(where, "accelerator kind '" + text + "' is none of " + Arrays.toString(AcceleratorKind.values()));
  }

  public static LatencyDistribution distribution(String text, SourceLocation where) throws ImportException {
    if (text == null || text.isBlank()) return null;
    String k = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    for (LatencyDistribution d : LatencyDistribution.values()) if (d.name().equals(k)) return d;
    throw new ImportException(where, "latency distribution '" + text + "' is none of " + Arrays.toString(LatencyDistribution.values()));
  }

  /** A number as the exporters write it: shortest text that reads back to the same double. */
  public static String format(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
    return Double.toString(v);
  }
}
