package org.slicewright.ui.editor;

import java.util.Locale;
import java.util.Map;

/**
 * The header a form page shows for a model attribute: words instead of camelCase, with the unit the
 * attribute's name ends in spelled out ("latencyMeanMs" reads "Latency mean (ms)"), and a few names
 * that need more than that ("w1" is the 1-minute EMA weight).
 */
final class ColumnHeaders {
  /** Names whose header is not their words. */
  private static final Map<String, String> NAMED = Map.ofEntries(Map.entry("id", "Id"), Map.entry("k", "Sub-pools k"),
      Map.entry("arrivalRate", "Arrival rate (data units/s)"), Map.entry("peakHour", "Peak hour (0-24)"),
      Map.entry("diurnalAmplitude", "Daily amplitude (0-1)"), Map.entry("noise", "Noise (relative sd)"),
      Map.entry("historyLength", "History (values kept)"), Map.entry("traceRef", "Trace file"),
      Map.entry("streamFrameSize", "Stream frame (px)"), Map.entry("w1", "EMA weight 1 min"), Map.entry("w5", "EMA weight 5 min"),
      Map.entry("w15", "EMA weight 15 min"), Map.entry("alpha", "W: CPU weight alpha"), Map.entry("beta", "W: accelerator weight beta"),
      Map.entry("gamma", "W: network weight gamma"), Map.entry("stableAlpha", "Stable alpha"), Map.entry("stableScale", "Stable scale (ms, 0 = fitted)"),
      Map.entry("qosBudgetMs", "QoS budget (ms)"));
  /** Unit suffixes of attribute names and how a header spells them. */
  private static final String[][] UNITS = { { "Mbps", "Mbit/s" }, { "Fps", "frames/s" }, { "Ms", "ms" }, { "S", "s" } };

  private ColumnHeaders() {
  }

  static String of(String feature) {
    String named = NAMED.get(feature);
    if (named != null) return named;
    String name = feature, unit = null;
    for (String[] u : UNITS) {
      if (name.length() > u[0].length() && name.endsWith(u[0]) && Character.isLowerCase(name.charAt(name.length() - u[0].length() - 1))) {
        name = name.substring(0, name.length() - u[0].length());
        unit = u[1];
        break;
      }
    }
    String words = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    words = Character.toUpperCase(words.charAt(0)) + words.substring(1);
    return unit == null ? words : words + " (" + unit + ")";
  }
}
