package org.slicewright.learn.reproduce;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.slicewright.sim.ProgressMonitor;
import org.slicewright.sim.Seeds;
import org.slicewright.sim.edge.EdgeConfig;
import org.slicewright.sim.edge.EdgeEmulation;
import org.slicewright.sim.edge.FrameDoubling;
import org.slicewright.sim.edge.LatencyModel;
import org.slicewright.sim.edge.LatencyScore;
import org.slicewright.sim.edge.StableLatencyFit;

/**
 * The heterogeneous-edge study's findings (R. Morabito, M. Tatipamula, S. Tarkoma, M. Chiang, "Edge AI
 * Inference in Heterogeneous Constrained Computing: Feasibility and Opportunities", IEEE CAMAD 2023: the
 * edge AI cluster of UP Squared, Jetson Nano and Coral
 * boards: its 5G link measurement, Fig. 6 and the EMA latency ranking) measured on the example's
 * emulation. The study reports no violation rates per policy, so the policies' violations and
 * migrations are listed without a verdict.
 */
public final class EdgeFindings {
  public static final String PAPER = "Morabito et al. 2023 (heterogeneous edge AI)";
  /** The measured 5G link. */
  public static final double MEAN_MS = 13.405, SD_MS = 16.065, ALPHA = 1.6878;

  /** The runs behind the findings and the findings. */
  public record Outcome(List<EdgeEmulation.Result> policies, List<FrameDoubling.Point> doubling, List<Finding> findings) {
  }

  private EdgeFindings() {
  }

  /** @param configs one emulation per selection policy of the example (same boards, devices, links and seed) */
  public static Outcome run(List<EdgeConfig> configs, int frameSize, ProgressMonitor monitor) {
    monitor.begin("Edge emulation: " + configs.size() + " policies and the frame-doubling check", configs.size() + 1);
    List<EdgeEmulation.Result> results = new ArrayList<>();
    for (EdgeConfig c : configs) {
      results.add(new EdgeEmulation(c).run(monitor));
      monitor.worked(1);
    }
    List<FrameDoubling.Point> doubling = FrameDoubling.run(configs.get(0), frameSize, monitor);
    monitor.worked(1);
    List<Finding> out = new ArrayList<>();
    out.add(link(configs.get(0).seed()));
    for (String board : doubling.stream().map(FrameDoubling.Point::board).distinct().toList()) {
      FrameDoubling.Band band = FrameDoubling.band(board);
      double growth = FrameDoubling.meanGrowth(doubling, board, false), e2e = FrameDoubling.meanGrowth(doubling, board, true);
      out.add(new Finding(PAPER, "processing latency growth when the frame doubles, " + board + " (Fig. 6), %", range(band), "the published range",
          String.format(Locale.ROOT, "%.0f (end to end with the network: %.0f), mean over 1 to %d instances", 100 * growth, 100 * e2e,
              doubling.stream().filter(p -> p.board().equals(board)).count()),
          band.contains(growth) ? Verdict.REPRODUCED : Verdict.OUTSIDE_TOLERANCE));
    }
    double all = doubling.stream().mapToDouble(FrameDoubling.Point::processingGrowth).average().orElse(Double.NaN);
    out.add(new Finding(PAPER, "processing latency growth when the frame doubles, all boards (Fig. 6), %", range(FrameDoubling.OVERALL), "the published range",
        String.format(Locale.ROOT, "%.0f", 100 * all), FrameDoubling.OVERALL.contains(all) ? Verdict.REPRODUCED : Verdict.OUTSIDE_TOLERANCE));
    out.add(ema());
    StringBuilder policies = new StringBuilder();
    for (EdgeEmulation.Result r : results) {
      policies.append(String.format(Locale.ROOT, "%s%s %.1f %% violations, %d migrations", policies.length() == 0 ? "" : "; ", r.policy(),
          100.0 * r.violations() / Math.max(1, r.requests()), r.migrations()));
    }
    out.add(new Finding(PAPER, "QoS violations and migrations per node-selection policy (+qos-fit: the filter this tool adds)", "not reported", "none",
        policies.toString(), Verdict.NOT_APPLICABLE));
    return new Outcome(results, doubling, out);
  }

  /** The link law fitted to the measurement, sampled afresh: 101 campaigns of 1000 probes. */
  static Finding link(long seed) {
    StableLatencyFit.Fit fit = new StableLatencyFit(ALPHA, StableLatencyFit.SKEW, Seeds.stream(seed, 31)).fit(ALPHA, MEAN_MS, SD_MS);
    LatencyModel m = LatencyModel.stable(MEAN_MS, SD_MS, fit);
    SplittableRandom rng = Seeds.stream(seed, 32);
    double[] sd = new double[101];
    double sum = 0;
    int floored = 0;
    for (int c = 0; c < sd.length; c++) {
      double s = 0, s2 = 0;
      for (int i = 0; i < StableLatencyFit.PROBE; i++) {
        double x = m.sample(rng);
        if (x <= LatencyModel.FLOOR_MS) floored++;
        s += x;
        s2 += x * x;
      }
      sum += s;
      sd[c] = Math.sqrt((s2 - s * s / StableLatencyFit.PROBE) / (StableLatencyFit.PROBE - 1));
    }
    Arrays.sort(sd);
    int n = sd.length * StableLatencyFit.PROBE;
    double mean = sum / n, median = sd[sd.length / 2];
    boolean ok = Math.abs(mean / MEAN_MS - 1) <= 0.05 && Math.abs(median / SD_MS - 1) <= 0.10;
    return new Finding(PAPER, "5G link latency: mean and standard deviation (ms) of the fitted stable law", String.format(Locale.ROOT,
        "mean %.3f, sd %.3f, alpha %.4f", MEAN_MS, SD_MS, ALPHA), "mean within 5 %, median sd of 1000-probe campaigns within 10 %",
        String.format(Locale.ROOT, "mean %.3f, median sd %.3f (campaigns %.1f to %.1f), alpha %.4f, beta %.0f, scale %.3f ms, location %.3f ms; %.1f %% of samples at the %.1f ms floor",
            mean, median, sd[0], sd[sd.length - 1], fit.alpha(), fit.beta(), fit.scaleMs(), fit.locationMs(), 100.0 * floored / n, LatencyModel.FLOOR_MS),
        ok ? Verdict.REPRODUCED : Verdict.OUTSIDE_TOLERANCE);
  }

  /**
   * "Emphasizing longer-term trends": shorter windows weigh less, so a single 10 s spike of 200 ms on a
   * steady 10 ms link moves the ranking less with the default weights (0.2, 0.3, 0.5) than with the
   * opposite order.
   */
  static Finding ema() {
    LatencyScore ascending = new LatencyScore(0.2, 0.3, 0.5), descending = new LatencyScore(0.5, 0.3, 0.2);
    for (int t = 0; t <= 1800; t += 5) { ascending.observe(t, 10); descending.observe(t, 10); }
    double base = ascending.score();
    for (int t = 1805; t <= 1815; t += 5) { ascending.observe(t, 200); descending.observe(t, 200); }
    double up = ascending.score() - base, down = descending.score() - base;
    return new Finding(PAPER, "EMA latency ranking weighs longer windows more, damping single spikes (Sec. III)", "yes", "direction",
        String.format(Locale.ROOT, "a 10 s spike to 200 ms on a 10 ms link raises S by %.1f ms with (0.2, 0.3, 0.5) and %.1f ms with (0.5, 0.3, 0.2)", up, down),
        up < down ? Verdict.REPRODUCED : Verdict.OUTSIDE_TOLERANCE);
  }

  private static String range(FrameDoubling.Band b) {
    return String.format(Locale.ROOT, "%.0f to %.0f", 100 * b.low(), 100 * b.high());
  }
}
