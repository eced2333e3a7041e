package org.slicewright.learn.reproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.slicewright.sim.pooling.PoolingRunResult;

/** The verdicts of the pooling findings on made-up runs whose answer is known. */
class PoolingFindingsTest {
  private static PoolingRunResult run(int k, double lambda, long seed, double accuracy, double rate, double comm, double comp, double total) {
    return new PoolingRunResult("t", "kmeans", k, lambda, seed, accuracy, rate, comm, comp, 0, total, 0, 0, 0, new double[0], new double[0], 0, 0, new double[0]);
  }

  /** Fig. 5 runs at lambda max 1: accuracy and rate fall from k = 1 to 32 by the given amounts. */
  private static List<PoolingRunResult> fig5(double accDrop, double rateDrop) {
    List<PoolingRunResult> runs = new ArrayList<>();
    int[] ks = { 1, 2, 4, 8, 16, 32 };
    for (long seed = 1; seed <= 3; seed++) {
      for (int i = 0; i < ks.length; i++) {
        double share = i / 5.0, wobble = 0.002 * (seed - 2);
        runs.add(run(ks[i], 1, seed, 0.95 - accDrop * share + wobble, 0.9 - rateDrop * share, 3000 * (1 - share), 2000 + 6000 * share, 6000));
      }
    }
    return runs;
  }

  private static Finding named(List<Finding> findings, String start) {
    return findings.stream().filter(f -> f.finding().startsWith(start)).findFirst().orElseThrow();
  }

  @Test
  void sizesWithinAFactorOfTwoAreReproducedAndOthersAreNot() {
    List<Finding> ok = PoolingFindings.compare(fig5(0.05, 0.2), List.of(), 32, 10);
    assertEquals(Verdict.REPRODUCED, named(ok, "accuracy drop").verdict());
    assertEquals(Verdict.REPRODUCED, named(ok, "convergence-rate drop").verdict());
    assertEquals(Verdict.REPRODUCED, named(ok, "fewer sub-pools need more communication").verdict());
    assertEquals(Verdict.REPRODUCED, named(ok, "fewer sub-pools need less computing").verdict());
    assertEquals(Verdict.NOT_APPLICABLE, named(ok, "policies trade").verdict(), "no top-load runs");
    List<Finding> far = PoolingFindings.compare(fig5(0.19, 0.9), List.of(), 32, 10);
    assertEquals(Verdict.OUTSIDE_TOLERANCE, named(far, "accuracy drop").verdict(), named(far, "accuracy drop").toolValue());
    assertEquals(Verdict.OUTSIDE_TOLERANCE, named(far, "convergence-rate drop").verdict());
    assertTrue(named(ok, "accuracy drop").toolValue().startsWith("5.0 ± "), named(ok, "accuracy drop").toolValue());
  }

  @Test
  void aTradeOffMustBeatTheSeedSpread() {
    List<PoolingRunResult> low = fig5(0.05, 0.2);
    List<PoolingRunResult> clear = List.of(run(1, 10, 1, 0.95, 0.9, 30000, 3000, 35000), run(32, 10, 1, 0.93, 0.9, 0, 20000, 25000));
    assertEquals(Verdict.REPRODUCED, named(PoolingFindings.compare(low, clear, 32, 10), "policies trade").verdict());
    List<PoolingRunResult> noise = List.of(run(1, 10, 1, 0.951, 0.9, 30000, 3000, 35000), run(32, 10, 1, 0.950, 0.9, 0, 20000, 25000));
    assertEquals(Verdict.OUTSIDE_TOLERANCE, named(PoolingFindings.compare(low, noise, 32, 10), "policies trade").verdict(),
        "a 0.1-point gap is within the 0.2-point seed spread");
    List<PoolingRunResult> dominant = List.of(run(1, 10, 1, 0.96, 0.9, 3000, 3000, 7000), run(32, 10, 1, 0.93, 0.9, 0, 20000, 25000));
    assertEquals(Verdict.OUTSIDE_TOLERANCE, named(PoolingFindings.compare(low, dominant, 32, 10), "policies trade").verdict(), "k = 1 dominates");
  }
}
