package org.slicewright.sim.scenario;

import java.util.Locale;

import org.slicewright.sim.offloading.OffloadingStudy;

/**
 * The offloading study's {@code results.csv}: one row per operating point of each policy of the DDNN
 * at each trained local weight, then one row per centralised baseline (local share 0, no local
 * weight or policy parameter).
 */
public final class OffloadingResultsCsv {
  public static final String HEADER = "policy,local_weight,parameter,local_share,total_cost,latency_ms,seed";

  private OffloadingResultsCsv() {
  }

  public static String write(OffloadingStudy.Result r, long seed) {
    StringBuilder csv = new StringBuilder(HEADER).append('\n');
    for (OffloadingStudy.CurvePoint p : r.points()) {
      csv.append(String.join(",", p.policy(), num(p.localWeight()), num(p.parameter()), fixed(p.localShare()), fixed(p.totalCost()), fixed(p.latencyMs()),
          Long.toString(seed))).append('\n');
    }
    for (OffloadingStudy.BaselineOutcome b : r.baselines()) {
      csv.append(String.join(",", b.policy(), "", "", fixed(0), fixed(b.testCost()), fixed(b.latencyMs()), Long.toString(seed))).append('\n');
    }
    return csv.toString();
  }

  private static String fixed(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }

  static String num(double v) {
    if (v == Double.POSITIVE_INFINITY) return "inf";
    if (v == Double.NEGATIVE_INFINITY) return "-inf";
    return String.format(Locale.ROOT, "%.6g", v);
  }
}
