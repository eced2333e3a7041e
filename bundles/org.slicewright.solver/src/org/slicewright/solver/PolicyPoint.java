package org.slicewright.solver;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A point of the policy space with its metrics, either simulated or predicted by a surrogate.
 *
 * @param parameters e.g. subpools=4, lambda_max=10 (insertion order is kept for display)
 */
public record PolicyPoint(String policy, Map<String, Double> parameters, Map<String, Double> metrics, boolean simulated) {
  public PolicyPoint {
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
  }

  public double metric(String name) {
    Double v = metrics.get(name);
    if (v == null) throw new IllegalArgumentException("policy " + label() + " has no metric '" + name + "' (has " + metrics.keySet() + ")");
    return v;
  }

  /** "k-means subpools=4 lambda_max=10". */
  public String label() {
    return policy + " " + parameters.entrySet().stream().map(e -> e.getKey() + "=" + fmt(e.getValue())).collect(Collectors.joining(" "));
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.3g", v);
  }
}
