package org.slicewright.sim.scenario;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code key=value} pairs of a stored run's parameters, in their written order. Pooling and
 * twin runs separate pairs by spaces, offloading runs by "; ": both are read.
 */
public final class RunParameters {
  private RunParameters() {
  }

  public static Map<String, String> parse(String parameters) {
    Map<String, String> out = new LinkedHashMap<>();
    if (parameters == null) return out;
    for (String pair : parameters.trim().split("[;\\s]+")) {
      int eq = pair.indexOf('=');
      if (eq > 0) out.put(pair.substring(0, eq), pair.substring(eq + 1));
    }
    return out;
  }
}
