package org.slicewright.cluster;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

import org.slicewright.sim.ProgressMonitor;
import org.slicewright.sim.pooling.DigitTask;
import org.slicewright.sim.pooling.PoolingRunResult;
import org.slicewright.sim.scenario.PoolingPlan;
import org.slicewright.sim.scenario.PoolingScenarioMapper;
import org.slicewright.sim.sweep.PoolingSweep;

/**
 * Where a pooling sweep runs, decided in one place for the command line and the workbench: on the
 * cluster given, else on this machine's cores (the plan's threads, 0 for all). Both give the same
 * outcome; only a cluster can report failed runs.
 */
public final class PoolingSweeps {
  private PoolingSweeps() {
  }

  /** @throws IllegalStateException when the cluster has no worker */
  public static SweepOutcome run(ClusterSettings cluster, PoolingPlan plan, ProgressMonitor monitor, Consumer<PoolingRunResult> onResult) throws IOException {
    if (cluster != null) return ClusterSweep.runOn(cluster, plan.runs(), monitor, onResult);
    DigitTask digits = DigitTask.loadDefault(PoolingScenarioMapper.TEST_PER_CLASS);
    PoolingSweep.Outcome o = new PoolingSweep(plan.runs(), plan.threads()).run(digits, monitor, onResult);
    return new SweepOutcome(o.results(), List.of(), o.canceled());
  }
}
