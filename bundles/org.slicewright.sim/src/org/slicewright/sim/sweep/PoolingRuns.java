package org.slicewright.sim.sweep;

import java.util.List;
import java.util.function.Consumer;

import org.slicewright.sim.ProgressMonitor;
import org.slicewright.sim.pooling.PoolingConfig;
import org.slicewright.sim.pooling.PoolingRunResult;

/**
 * Where the learners' and the reproduction's pooling runs execute: this machine's cores, or a cluster
 * the command line or the workbench names. Either way the results come back in the order of the
 * points, and a run that cannot finish fails the whole call (a learner needs every run it asked for).
 */
@FunctionalInterface
public interface PoolingRuns {
  /** @param threads runs at a time on this machine (0 = one per core); a cluster's workers have their own */
  PoolingSweep.Outcome run(List<PoolingConfig> points, int threads, ProgressMonitor monitor, Consumer<PoolingRunResult> onResult);
}
