package org.slicewright.sim.pooling;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.slicewright.sim.ProgressMonitor;

class EngineUnitsTest {

  @Test
  void convergenceRateRecoversAnExactExponential() {
    double[] l = new double[11];
    for (int r = 0; r < l.length; r++) l[r] = 0.3 + 2.0 * Math.exp(-0.45 * r);
    assertEquals(0.45, ConvergenceRate.decay(l), 1e-3);
    assertEquals(1 - Math.exp(-0.45), ConvergenceRate.of(l), 1e-3, "share of the excess loss removed per round");
    assertEquals(0, ConvergenceRate.of(new double[] { 1, 1.1, 1.2 }));
  }

  @Test
  void poissonHasTheRightMean() {
    SplittableRandom rng = new SplittableRandom(5);
    for (double lambda : new double[] { 0.5, 3, 12 }) {
      long sum = 0;
      int n = 40_000;
      for (int i = 0; i < n; i++) sum += Demand.poisson(lambda, rng);
      assertEquals(lambda, (double) sum / n, 0.05 * lambda + 0.02, "lambda " + lambda);
    }
  }

  @Test
  void kMeansFindsSeparatedGroupsAndUsesEveryCluster() {
    double[][] pts = new double[30][];
    for (int i = 0; i < 30; i++) pts[i] = new double[] { (i / 10) * 10 + (i % 10) * 0.01, 0 };
    int[] labels = SubPoolFormation.kMeans(pts, 3, new SplittableRandom(1));
    for (int g = 0; g < 3; g++) {
      int first = labels[g * 10];
      for (int i = g * 10; i < g * 10 + 10; i++) assertEquals(first, labels[i], "point " + i);
    }
    assertEquals(3, Arrays.stream(labels).distinct().count());
    // Degenerate input: all points equal, k = n still yields n non-empty sub-pools.
    double[][] same = new double[5][];
    for (int i = 0; i < 5; i++) same[i] = new double[] { 1, 1 };
    assertEquals(5, Arrays.stream(SubPoolFormation.kMeans(same, 5, new SplittableRandom(2))).distinct().count());
  }

  @Test
  void kMeansIsDeterministicPerSeed() {
    SplittableRandom data = new SplittableRandom(9);
    double[][] pts = new double[40][];
    for (int i = 0; i < 40; i++) pts[i] = new double[] { data.nextDouble(), data.nextDouble(), data.nextDouble() };
    assertArrayEquals(SubPoolFormation.kMeans(pts, 6, new SplittableRandom(4)), SubPoolFormation.kMeans(pts, 6, new SplittableRandom(4)));
  }

  @Test
  void configValidationNamesTheProblem() {
    double[][] g = PoolingConfig.grid(8);
    PoolingConfig c = PoolingConfig.caseStudy("t", g[0], g[1], 5, 9, 1);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, c::validate);
    assertEquals("k = 9 sub-pools is outside 1..8 (the number of APs)", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> PoolingConfig.caseStudy("t", g[0], g[1], 0, 2, 1).validate());
    assertEquals("lambda max must be > 0, is 0.0", e.getMessage());
  }

  @Test
  void csvRowMatchesTheHeader() {
    PoolingRunResult r = new PoolingRunResult("s,1", "kmeans", 4, 5, 1, 0.91234, 0.5, 10, 20.5, 3.2, 33.7, 0, 0.125, 12, new double[0], new double[0], 0, 0, new double[0]);
    assertEquals(14, PoolingRunResult.csvHeader().split(",").length);
    assertEquals("\"s,1\",kmeans,4,5,1,0.9123,0.50000,10,20.500,3.200,33.700,0,0.1250,12", r.toCsvRow());
  }

  @Test
  void aModelTrainingIsChargedPerRoundOrPerTick() throws Exception {
    double[][] g = PoolingConfig.grid(4);
    PoolingConfig perRound = PoolingConfig.caseStudy("charge", g[0], g[1], 3, 4, 2).withTicks(20);
    ResourceUnitCosts tick = new ResourceUnitCosts(1, 0.5, 10, 0.1, 2, ResourceUnitCosts.TrainingCharge.TICK);
    PoolingConfig perTick = new PoolingConfig("charge", "kmeans", g[0], g[1], null, 3, 20, 10, 200, 0.01, 1, 0.5, 10, 5, 10,
        VapCapacity.unlimited(4), PoolingMethod.KMEANS, 4, true, true, null, tick, 100, 2);
    DigitTask task = DigitTask.loadDefault(100);
    PoolingRunResult r = new PoolingSimulation(perRound, task).run(ProgressMonitor.NONE);
    PoolingRunResult t = new PoolingSimulation(perTick, task).run(ProgressMonitor.NONE);
    // k = 4 on 4 APs: every AP trains its own arrivals in the tick they arrive (no capacity limit).
    Demand d = new Demand(perRound, task);
    int units = 0, ticksWithData = 0, roundsWithData = 0;
    for (int ap = 0; ap < 4; ap++) {
      for (int round = 0; round < 2; round++) {
        boolean any = false;
        for (int i = 10 * round; i < 10 * round + 10; i++) {
          units += d.units[i][ap];
          if (d.units[i][ap] > 0) { ticksWithData++; any = true; }
        }
        if (any) roundsWithData++;
      }
    }
    assertEquals(0.5 * units + 10 * roundsWithData, r.ruComputing(), 1e-9, "10 RU per model uploaded");
    assertEquals(0.5 * units + 10 * ticksWithData, t.ruComputing(), 1e-9, "10 RU per tick with data");
    assertTrue(ticksWithData > roundsWithData, "per tick charges more often");
    // Traffic: k = n moves no raw data; each of the 2 rounds uploads 4 models and downloads 4, of 784-200-10 4-byte weights.
    assertEquals(0, r.migratedMB(), 0.0);
    assertEquals(2 * 8 * (785 * 200 + 201 * 10) * 4 / 1e6, r.modelMB(), 1e-9);
    assertArrayEquals(new double[] { 0, 10, 20 }, r.roundSeconds());
  }

  @Test
  void trainingDurationIsTheTimeToTheTargetAccuracy() throws Exception {
    double[][] g = PoolingConfig.grid(4);
    PoolingConfig one = PoolingConfig.caseStudy("time", g[0], g[1], 3, 1, 2).withTicks(40);
    PoolingRunResult r = new PoolingSimulation(one, DigitTask.loadDefault(100)).run(ProgressMonitor.NONE);
    // Sub-pool of all four APs: three of them send their data units of 10 digits (784 bytes each) to the trainer.
    assertTrue(r.migratedMB() > 0 && r.migratedMB() * 1e6 % (10 * 784) < 1e-3, "whole data units: " + r.migratedMB());
    double reached = r.roundAccuracy()[2];
    assertEquals(20, r.secondsToAccuracy(reached), 0.0, "tested after every round of 10 s");
    assertEquals(0, r.secondsToAccuracy(0), 0.0);
    assertEquals(Double.POSITIVE_INFINITY, r.secondsToAccuracy(1.01));
  }

  @Test
  void aSaturatedTrainerTrainsAtCapacityAndDropsStaleData() throws Exception {
    double[][] g = PoolingConfig.grid(8);
    PoolingConfig free = PoolingConfig.caseStudy("cap", g[0], g[1], 4, 1, 3).withTicks(20);
    PoolingConfig capped = free.withCapacity(VapCapacity.training(8, 3));
    DigitTask task = DigitTask.loadDefault(100);
    PoolingRunResult f = new PoolingSimulation(free, task).run(ProgressMonitor.NONE);
    PoolingRunResult c = new PoolingSimulation(capped, task).run(ProgressMonitor.NONE);
    assertEquals(0, f.droppedShare(), "no limit, nothing dropped");
    // About 14 units per tick arrive for a trainer of 3; drops start once the first units have waited 10 ticks.
    assertTrue(c.droppedShare() > 0.2, "8 APs into one trainer of 3 units per tick: " + c.droppedShare());
    // At most 3 units trained per tick at 0.5 RU each, plus 10 RU for the one model trained per round (2 rounds).
    assertTrue(c.ruComputing() <= 20 * 0.5 * 3 + 2 * 10 + 1e-9, "computing " + c.ruComputing());
    assertEquals(f.ruCommunication(), c.ruCommunication(), "members migrate as data arrives: the dropped units were paid for");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> free.withCapacity(VapCapacity.training(8, Double.NaN)).validate());
    assertEquals("training capacity of AP 1 must be > 0 data units per tick, is NaN", e.getMessage());
  }
}
