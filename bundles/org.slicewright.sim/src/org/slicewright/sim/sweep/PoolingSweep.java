package org.slicewright.sim.sweep;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.slicewright.sim.CanceledException;
import org.slicewright.sim.ProgressMonitor;
import org.slicewright.sim.pooling.DigitTask;
import org.slicewright.sim.pooling.PoolingConfig;
import org.slicewright.sim.pooling.PoolingRunResult;
import org.slicewright.sim.pooling.PoolingSimulation;

/**
 * Runs a sweep of pooling runs (sub-pools x lambda max x seeds) in parallel on a bounded pool.
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
    this.threads = threads <= 0 ? Runtime.getRuntime().availableProcessors() : threads;
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

  public Outcome run(DigitTask task, ProgressMonitor monitor, Consumer<PoolingRunResult> onResult) {
    monitor.begin("Pooling sweep: " + points.size() + " runs", points.size());
    AtomicInteger workerId = new AtomicInteger();
    ThreadFactory tf = r -> {
      Thread t = new Thread(r, "slicewright-sweep-" + workerId.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, points.size()), tf);
    Object listenerLock = new Object();
    List<Future<PoolingRunResult>> futures = new ArrayList<>();
    try {
      for (PoolingConfig p : points) {
        futures.add(pool.submit(() -> {
          if (monitor.isCanceled()) throw new CanceledException();
          PoolingRunResult r = new PoolingSimulation(p, task).run(monitor);
          synchronized (listenerLock) {
            if (onResult != null) onResult.accept(r);
            monitor.worked(1);
          }
          return r;
        }));
      }
      List<PoolingRunResult> results = new ArrayList<>();
      boolean canceled = false;
      for (Future<PoolingRunResult> f : futures) {
        try {
          results.add(f.get());
        } catch (ExecutionException e) {
          if (e.getCause() instanceof CanceledException) {
            canceled = true;
          } else if (e.getCause() instanceof RuntimeException) {
            throw (RuntimeException) e.getCause();
          } else {
            throw new IllegalStateException(e.getCause());
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          canceled = true;
          break;
        }
      }
      return new Outcome(Collections.unmodifiableList(results), canceled || monitor.isCanceled());
    } finally {
      pool.shutdownNow();
    }
  }
}
