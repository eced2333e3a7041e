package org.slicewright.sim.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

import org.slicewright.sim.CanceledException;
import org.slicewright.sim.ProgressMonitor;

/**
 * Runs a plan of independent runs on this machine's cores: at most {@code threads} at a time, the
 * results in plan order whatever order they finish in (each run's seed is part of its specification,
 * so the outcome does not depend on the thread count). Each finished run is handed to a listener at
 * once, one at a time, so a caller can stream rows and keep them when the sweep is cancelled. A run
 * that throws is recorded with its description and the others go on; cancelling stops waiting runs,
 * and running ones stop at their next check of the monitor.
 * <p>
 * Progress: a plan of one run passes the engine's own progress through (a long training shows its
 * epochs); a plan of several counts one unit per finished run.
 *
 * @param <S> a run's specification
 * @param <R> a run's result
 */
public final class LocalSweep<S, R> {
  /** One run: a pure function of its specification. */
  @FunctionalInterface
  public interface RunFunction<S, R> {
    R run(S spec, ProgressMonitor monitor) throws Exception;
  }

  private final List<S> plan;
  private final RunFunction<S, R> function;
  private final Function<S, String> describe;
  private final int threads;

  /** @param threads at most this many runs at a time (0 = one per core) */
  public LocalSweep(List<S> plan, RunFunction<S, R> function, Function<S, String> describe, int threads) {
    if (plan.isEmpty()) throw new IllegalArgumentException("the sweep has no runs");
    this.plan = List.copyOf(plan);
    this.function = function;
    this.describe = describe;
    this.threads = threads <= 0 ? Runtime.getRuntime().availableProcessors() : threads;
  }

  public SweepOutcome<R> run(String task, ProgressMonitor monitor, Consumer<R> onResult) {
    boolean single = plan.size() == 1;
    if (!single) monitor.begin(task + ": " + plan.size() + " runs", plan.size());
    ProgressMonitor perRun = single ? monitor : quiet(monitor);
    AtomicInteger workerId = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, plan.size()), r -> {
      Thread t = new Thread(r, "slicewright-sweep-" + workerId.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    Object listenerLock = new Object();
    List<Future<R>> futures = new ArrayList<>();
    try {
      for (S spec : plan) {
        futures.add(pool.submit(() -> {
          if (monitor.isCanceled()) throw new CanceledException();
          R r = function.run(spec, perRun);
          synchronized (listenerLock) {
            if (onResult != null) onResult.accept(r);
            if (!single) monitor.worked(1);
          }
          return r;
        }));
      }
      List<R> results = new ArrayList<>();
      List<SweepOutcome.Failure> failures = new ArrayList<>();
      boolean canceled = false;
      for (int i = 0; i < futures.size(); i++) {
        try {
          results.add(futures.get(i).get());
        } catch (ExecutionException e) {
          if (e.getCause() instanceof CanceledException) {
            canceled = true;
          } else {
            failures.add(new SweepOutcome.Failure(i, describe.apply(plan.get(i)), String.valueOf(e.getCause())));
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          canceled = true;
          break;
        }
      }
      return new SweepOutcome<>(results, failures, canceled || monitor.isCanceled());
    } finally {
      pool.shutdownNow();
    }
  }

  /** The monitor a run of a several-run plan sees: the sweep's cancel flag, none of the run's own progress. */
  private static ProgressMonitor quiet(ProgressMonitor sweep) {
    return new ProgressMonitor() {
      @Override
      public void begin(String task, int totalWork) {
      }

      @Override
      public void worked(int work) {
      }

      @Override
      public boolean isCanceled() {
        return sweep.isCanceled();
      }
    };
  }
}
