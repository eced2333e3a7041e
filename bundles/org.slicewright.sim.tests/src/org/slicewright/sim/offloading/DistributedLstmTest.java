package org.slicewright.sim.offloading;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.slicewright.sim.nn.ParameterBlock;

class DistributedLstmTest {
  @Test
  void jointLossGradientMatchesFiniteDifferences() {
    jointLossGradient(false);
    jointLossGradient(true);
  }

  @Test
  void batchedPassesEqualTheSingleWindowOnes() {
    SplittableRandom rng = new SplittableRandom(5);
    int k = 4, n = 7;
    DdnnArchitecture a = new DdnnArchitecture(1, new int[] { 6, 5 }, new int[] { 5 });
    DistributedLstm single = new DistributedLstm(k, a, false, new SplittableRandom(8));
    DistributedLstm batched = new DistributedLstm(k, a, false, new SplittableRandom(8));
    List<double[][]> windows = new ArrayList<>();
    List<double[]> targets = new ArrayList<>();
    for (int b = 0; b < 3; b++) {
      double[][] w = new double[n][k];
      for (double[] r : w) for (int j = 0; j < k; j++) r[j] = rng.nextDouble();
      windows.add(w);
      targets.add(new double[] { rng.nextDouble(), rng.nextDouble(), rng.nextDouble(), rng.nextDouble() });
    }
    AsymmetricCost cost = AsymmetricCost.STUDY;
    double sum = 0;
    for (int b = 0; b < 3; b++) sum += single.accumulate(windows.get(b), targets.get(b), 0.8, cost);
    assertEquals(sum, batched.accumulate(windows, targets, 0.8, cost), 1e-9);
    for (int i = 0; i < single.parameters().size(); i++) {
      double[] g1 = single.parameters().get(i).gradient, g2 = batched.parameters().get(i).gradient;
      for (int p = 0; p < g1.length; p++) assertEquals(g1[p], g2[p], 1e-9 * (1 + Math.abs(g1[p])), "block " + i + ", parameter " + p);
    }
    DistributedLstm.Pass[] passes = batched.forward(windows, true);
    for (int b = 0; b < 3; b++) {
      DistributedLstm.Pass one = batched.forward(windows.get(b), true);
      assertArrayEquals(one.localOut, passes[b].localOut, 1e-12);
      assertArrayEquals(one.remoteOut, passes[b].remoteOut, 1e-12);
    }
  }

  @Test
  void residualBaselineTrainsTheShiftedAllocation() {
    SplittableRandom rng = new SplittableRandom(4);
    int k = 3, n = 5;
    CentralisedModel m = new ResidualTarget(new CentralisedLstm(k, new DdnnArchitecture(1, new int[] { 3 }, new int[] { 4 }), rng));
    double[][] w = new double[n][k];
    for (double[] r : w) for (int j = 0; j < k; j++) r[j] = rng.nextDouble();
    double[] target = { 0.3, 0.6, 0.1 };
    AsymmetricCost cost = AsymmetricCost.STUDY;
    double loss = m.accumulate(w, target, cost);
    assertEquals(cost.cost(m.predict(w), target), loss, 1e-12, "the loss is the cost of the shifted allocation");
    double eps = 1e-6;
    for (ParameterBlock b : m.parameters()) {
      for (int i = 0; i < b.values.length; i++) {
        double keep = b.values[i];
        b.values[i] = keep + eps;
        double up = m.loss(w, target, cost);
        b.values[i] = keep - eps;
        double down = m.loss(w, target, cost);
        b.values[i] = keep;
        assertEquals((up - down) / (2 * eps), b.gradient[i], 2e-5 + 1e-4 * Math.abs((up - down) / (2 * eps)), "parameter " + i);
      }
    }
  }

  private static void jointLossGradient(boolean residual) {
    SplittableRandom rng = new SplittableRandom(9);
    int k = 3, n = 6;
    DistributedLstm m = new DistributedLstm(k, new DdnnArchitecture(1, new int[] { 4, 3 }, new int[] { 5 }), residual, rng);
    double[][] w = new double[n][k];
    for (double[] r : w) for (int j = 0; j < k; j++) r[j] = rng.nextDouble();
    double[] target = { 0.2, 0.9, 0.5 };
    AsymmetricCost cost = new AsymmetricCost(50, 1);
    double wl = 0.7;
    m.accumulate(w, target, wl, cost);
    double eps = 1e-6;
    for (ParameterBlock b : m.parameters()) {
      double[] analytic = b.gradient.clone();
      for (int i = 0; i < b.values.length; i++) {
        double keep = b.values[i];
        b.values[i] = keep + eps;
        double up = loss(m, w, target, wl, cost);
        b.values[i] = keep - eps;
        double down = loss(m, w, target, wl, cost);
        b.values[i] = keep;
        double numeric = (up - down) / (2 * eps);
        assertEquals(numeric, analytic[i], 2e-5 + 1e-4 * Math.abs(numeric), "parameter " + i + (residual ? " (residual)" : ""));
      }
    }
  }

  static double loss(DistributedLstm m, double[][] w, double[] target, double wl, AsymmetricCost cost) {
    DistributedLstm.Pass p = m.forward(w, true);
    return wl * cost.cost(p.localOut, target) + (1 - wl) * cost.cost(p.remoteOut, target);
  }

  @Test
  void asymmetricCostIsEquationThree() {
    AsymmetricCost c = AsymmetricCost.STUDY;
    assertEquals(50 * 0.01, c.cost(0.4, 0.5), 1e-12);
    assertEquals(0.1, c.cost(0.6, 0.5), 1e-12);
    assertEquals(-10, c.derivative(0.4, 0.5), 1e-12);
    assertEquals(1, c.derivative(0.6, 0.5), 1e-12);
    assertEquals(0.6, c.cost(new double[] { 0.4, 0.6 }, new double[] { 0.5, 0.5 }), 1e-12);
    assertThrows(IllegalArgumentException.class, () -> new AsymmetricCost(0, 1));
    assertEquals(List.of(256, 128), List.of(DdnnArchitecture.PAPER.remoteLstm()[0], DdnnArchitecture.PAPER.remoteLstm()[1]));
    assertEquals(List.of(128, 64, 32), List.of(DdnnArchitecture.PAPER.remoteDense()[0], DdnnArchitecture.PAPER.remoteDense()[1], DdnnArchitecture.PAPER.remoteDense()[2]));
  }
}
