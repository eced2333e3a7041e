package org.slicewright.sim.pooling;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slicewright.sim.ProgressMonitor;
import org.slicewright.sim.sweep.PoolingSweep;

/**
 * The published trends of the resource-pooling study on a short configuration (16 APs, 80 ticks): from one sub-pool
 * to one per AP accuracy and convergence rate fall, communication falls and computing rises; resource
 * use rises with lambda max, and a small lambda max lowers accuracy.
 */
class PoolingTrendsTest {
  static DigitTask task;
  static Map<String, PoolingRunResult> runs = new HashMap<>();

  @BeforeAll
  static void sweep() throws Exception {
    task = DigitTask.loadDefault(100);
    double[][] g = PoolingConfig.grid(16);
    PoolingConfig base = PoolingConfig.caseStudy("trend", g[0], g[1], 5, 1, 1).withTicks(80);
    List<PoolingConfig> points = PoolingSweep.grid(base, new int[] { 1, 4, 16 }, new double[] { 1.5, 8 }, 1, 11);
    for (PoolingRunResult r : new PoolingSweep(points, 2).run(task, ProgressMonitor.NONE, null).results()) {
      runs.put(r.subpools() + "@" + r.lambdaMax(), r);
    }
  }

  static PoolingRunResult run(int k, double l) {
    return runs.get(k + "@" + l);
  }

  @Test
  void accuracyAndConvergenceFallFromOneSubPoolToOnePerAp() {
    for (double l : new double[] { 1.5, 8 }) {
      assertTrue(run(1, l).accuracy() > run(16, l).accuracy() + 0.01, "accuracy k=1 " + run(1, l).accuracy() + " vs k=16 " + run(16, l).accuracy());
      assertTrue(run(1, l).convergenceRate() > run(4, l).convergenceRate() && run(4, l).convergenceRate() > run(16, l).convergenceRate(),
          "convergence " + run(1, l).convergenceRate() + ", " + run(4, l).convergenceRate() + ", " + run(16, l).convergenceRate());
    }
  }

  @Test
  void communicationFallsAndComputingRisesWithK() {
    for (double l : new double[] { 1.5, 8 }) {
      assertTrue(run(1, l).ruCommunication() > run(4, l).ruCommunication() && run(4, l).ruCommunication() > run(16, l).ruCommunication());
      assertEquals(0, run(16, l).ruCommunication(), "one AP per sub-pool moves no data");
      assertTrue(run(1, l).ruComputing() < run(4, l).ruComputing() && run(4, l).ruComputing() < run(16, l).ruComputing());
      assertTrue(run(1, l).ruModelExchange() < run(16, l).ruModelExchange());
    }
  }

  @Test
  void resourceUseRisesWithLambdaMaxAndSmallLambdaLowersAccuracy() {
    for (int k : new int[] { 1, 4, 16 }) {
      assertTrue(run(k, 8).ruTotal() > 2 * run(k, 1.5).ruTotal(), "k=" + k);
      assertTrue(run(k, 1.5).accuracy() < run(k, 8).accuracy(), "k=" + k + ": " + run(k, 1.5).accuracy() + " vs " + run(k, 8).accuracy());
    }
  }

  @Test
  void accountingAddsUp() {
    for (PoolingRunResult x : runs.values()) {
      assertEquals(x.ruCommunication() + x.ruComputing() + x.ruModelExchange() + x.ruShortfall(), x.ruTotal(), 1e-6);
      assertTrue(x.ruShortfall() >= 0);
      // 8 rounds of 80 ticks: uploads from k trainers and downloads to 16 APs at 0.1 RU each.
      assertEquals(8 * 0.1 * (x.subpools() + 16), x.ruModelExchange(), 1e-9);
      assertEquals(9, x.roundLoss().length);
      assertTrue(x.accuracy() > 0.3 && x.accuracy() < 1, "accuracy " + x.accuracy());
    }
  }

  @Test
  void sameSeedSameResultWhateverTheThreads() {
    double[][] g = PoolingConfig.grid(8);
    PoolingConfig base = PoolingConfig.caseStudy("det", g[0], g[1], 4, 1, 1).withTicks(30);
    List<PoolingConfig> points = PoolingSweep.grid(base, new int[] { 1, 3, 8 }, new double[] { 4 }, 2, 5);
    List<PoolingRunResult> one = new PoolingSweep(points, 1).run(task, ProgressMonitor.NONE, null).results();
    List<PoolingRunResult> two = new PoolingSweep(points, 2).run(task, ProgressMonitor.NONE, null).results();
    assertEquals(6, one.size());
    for (int i = 0; i < one.size(); i++) {
      assertEquals(one.get(i).accuracy(), two.get(i).accuracy());
      assertEquals(one.get(i).ruTotal(), two.get(i).ruTotal());
      assertArrayEquals(one.get(i).roundLoss(), two.get(i).roundLoss());
    }
    assertNotEquals(one.get(0).ruTotal(), one.get(1).ruTotal(), "different seeds draw different demand");
  }
}
