package org.slicewright.sim.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
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
 * and running ones stop at their next check of the monitor, as they do when the sweep ends early.
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

  /**
   * @throws RuntimeException what the listener threw (for example a full disk): the sweep stops, and
   *     no run is reported as failed for it
   */
  public SweepOutcome<R> run(String task, ProgressMonitor monitor, Consumer<R> onResult) {
    boolean single = plan.size() == 1;
    if (!single) monitor.begin(task + ": " + plan.size() + " runs", plan.size());
    // Set when the sweep ends early (interrupt, a listener's error): runs still going stop at their next check.
    AtomicBoolean stopped = new AtomicBoolean();
    BooleanSupplier canceled = () -> stopped.get() || monitor.isCanceled();
    EngineProgress perRun = single ? new EngineProgress(monitor, canceled) : null;
    AtomicReference<RuntimeException> listenerError = new AtomicReference<>();
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
          if (canceled.getAsBoolean()) throw new CanceledException();
          R r = function.run(spec, single ? perRun : ProgressMonitor.cancelOnly(canceled));
          synchronized (listenerLock) {
            if (stopped.get()) throw new CanceledException();
            try {
              if (onResult != null) onResult.accept(r);
            } catch (RuntimeException e) {
              listenerError.compareAndSet(null, e);
              stopped.set(true);
              throw new CanceledException();
            }
            if (!single) monitor.worked(1);
          }
          return r;
        }));
      }
      List<R> results = new ArrayList<>();
      List<SweepOutcome.Failure> failures = new ArrayList<>();
      boolean wasCanceled = false;
      for (int i = 0; i < futures.size(); i++) {
        try {
          results.add(futures.get(i).get());
        } catch (ExecutionException e) {
          if (e.getCause() instanceof CanceledException) {
            wasCanceled = true;
          } else {
            failures.add(SweepOutcome.Failure.of(i, describe.apply(plan.get(i)), e.getCause()));
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          wasCanceled = true;
          break;
        }
      }
      if (listenerError.get() != null) throw listenerError.get();
      if (single && !wasCanceled) perRun.finish(task);
      return new SweepOutcome<>(results, failures, wasCanceled || monitor.isCanceled());
    } finally {
      stopped.set(true);
      pool.shutdownNow();
    }
  }

  /**
   * The monitor the only run of a plan sees: the engine's own progress passes through (a long
   * training shows its epochs); when the engine reports none, the run counts as one unit at its end.
   */
  private static final class EngineProgress implements ProgressMonitor {
    private final ProgressMonitor sweep;
    private final BooleanSupplier canceled;
    private volatile boolean begun;

    EngineProgress(ProgressMonitor sweep, BooleanSupplier canceled) {
      this.sweep = sweep;
      this.canceled = canceled;
    }

    @Override
    public void begin(String task, int totalWork) {
      begun = true;
      sweep.begin(task, totalWork);
    }

    @Override
    public void worked(int work) {
      sweep.worked(work);
    }

    @Override
    public boolean isCanceled() { return canceled.getAsBoolean(); }

    void finish(String task) {
      if (begun) return;
      sweep.begin(task + ": 1 run", 1);
      sweep.worked(1);
    }
  }
}
