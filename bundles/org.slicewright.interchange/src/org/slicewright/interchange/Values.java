package org.slicewright.interchange;

import java.util.Arrays;
import java.util.Locale;

import org.slicewright.model.topology.AcceleratorKind;
import org.slicewright.model.topology.LatencyDistribution;
import org.slicewright.model.util.ExactNumbers;

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
    if (v < min || v > max) throw new ImportException(where, what + " " + text + " is outside [" + ExactNumbers.text(min) + ", " + ExactNumbers.text(max) + "]");
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
}
