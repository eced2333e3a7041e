package org.slicewright.solver;

import java.util.Locale;

/** One requirement a policy must meet: a metric at least or at most a value (from a QoAIS requirement). */
public record RequirementBound(String metric, boolean atLeast, double value) {
  public boolean met(double measured) {
    return atLeast ? measured >= value - 1e-12 : measured <= value + 1e-12;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s %s %.4g", metric, atLeast ? ">=" : "<=", value);
  }
}
