package org.slicewright.model.util;

/**
 * Numbers written to files that other tools read back (network exports, MPS and LP models): the
 * shortest text that reads back to the same double, whole numbers without a decimal point.
 */
public final class ExactNumbers {
  private ExactNumbers() {
  }

  public static String text(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
    return Double.toString(v);
  }
}
