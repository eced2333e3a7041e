package org.slicewright.model.util;

import java.util.ArrayList;
import java.util.List;

/** The offloading policy's weight sweep: space- or comma-separated local weights w_L, each in [0, 1]. */
public final class OffloadingWeights {
  private OffloadingWeights() {
  }

  public static List<Double> parse(String text) {
    List<Double> out = new ArrayList<>();
    if (text == null || text.isBlank()) return out;
    for (String t : text.trim().split("[\\s,]+")) {
      double w;
      try {
        w = Double.parseDouble(t);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("weight sweep: '" + t + "' is not a number");
      }
      if (!(w >= 0 && w <= 1)) throw new IllegalArgumentException("weight sweep: local weight " + t + " is outside [0, 1]");
      if (!out.contains(w)) out.add(w);
    }
    return out;
  }
}
