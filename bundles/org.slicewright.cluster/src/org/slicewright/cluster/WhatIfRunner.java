package org.slicewright.cluster;

import java.util.List;
import java.util.function.Consumer;

import org.slicewright.sim.ProgressMonitor;
import org.slicewright.sim.sweep.LocalSweep;
import org.slicewright.sim.sweep.SweepOutcome;
import org.slicewright.whatif.WhatIf;

/**
 * Where a what-if's runs execute, decided in one place for the command line and the workbench: on the
 * cluster given when the what-if's runs can travel (pooling), else on this machine's cores. Both give
 * the same results in plan order. The learners' and the reproduction's pooling runs go the same way ({@link PoolingRunner}).
 */
public final class WhatIfRunner {
  private WhatIfRunner() {
  }

  /**
   * @param cluster the cluster to submit to, or null for this machine
   * @param threads runs at a time on this machine (0 = one per core)
   * @throws IllegalStateException when the cluster has no worker
   */
  public static <S, R> SweepOutcome<R> run(ClusterSettings cluster, WhatIf<S, R> whatIf, List<S> plan, int threads, ProgressMonitor monitor, Consumer<R> onResult) {
    if (cluster != null && whatIf.distributable()) return ClusterSweep.runOn(cluster, whatIf, plan, monitor, onResult);
    return new LocalSweep<>(plan, whatIf::run, whatIf::describe, threads).run(whatIf.title() + " what-if", monitor, onResult);
  }
}
