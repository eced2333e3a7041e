package org.slicewright.sim.offloading;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slicewright.data.traces.DemandTraces;
import org.slicewright.data.traces.SyntheticTraceGenerator;
import org.slicewright.sim.ProgressMonitor;

/**
 * The expected behaviour of seed 002 on a short configuration (8 cells, one week, N = 48, SGD):
 * oracle <= ML <= random at matched local share (within 1 % of the cost), joint training with
 * w_L = 0.9 gives a better local exit than w_L = 0.1, latency falls as the local share rises.
 */
class OffloadingStudyTest {
  static OffloadingStudy.Result high;
  static OffloadingStudy.Result low;
  static OffloadingConfig config;

  @BeforeAll
  static void run() {
    DemandTraces tr = new SyntheticTraceGenerator(2, 144).generate(8, 144 * 7);
    config = OffloadingConfig.defaults("test", tr, 2).withHistory(48).withEpochs(6);
    high = new OffloadingStudy(config.withLocalWeight(0.9)).run(ProgressMonitor.NONE);
    low = new OffloadingStudy(config.withLocalWeight(0.1)).run(ProgressMonitor.NONE);
  }

  @Test
  void oracleIsTheLowerBound() {
    for (OffloadingStudy.Result r : new OffloadingStudy.Result[] { high, low }) {
      for (double s = 0.1; s <= 0.91; s += 0.1) {
        double oracle = r.costAt("oracle", s);
        for (String p : new String[] { "ml", "confidence", "random" }) {
          assertTrue(oracle <= r.costAt(p, s) + 1e-9, "share " + s + ": oracle " + oracle + " > " + p + " " + r.costAt(p, s));
        }
        assertTrue(oracle < r.costAt("random", s), "share " + s + ": the oracle must beat random");
      }
    }
  }

  @Test
  void mlBetweenOracleAndRandom() {
    // Random's expected cost at share s is the mix of all-remote and all-local; one Bernoulli draw
    // scatters around it by about 1 %, hence the tolerance.
    double noise = 0.015 * high.allRemoteCost();
    double better = 0;
    for (double s = 0.1; s <= 0.91; s += 0.1) {
      double ml = high.costAt("ml", s), random = (1 - s) * high.allRemoteCost() + s * high.allLocalCost();
      assertTrue(ml <= random + noise, "share " + s + ": ml " + ml + " > random " + random);
      better += random - ml;
    }
    assertTrue(better > 0, "over the whole curve ML must beat random: " + better);
  }

  @Test
  void heavierLocalWeightGivesABetterLocalExit() {
    assertTrue(high.allLocalCost() < low.allLocalCost(), "w_L 0.9: " + high.allLocalCost() + " vs w_L 0.1: " + low.allLocalCost());
  }

  @Test
  void latencyFallsAsTheLocalShareRises() {
    double prev = Double.POSITIVE_INFINITY;
    for (int s = 0; s <= 10; s++) {
      double l = high.latencyAt("ml", s / 10.0);
      assertTrue(l < prev, "latency at " + s * 10 + "% local: " + l);
      prev = l;
    }
    assertTrue(high.latencyAt("ml", 0.5) < high.centralisedLatencyMs(), "half local beats the centralised round trip");
    assertEquals(42.46, high.centralisedLatencyMs(), 5, "dominated by the RTT");
  }

  @Test
  void pointsCoverTheWholeRangeAndEndsAgree() {
    for (String p : new String[] { "oracle", "ml", "confidence", "random" }) {
      double min = high.points().stream().filter(x -> x.policy().equals(p)).mapToDouble(OffloadingStudy.CurvePoint::localShare).min().orElseThrow();
      double max = high.points().stream().filter(x -> x.policy().equals(p)).mapToDouble(OffloadingStudy.CurvePoint::localShare).max().orElseThrow();
      assertEquals(0, min, 0.05, p);
      assertEquals(1, max, 0.05, p);
    }
    assertEquals(high.allRemoteCost(), high.costAt("oracle", 0), 1e-6);
    assertEquals(high.allLocalCost(), high.costAt("random", 1), 1e-6);
    assertTrue(high.freeLocalShare() > 0 && high.freeLocalShare() <= 1);
  }

  @Test
  void sameSeedSameCurves() {
    OffloadingStudy.Result again = new OffloadingStudy(config.withLocalWeight(0.9)).run(ProgressMonitor.NONE);
    assertEquals(high.allRemoteCost(), again.allRemoteCost());
    assertEquals(high.costAt("ml", 0.5), again.costAt("ml", 0.5));
    assertEquals(high.costAt("confidence", 0.5), again.costAt("confidence", 0.5));
  }

  @Test
  void impossibleConfigsAreNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> config.withHistory(2000).validate());
    assertTrue(e.getMessage().contains("give only 0 windows of N = 2000"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> config.withLocalWeight(1.5).validate());
    assertEquals("local weight w_L must be in [0, 1], is 1.5", e.getMessage());
  }
}
