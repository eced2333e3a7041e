package org.slicewright.sim.offloading;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slicewright.data.traces.DemandTraces;
import org.slicewright.data.traces.SyntheticTraceGenerator;
import org.slicewright.sim.ProgressMonitor;
import org.slicewright.sim.nn.EarlyStoppingTrainer;

/**
 * The distributed-LSTM study's expected behaviour on a short configuration (8 cells, one week,
 * N = 48, the small DDNN): joint training with w_L = 0.9 gives a better local exit than w_L = 0.1
 * (same initial weights and sample order), the oracle bounds every policy from below, the ML block
 * is no worse than the confidence heuristic and random, the centralised baselines are trained to their
 * validation minimum, and latency falls as the local share rises.
 */
class OffloadingStudyTest {
  static OffloadingStudy.Result r;
  static OffloadingConfig config;

  @BeforeAll
  static void run() {
    DemandTraces tr = new SyntheticTraceGenerator(2, 144).generate(8, 144 * 7);
    config = OffloadingConfig.defaults("test", tr, 2).withHistory(48).withWeightSweep(List.of(0.1))
        .withTraining(new EarlyStoppingTrainer.Settings(30, 4, 16, 0.002, true));
    r = new OffloadingStudy(config).run(ProgressMonitor.NONE);
  }

  @Test
  void heavierLocalWeightGivesABetterLocalExit() {
    assertTrue(r.weight(0.9).allLocalCost() < r.weight(0.1).allLocalCost(), "w_L 0.9: " + r.weight(0.9).allLocalCost() + " vs w_L 0.1: " + r.weight(0.1).allLocalCost());
  }

  @Test
  void oracleIsTheLowerBound() {
    for (double w : new double[] { 0.9, 0.1 }) {
      for (double s = 0.05; s <= 0.96; s += 0.05) {
        double oracle = r.costAt(OffloadingStudy.ORACLE, w, s);
        for (String p : OffloadingStudy.REALISABLE) {
          assertTrue(oracle <= r.costAt(p, w, s) + 1e-9, "w_L " + w + ", share " + s + ": oracle " + oracle + " > " + p + " " + r.costAt(p, w, s));
        }
      }
    }
  }

  @Test
  void mlIsNoWorseThanConfidenceOrRandom() {
    // Random's expected cost at share s is the mix of all-remote and all-local; one Bernoulli draw
    // scatters around it by about 1 % of the cost, hence the tolerance; confidence is held to the same.
    double noise = 0.015 * r.allRemoteCost();
    for (double s = 0.05; s <= 0.96; s += 0.05) {
      double ml = r.costAt(OffloadingStudy.ML, s), random = (1 - s) * r.allRemoteCost() + s * r.allLocalCost();
      assertTrue(ml <= random + noise, "share " + s + ": ml " + ml + " > random " + random);
      assertTrue(ml <= r.costAt(OffloadingStudy.CONFIDENCE, s) + noise, "share " + s + ": ml " + ml + " > confidence " + r.costAt(OffloadingStudy.CONFIDENCE, s));
    }
  }

  /** The baselines are trained to their validation minimum; every DDNN gets the same budget and learns within it. */
  @Test
  void baselinesAreTrainedToTheirValidationMinimum() {
    for (OffloadingStudy.WeightOutcome w : r.weights()) {
      assertTrue(w.training().bestValidationLoss() < w.training().validationLoss()[0], "DDNN w_L " + w.localWeight() + " learned nothing after its first epoch");
    }
    assertEquals(List.of(OffloadingStudy.CENTRALISED_LSTM, OffloadingStudy.DEEPCOG), r.baselines().stream().map(OffloadingStudy.BaselineOutcome::policy).toList());
    for (OffloadingStudy.BaselineOutcome b : r.baselines()) {
      assertTrue(b.training().converged(30), b.policy() + " hit the epoch cap still improving");
      assertTrue(b.training().bestValidationLoss() < b.training().validationLoss()[0], b.policy() + " learned nothing after its first epoch");
      assertTrue(b.testCost() > 0 && Double.isFinite(b.testCost()));
    }
  }

  @Test
  void latencyFallsAsTheLocalShareRises() {
    double prev = Double.POSITIVE_INFINITY;
    for (int s = 0; s <= 10; s++) {
      double l = r.latencyAt(OffloadingStudy.ML, s / 10.0);
      assertTrue(l < prev, "latency at " + s * 10 + "% local: " + l);
      prev = l;
    }
    OffloadingStudy.BaselineOutcome lstm = r.baseline(OffloadingStudy.CENTRALISED_LSTM);
    assertTrue(r.latencyAt(OffloadingStudy.ML, 0.5) < lstm.latencyMs(), "half local beats the centralised round trip");
    assertEquals(42.46, lstm.latencyMs(), 5, "dominated by the RTT");
  }

  @Test
  void freeShareIsWhereTheCostStaysWithinOnePercent() {
    for (String p : OffloadingStudy.POLICIES) {
      double free = r.main().freeLocalShare().get(p);
      assertTrue(free >= 0 && free <= 1, p + ": " + free);
      for (OffloadingStudy.CurvePoint c : r.curve(p, 0.9)) {
        if (c.localShare() <= free) assertTrue(c.totalCost() <= r.allRemoteCost() * 1.01 + 1e-9, p + " at " + c.localShare() + " costs " + c.totalCost());
      }
    }
  }

  @Test
  void pointsCoverTheWholeRangeAndEndsAgree() {
    for (String p : OffloadingStudy.POLICIES) {
      List<OffloadingStudy.CurvePoint> c = r.curve(p, 0.9);
      assertEquals(0, c.get(0).localShare(), 0.05, p);
      assertEquals(1, c.get(c.size() - 1).localShare(), 0.05, p);
    }
    assertEquals(r.allRemoteCost(), r.costAt(OffloadingStudy.ORACLE, 0), 1e-6);
    assertEquals(r.allLocalCost(), r.costAt(OffloadingStudy.RANDOM, 1), 1e-6);
  }

  @Test
  void sameSeedSameCurves() {
    OffloadingStudy.Result again = new OffloadingStudy(config).run(ProgressMonitor.NONE);
    // Latencies are measured compute times; everything the seed decides must repeat exactly.
    assertEquals(r.points().stream().map(p -> List.of(p.policy(), p.localWeight(), p.parameter(), p.localShare(), p.totalCost())).toList(),
        again.points().stream().map(p -> List.of(p.policy(), p.localWeight(), p.parameter(), p.localShare(), p.totalCost())).toList());
    assertEquals(r.baseline(OffloadingStudy.DEEPCOG).testCost(), again.baseline(OffloadingStudy.DEEPCOG).testCost());
  }

  @Test
  void impossibleConfigsAreNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> config.withHistory(2000).validate());
    assertTrue(e.getMessage().contains("give only 0 windows of N = 2000"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> config.withLocalWeight(1.5).validate());
    assertEquals("local weight w_L must be in [0, 1], is 1.5", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> config.withWeightSweep(List.of(0.5, Double.NaN)).validate());
    assertEquals("local weight w_L must be in [0, 1], is NaN", e.getMessage());
  }
}
