package org.slicewright.learn.reproduce;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;

import org.slicewright.learn.GaussianTwoTerm;
import org.slicewright.sim.ProgressMonitor;
import org.slicewright.sim.pooling.PoolingConfig;
import org.slicewright.sim.pooling.PoolingRunResult;
import org.slicewright.sim.sweep.PoolingRuns;
import org.slicewright.sim.sweep.PoolingSweep;

/**
 * The resource-pooling case study's findings (M. Li, J. Gao, C. Zhou, X. Shen, W. Zhuang,
 * "Slicing-Based Artificial Intelligence Service Provisioning on the Network Edge: Balancing AI Service
 * Performance and Resource Consumption of Data Management", IEEE Vehicular Technology Magazine 16(4),
 * 2021, Sec. IV-B/C, Figs. 5 and 6) measured on the example's pooling study.
 * <p>
 * Fig. 5 condition: lambda max = 1, sub-pools from 1 to 32, {@link #SEEDS} seeds. Fig. 6 and the
 * trade-off: the top lambda max of the example's sweep. The paper reports trends in direction and
 * rough size, so each size tolerance is a factor of two either way of the published value.
 */
public final class PoolingFindings {
  public static final String PAPER = "Li et al. 2021 (resource pooling)";
  /** Seeds behind each headline figure (mean and spread). */
  public static final int SEEDS = 3;
  /** The paper's Fig. 5 load. */
  public static final double FIG5_LAMBDA_MAX = 1;

  /** The runs behind the findings and the findings. */
  public record Outcome(List<PoolingRunResult> fig5, List<PoolingRunResult> topLoad, List<Finding> findings, boolean canceled) {
  }

  private PoolingFindings() {
  }

  /**
   * Runs the study and compares. Quick: sub-pools {1, 4, 32} at lambda max = 1 only (the load
   * findings are then not applicable). Full: {1, 2, 4, 8, 16, 32} at lambda max = 1 with {@link #SEEDS}
   * seeds, and the same sub-pools at {@code topLambdaMax} with one seed.
   */
  public static Outcome run(PoolingConfig base, double topLambdaMax, PoolingRuns runs, boolean quick, int threads, ProgressMonitor monitor,
      Consumer<PoolingRunResult> onResult) {
    int[] ks = quick ? new int[] { 1, 4, base.apCount() } : new int[] { 1, 2, 4, 8, 16, base.apCount() };
    List<PoolingConfig> fig5 = PoolingSweep.grid(base, ks, new double[] { FIG5_LAMBDA_MAX }, SEEDS, base.seed());
    List<PoolingConfig> points = new ArrayList<>(fig5);
    if (!quick) points.addAll(PoolingSweep.grid(base, ks, new double[] { topLambdaMax }, 1, base.seed()));
    PoolingSweep.Outcome o = runs.run(points, threads, monitor, onResult);
    List<PoolingRunResult> low = new ArrayList<>(), top = new ArrayList<>();
    for (PoolingRunResult r : o.results()) (r.lambdaMax() == FIG5_LAMBDA_MAX ? low : top).add(r);
    return new Outcome(low, top, compare(low, top, base.apCount(), topLambdaMax), o.canceled());
  }

  /** The findings from finished runs (any missing runs make a finding not applicable). */
  public static List<Finding> compare(List<PoolingRunResult> fig5, List<PoolingRunResult> top, int n, double topLambdaMax) {
    List<Finding> out = new ArrayList<>();
    double[] accDrop = drops(fig5, n, PoolingRunResult::accuracy);
    out.add(sized("accuracy drop from 1 to " + n + " sub-pools at lambda max = 1 (Fig. 5a), points", 5, accDrop, 100, "%.1f"));
    double[] rateDrop = drops(fig5, n, PoolingRunResult::convergenceRate);
    out.add(sized("convergence-rate drop from 1 to " + n + " sub-pools at lambda max = 1 (Fig. 5a)", 0.2, rateDrop, 1, "%.2f"));
    out.add(direction("fewer sub-pools need more communication RU (Fig. 5b)", "yes", fig5, n, PoolingRunResult::ruCommunication, true));
    out.add(direction("fewer sub-pools need less computing RU (Fig. 5b)", "yes", fig5, n, PoolingRunResult::ruComputing, false));
    out.add(gaussian(fig5));
    if (top.isEmpty()) {
      String na = "needs the top load (full run)";
      out.add(new Finding(PAPER, "higher lambda max raises RU (Fig. 6)", "yes", "direction", na, Verdict.NOT_APPLICABLE));
      out.add(new Finding(PAPER, "lower lambda max lowers accuracy (Fig. 6)", "yes", "direction", na, Verdict.NOT_APPLICABLE));
      out.add(new Finding(PAPER, "policies trade accuracy against RU (Sec. IV-A)", "yes", "most accurate policy is not the cheapest", na, Verdict.NOT_APPLICABLE));
      return out;
    }
    double ruLow = mean(fig5, PoolingRunResult::ruTotal), ruTop = mean(top, PoolingRunResult::ruTotal);
    out.add(new Finding(PAPER, "higher lambda max raises RU (Fig. 6)", "yes", "direction",
        String.format(Locale.ROOT, "mean RU %.0f at lambda max 1, %.0f at %s", ruLow, ruTop, num(topLambdaMax)), ruTop > ruLow ? Verdict.REPRODUCED : Verdict.OUTSIDE_TOLERANCE));
    double accLow = mean(fig5, PoolingRunResult::accuracy), accTop = mean(top, PoolingRunResult::accuracy);
    out.add(new Finding(PAPER, "lower lambda max lowers accuracy (Fig. 6)", "yes", "direction",
        String.format(Locale.ROOT, "mean accuracy %.3f at lambda max 1, %.3f at %s", accLow, accTop, num(topLambdaMax)), accLow < accTop ? Verdict.REPRODUCED : Verdict.OUTSIDE_TOLERANCE));
    out.add(tradeOff(top, accuracyNoise(fig5), topLambdaMax));
    return out;
  }

  /** Per seed: metric at k = 1 minus metric at k = n. */
  static double[] drops(List<PoolingRunResult> runs, int n, ToDoubleFunction<PoolingRunResult> metric) {
    List<Double> d = new ArrayList<>();
    for (PoolingRunResult one : runs) {
      if (one.subpools() != 1) continue;
      for (PoolingRunResult all : runs) {
        if (all.subpools() == n && all.seed() == one.seed()) d.add(metric.applyAsDouble(one) - metric.applyAsDouble(all));
      }
    }
    return d.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static Finding sized(String what, double paper, double[] drops, double scale, String format) {
    if (drops.length == 0) return new Finding(PAPER, what, fmt(format, paper), "", "no runs", Verdict.NOT_APPLICABLE);
    double[] scaled = new double[drops.length];
    for (int i = 0; i < drops.length; i++) scaled[i] = drops[i] * scale;
    double m = Finding.mean(scaled);
    String tolerance = fmt(format, paper / 2) + " to " + fmt(format, paper * 2) + " (direction and rough size: a factor of two)";
    boolean ok = m >= paper / 2 && m <= paper * 2;
    return new Finding(PAPER, what, fmt(format, paper), tolerance, Finding.spread(format, scaled), ok ? Verdict.REPRODUCED : Verdict.OUTSIDE_TOLERANCE);
  }

  private static Finding direction(String what, String paper, List<PoolingRunResult> runs, int n, ToDoubleFunction<PoolingRunResult> metric, boolean higherAtOne) {
    double one = meanAt(runs, 1, metric), all = meanAt(runs, n, metric);
    if (Double.isNaN(one) || Double.isNaN(all)) return new Finding(PAPER, what, paper, "direction", "no runs", Verdict.NOT_APPLICABLE);
    boolean ok = higherAtOne ? one > all : one < all;
    return new Finding(PAPER, what, paper, "direction", String.format(Locale.ROOT, "%.0f RU at 1 sub-pool, %.0f at %d", one, all, n),
        ok ? Verdict.REPRODUCED : Verdict.OUTSIDE_TOLERANCE);
  }

  /**
   * Sec. IV-C: "the AI function performance approximated by the learning module is accurate". The
   * learning module is the two-term Gaussian of accuracy against the number of sub-pools (one term when
   * two are not identifiable); accurate means its error is no larger than the seed-to-seed spread of
   * the accuracy it fits, with a 95 % bound for every coefficient it reports.
   */
  private static Finding gaussian(List<PoolingRunResult> runs) {
    String what = "learning module's fit of accuracy vs sub-pools (two-term Gaussian, 95 % bounds; Fig. 5a)";
    String paper = "accurate";
    String tolerance = "RMSE at most the seed-to-seed spread of accuracy; a finite bound for every coefficient";
    double[] x = runs.stream().mapToDouble(PoolingRunResult::subpools).toArray();
    double[] y = runs.stream().mapToDouble(PoolingRunResult::accuracy).toArray();
    long distinct = runs.stream().mapToInt(PoolingRunResult::subpools).distinct().count();
    if (distinct < 6) return new Finding(PAPER, what, paper, tolerance, "needs at least 6 sub-pool counts, has " + distinct + " (full run)", Verdict.NOT_APPLICABLE);
    try {
      GaussianTwoTerm g = GaussianTwoTerm.fit("subpools", x, y);
      boolean bounded = true;
      for (int i = 0; i < g.terms() * 3; i++) bounded &= g.hasBounds(i);
      double spread = accuracyNoise(runs);
      String tool = String.format(Locale.ROOT, "%s, RMSE %.4f vs seed spread %.4f over %d runs%s", g.learner(), g.rmse(), spread, x.length,
          g.note().isEmpty() ? "" : "; " + g.note());
      return new Finding(PAPER, what, paper, tolerance, tool, bounded && g.rmse() <= spread ? Verdict.REPRODUCED : Verdict.OUTSIDE_TOLERANCE);
    } catch (IllegalArgumentException e) {
      return new Finding(PAPER, what, paper, tolerance, e.getMessage(), Verdict.NOT_APPLICABLE);
    }
  }

  /**
   * The premise of Sec. IV-A: at a high load the most accurate policy is not the cheapest. It counts
   * only when the accuracy gap between the two is larger than the seed-to-seed spread of accuracy.
   */
  private static Finding tradeOff(List<PoolingRunResult> top, double noise, double lambda) {
    PoolingRunResult best = top.get(0), cheapest = top.get(0);
    for (PoolingRunResult r : top) {
      if (r.accuracy() > best.accuracy()) best = r;
      if (r.ruTotal() < cheapest.ruTotal()) cheapest = r;
    }
    double gap = best.accuracy() - cheapest.accuracy();
    String tool = String.format(Locale.ROOT, "lambda max %s: most accurate k = %d (%.3f, %.0f RU), cheapest k = %d (%.3f, %.0f RU, %.0f %% of its data dropped); gap %.3f vs seed spread %.3f",
        num(lambda), best.subpools(), best.accuracy(), best.ruTotal(), cheapest.subpools(), cheapest.accuracy(), cheapest.ruTotal(), 100 * cheapest.droppedShare(), gap, noise);
    boolean ok = best != cheapest && gap > noise;
    return new Finding(PAPER, "policies trade accuracy against RU (Sec. IV-A)", "yes", "most accurate policy is not the cheapest, by more than the seed spread", tool,
        ok ? Verdict.REPRODUCED : Verdict.OUTSIDE_TOLERANCE);
  }

  /** Mean over sub-pool counts of the seed-to-seed standard deviation of accuracy. */
  static double accuracyNoise(List<PoolingRunResult> runs) {
    double sum = 0;
    int groups = 0;
    for (int k : runs.stream().mapToInt(PoolingRunResult::subpools).distinct().toArray()) {
      double[] a = runs.stream().filter(r -> r.subpools() == k).mapToDouble(PoolingRunResult::accuracy).toArray();
      if (a.length < 2) continue;
      sum += Finding.sd(a);
      groups++;
    }
    return groups == 0 ? 0 : sum / groups;
  }

  private static double meanAt(List<PoolingRunResult> runs, int k, ToDoubleFunction<PoolingRunResult> metric) {
    return runs.stream().filter(r -> r.subpools() == k).mapToDouble(metric).average().orElse(Double.NaN);
  }

  private static double mean(List<PoolingRunResult> runs, ToDoubleFunction<PoolingRunResult> metric) {
    return runs.stream().mapToDouble(metric).average().orElse(Double.NaN);
  }

  private static String fmt(String format, double v) {
    return String.format(Locale.ROOT, format, v);
  }

  private static String num(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
