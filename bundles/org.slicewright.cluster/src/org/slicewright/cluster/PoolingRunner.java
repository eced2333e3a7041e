package org.slicewright.cluster;

import java.util.List;
import java.util.function.Consumer;

import org.slicewright.sim.ProgressMonitor;
import org.slicewright.sim.pooling.PoolingConfig;
import org.slicewright.sim.pooling.PoolingRunResult;
import org.slicewright.sim.sweep.PoolingRuns;
import org.slicewright.sim.sweep.PoolingSweep;
import org.slicewright.sim.sweep.SweepOutcome;
import org.slicewright.whatif.WhatIfs;

import com.hazelcast.core.HazelcastInstance;

/**
 * The pooling runs of {@code recommend} and {@code reproduce} (and the workbench's Reproduce): on the
 * cluster given, joined once on the first call and left at {@link #close()} however many batches the
 * learners ask for; else on this machine's cores. A run that fails stops the caller with the runs'
 * parameters: a learner needs every run it asked for.
 */
public final class PoolingRunner implements PoolingRuns, AutoCloseable {
  private final ClusterSettings cluster;
  private HazelcastInstance submitter;

  /** @param cluster the cluster to submit to, or null for this machine */
  public PoolingRunner(ClusterSettings cluster) {
    this.cluster = cluster;
  }

  /** @throws IllegalStateException when runs failed, or the cluster has no worker */
  @Override
  public synchronized PoolingSweep.Outcome run(List<PoolingConfig> points, int threads, ProgressMonitor monitor, Consumer<PoolingRunResult> onResult) {
    SweepOutcome<PoolingRunResult> o;
    if (cluster == null) {
      o = WhatIfRunner.run(null, WhatIfs.POOLING, points, threads, monitor, onResult);
    } else {
      if (submitter == null) submitter = ClusterMembers.submitter(cluster);
      o = new ClusterSweep(submitter).run(WhatIfs.POOLING, points, monitor, onResult);
    }
    if (!o.failures().isEmpty()) {
      throw new IllegalStateException(o.failures().size() + " of " + points.size() + " pooling runs failed: " + String.join("; ", o.failureLines()));
    }
    return new PoolingSweep.Outcome(o.results(), o.canceled());
  }

  @Override
  public synchronized void close() {
    if (submitter != null) submitter.shutdown();
    submitter = null;
  }
}
