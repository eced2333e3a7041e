package org.slicewright.data.traces;

import java.util.Arrays;
import java.util.List;

/**
 * K demand series (one per VNF or base station) over T samples, each normalised to [0, 1] as the
 * edge/cloud offloading study requires (its asymmetric cost assumes normalised demand).
 * Immutable; {@code value(t, k)} is the demand of series k at sample t.
 */
public final class DemandTraces {
  private final List<String> names;
  private final double[][] values;

  /** @param values values[t][k], already in [0, 1] */
  public DemandTraces(List<String> names, double[][] values) {
    if (names.isEmpty()) throw new IllegalArgumentException("no demand series");
    for (int t = 0; t < values.length; t++) {
      if (values[t].length != names.size()) throw new IllegalArgumentException("sample " + t + " has " + values[t].length + " values for " + names.size() + " series");
      for (double v : values[t]) if (!(v >= 0 && v <= 1)) throw new IllegalArgumentException("sample " + t + ": value " + v + " is outside [0, 1]");
    }
    this.names = List.copyOf(names);
    this.values = Arrays.stream(values).map(double[]::clone).toArray(double[][]::new);
  }

  public int series() { return names.size(); }
  public int length() { return values.length; }
  public List<String> names() { return names; }
  public double value(int t, int k) { return values[t][k]; }

  /** One series as an array (a copy). */
  public double[] series(int k) {
    double[] s = new double[values.length];
    for (int t = 0; t < s.length; t++) s[t] = values[t][k];
    return s;
  }

  /** The first {@code samples} samples (a quick preview of a long trace). */
  public DemandTraces head(int samples) {
    return new DemandTraces(names, Arrays.copyOf(values, Math.min(samples, values.length)));
  }

  /** Min-max normalisation of each column to [0, 1]; a constant column becomes 0. */
  public static DemandTraces normalise(List<String> names, double[][] raw) {
    int k = names.size();
    double[] min = new double[k], max = new double[k];
    Arrays.fill(min, Double.POSITIVE_INFINITY);
    Arrays.fill(max, Double.NEGATIVE_INFINITY);
    for (double[] row : raw) for (int j = 0; j < k; j++) { min[j] = Math.min(min[j], row[j]); max[j] = Math.max(max[j], row[j]); }
    double[][] out = new double[raw.length][k];
    for (int t = 0; t < raw.length; t++) {
      for (int j = 0; j < k; j++) {
        double span = max[j] - min[j];
        out[t][j] = span == 0 ? 0 : (raw[t][j] - min[j]) / span;
      }
    }
    return new DemandTraces(names, out);
  }
}
