package org.slicewright.sim.sweep;

import java.util.List;

/**
 * What a sweep of independent runs left, wherever it ran (this machine's cores or a cluster): the
 * finished runs' results in plan order, the runs that failed, and whether it was cancelled.
 *
 * @param <R> a run's result
 */
public record SweepOutcome<R>(List<R> results, List<Failure> failures, boolean canceled) {
  public SweepOutcome {
    results = List.copyOf(results);
    failures = List.copyOf(failures);
  }

  /**
   * A run that threw, named by its parameters so the planner can rerun it alone.
   *
   * @param badInput whether the engine refused the run's input (an {@code IllegalArgumentException}
   *     naming the problem, which {@code error} then is) rather than failing while running it
   */
  public record Failure(int index, String run, String error, boolean badInput) {
    /** The failure of a run that threw {@code cause}. */
    public static Failure of(int index, String run, Throwable cause) {
      boolean badInput = cause instanceof IllegalArgumentException && cause.getMessage() != null;
      return new Failure(index, run, badInput ? cause.getMessage() : String.valueOf(cause), badInput);
    }
  }

  /** True when every run of the plan finished. */
  public boolean complete() {
    return !canceled && failures.isEmpty();
  }

  /** The failed runs, one line each: "pooling, k = 4, lambda max = 5.0, seed 1 failed: ...". */
  public List<String> failureLines() {
    return failures.stream().map(f -> f.run() + " failed: " + f.error()).toList();
  }
}
