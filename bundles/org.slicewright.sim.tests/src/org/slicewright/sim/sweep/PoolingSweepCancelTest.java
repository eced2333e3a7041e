package org.slicewright.sim.sweep;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.slicewright.sim.ProgressMonitor;
import org.slicewright.sim.pooling.DigitTask;
import org.slicewright.sim.pooling.PoolingConfig;
import org.slicewright.sim.pooling.PoolingRunResult;

class PoolingSweepCancelTest {
  @Test
  void cancelStopsTheSweepAndKeepsFinishedRuns() throws Exception {
    DigitTask task = DigitTask.loadDefault(100);
    double[][] g = PoolingConfig.grid(8);
    PoolingConfig base = PoolingConfig.caseStudy("cancel", g[0], g[1], 3, 1, 1).withTicks(40);
    List<PoolingConfig> points = PoolingSweep.grid(base, new int[] { 1, 2, 3, 4, 5, 6, 7, 8 }, new double[] { 3 }, 2, 1);
    AtomicBoolean cancel = new AtomicBoolean();
    AtomicInteger worked = new AtomicInteger();
    ProgressMonitor m = new ProgressMonitor() {
      @Override
      public void begin(String task, int total) { assertEquals(16, total); }
      @Override
      public void worked(int w) { if (worked.addAndGet(w) >= 2) cancel.set(true); }
      @Override
      public boolean isCanceled() { return cancel.get(); }
    };
    List<PoolingRunResult> streamed = new ArrayList<>();
    PoolingSweep.Outcome o = new PoolingSweep(points, 2).run(task, m, streamed::add);
    assertTrue(o.canceled());
    assertTrue(o.results().size() >= 2 && o.results().size() < 16, "finished " + o.results().size());
    assertEquals(streamed.size(), o.results().size());
  }
}
