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

  /** A run that threw, named by its parameters so the planner can rerun it alone. */
  public record Failure(int index, String run, String error) {
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
