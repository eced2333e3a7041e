package org.slicewright.cluster;

import java.util.List;

import org.slicewright.sim.pooling.PoolingRunResult;

/** What a pooling sweep left, wherever it ran: the finished runs in plan order, the runs that failed, and whether it was cancelled. */
public record SweepOutcome(List<PoolingRunResult> results, List<Failure> failures, boolean canceled) {
  /** A run that failed on a worker, named by its parameters. */
  public record Failure(int index, String run, String error) {
  }

  /** The failed runs, one line each: "pooling, k = 4, lambda max = 5.0, seed 1 failed: ...". */
  public List<String> failureLines() {
    return failures.stream().map(f -> f.run() + " failed: " + f.error()).toList();
  }
}
