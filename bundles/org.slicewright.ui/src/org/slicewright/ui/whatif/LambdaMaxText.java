package org.slicewright.ui.whatif;

import java.util.ArrayList;
import java.util.List;

/**
 * The lambda max values a planner types (data units/s per AP), separated by commas, semicolons or
 * spaces, read the same way by the Add Study and Run What-If wizards.
 */
final class LambdaMaxText {
  /** The largest load the pooling engine takes, data units/s per AP. */
  static final double MAX = 1000;

  private LambdaMaxText() {
  }

  /** @throws StudyPage.UnparsedSetting naming the first value that is not a number in (0, 1000] */
  static List<Double> parse(String text) {
    List<Double> values = new ArrayList<>();
    for (String v : text.split("[,;\\s]+")) {
      if (v.isBlank()) continue;
      double x;
      try {
        x = Double.parseDouble(v);
      } catch (NumberFormatException e) {
        throw new StudyPage.UnparsedSetting("'" + v + "' in lambda max is not a number");
      }
      if (!(x > 0) || x > MAX) throw new StudyPage.UnparsedSetting("lambda max " + v + " is outside (0, 1000] data units/s");
      values.add(x);
    }
    return values;
  }
}
