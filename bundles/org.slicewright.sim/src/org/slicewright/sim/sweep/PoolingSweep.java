package org.slicewright.sim.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.slicewright.sim.ProgressMonitor;
import org.slicewright.sim.pooling.DigitTask;
import org.slicewright.sim.pooling.PoolingConfig;
import org.slicewright.sim.pooling.PoolingRunResult;
import org.slicewright.sim.pooling.PoolingSimulation;

/**
 * Runs a sweep of pooling runs (sub-pools x lambda max x seeds) in parallel on a bounded pool (a {@link LocalSweep}).
 * <p>
 * Deterministic: each run's seed is part of its config, fixed before anything runs, so the results do
 * not depend on the number of threads or the order runs finish in. Results come back in the order of
 * the points; each finished run is also handed to a listener at once (from the worker thread, one at
 * a time) so a caller can stream rows and keep them if the sweep is cancelled. Cancelling stops
 * waiting runs and makes running ones stop at their next tick.
 */
public final class PoolingSweep {
  private final List<PoolingConfig> points;
  private final int threads;

  public PoolingSweep(List<PoolingConfig> points, int threads) {
    if (points.isEmpty()) throw new IllegalArgumentException("the sweep has no runs");
    for (PoolingConfig p : points) p.validate();
    this.points = List.copyOf(points);
    this.threads = threads;
  }

  /** k values x lambda max values x seeds (seed i = baseSeed + i), k outermost. */
  public static List<PoolingConfig> grid(PoolingConfig base, int[] ks, double[] lambdaMaxValues, int seeds, long baseSeed) {
    List<PoolingConfig> out = new ArrayList<>();
    for (int k : ks) {
      for (double l : lambdaMaxValues) {
        for (int s = 0; s < seeds; s++) out.add(base.withK(k).withLambdaMax(l).withSeed(baseSeed + s));
      }
    }
    return out;
  }

  public List<PoolingConfig> points() {
    return points;
  }

  /** The outcome: results of the runs that finished, in point order, and whether the sweep was cancelled. */
  public record Outcome(List<PoolingRunResult> results, boolean canceled) {
  }

  /** @throws IllegalStateException naming the first run that threw (the learners and benchmarks need every run) */
  public Outcome run(DigitTask task, ProgressMonitor monitor, Consumer<PoolingRunResult> onResult) {
    SweepOutcome<PoolingRunResult> o = new LocalSweep<PoolingConfig, PoolingRunResult>(points, (p, m) -> new PoolingSimulation(p, task).run(m),
        PoolingSweep::describe, threads).run("Pooling sweep", monitor, onResult);
    if (!o.failures().isEmpty()) throw new IllegalStateException("run " + o.failureLines().get(0));
    return new Outcome(o.results(), o.canceled());
  }

  /** A run's parameters as messages name it: pooling policy, sub-pools k, lambda max, seed. */
  public static String describe(PoolingConfig p) {
    return String.format(Locale.ROOT, "%s, k = %d, lambda max = %s, seed %d", p.policy(), p.k(), p.lambdaMax(), p.seed());
  }
}
