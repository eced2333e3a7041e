package org.slicewright.sim.nn;

import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class DenseNetworkTest {

  private static float[] inputs(SplittableRandom rng, int n, int in) {
    float[] x = new float[n * in];
    for (int i = 0; i < x.length; i++) x[i] = rng.nextDouble() < 0.3 ? 0f : (float) rng.nextDouble();
    return x;
  }

  private static double meanLoss(DenseNetwork net, float[] x, int[] y) {
    float[] p = new float[net.outputs()];
    double s = 0;
    for (int b = 0; b < y.length; b++) s += net.forward(x, b * net.inputs(), y[b], p);
    return s / y.length;
  }

  @Test
  void gradientMatchesFiniteDifferences() {
    SplittableRandom rng = new SplittableRandom(7);
    DenseNetwork net = new DenseNetwork(6, 5, 3);
    net.initialise(rng);
    float[] x = inputs(rng, 4, 6);
    int[] y = { 0, 2, 1, 2 };
    float[] analytic = net.gradient(x, y, 0, 4);
    float[] p = net.parameters();
    double eps = 1e-2;
    int checked = 0;
    for (int i = 0; i < p.length; i++) {
      float keep = p[i];
      p[i] = (float) (keep + eps);
      net.setParameters(p);
      double up = meanLoss(net, x, y);
      p[i] = (float) (keep - eps);
      net.setParameters(p);
      double down = meanLoss(net, x, y);
      p[i] = keep;
      net.setParameters(p);
      double numeric = (up - down) / (2 * eps);
      // ReLU kinks make the central difference wrong only for units sitting at 0; skip those few.
      if (Math.abs(numeric - analytic[i]) > 2e-3 + 2e-2 * Math.abs(numeric)) {
        fail("parameter " + i + ": analytic " + analytic[i] + " vs numeric " + numeric);
      }
      checked++;
    }
    assertEquals(6 * 5 + 5 + 5 * 3 + 3, checked);
  }

  @Test
  void fusedSampleStepEqualsBatchOfOne() {
    SplittableRandom rng = new SplittableRandom(3);
    DenseNetwork a = new DenseNetwork(20, 8, 4);
    a.initialise(rng);
    DenseNetwork b = new DenseNetwork(20, 8, 4);
    b.setParameters(a.parameters());
    float[] x = inputs(rng, 5, 20);
    int[] y = { 1, 3, 0, 2, 1 };
    float[] probs = new float[4];
    for (int i = 0; i < 5; i++) {
      a.trainSample(x, i * 20, y[i], 0.05f, probs);
      b.trainBatch(x, y, i, i + 1, 0.05f);
    }
    assertArrayEquals(b.parameters(), a.parameters(), 1e-6f);
  }

  @Test
  void sparseSampleStepEqualsTheDenseStep() {
    SplittableRandom rng = new SplittableRandom(4);
    DenseNetwork a = new DenseNetwork(20, 8, 4);
    a.initialise(rng);
    DenseNetwork b = new DenseNetwork(20, 8, 4);
    b.setParameters(a.parameters());
    float[] x = inputs(rng, 5, 20);
    for (int i = 0; i < x.length; i++) if (i % 3 != 0) x[i] = 0f; // mostly zero, like digits
    SparseInputs sparse = SparseInputs.of(5, 20, (row, out, off) -> System.arraycopy(x, row * 20, out, off, 20));
    int nonZero = 0;
    for (float v : x) if (v != 0f) nonZero++;
    assertEquals(nonZero / 5.0, sparse.meanNonZero(), 1e-9, "only the non-zero entries are kept");
    int[] y = { 1, 3, 0, 2, 1 };
    float[] probs = new float[4], probsSparse = new float[4];
    for (int i = 0; i < 5; i++) {
      double dense = a.trainSample(x, i * 20, y[i], 0.05f, probs);
      double fromSparse = b.trainSample(sparse, i, y[i], 0.05f, probsSparse);
      assertEquals(dense, fromSparse, 1e-6);
    }
    assertArrayEquals(a.parameters(), b.parameters(), 1e-6f);
    DenseNetwork.Evaluation e = a.evaluate(x, y), es = a.evaluate(sparse, new int[] { 0, 1, 2, 3, 4 }, y);
    assertEquals(e.loss(), es.loss(), 1e-6);
    assertEquals(e.accuracy(), es.accuracy());
  }

  @Test
  void trainingLowersTheLoss() {
    SplittableRandom rng = new SplittableRandom(11);
    DenseNetwork net = new DenseNetwork(10, 16, 2);
    net.initialise(rng);
    // Two separable classes: the label is whether the first input exceeds the second.
    int n = 200;
    float[] x = inputs(rng, n, 10);
    int[] y = new int[n];
    for (int i = 0; i < n; i++) y[i] = x[i * 10] > x[i * 10 + 1] ? 1 : 0;
    double before = net.evaluate(x, y).loss();
    float[] probs = new float[2];
    for (int epoch = 0; epoch < 30; epoch++) for (int i = 0; i < n; i++) net.trainSample(x, i * 10, y[i], 0.1f, probs);
    DenseNetwork.Evaluation after = net.evaluate(x, y);
    assertTrue(after.loss() < before * 0.5, "loss " + before + " -> " + after.loss());
    assertTrue(after.accuracy() > 0.9, "accuracy " + after.accuracy());
  }

  @Test
  void fedAvgWeightsBySampleCount() {
    float[] g = new float[2];
    assertTrue(FedAvg.average(g, new float[][] { { 1, 2 }, { 4, 8 } }, new double[] { 3, 1 }));
    assertArrayEquals(new float[] { 1.75f, 3.5f }, g, 1e-6f);
    float[] unchanged = { 5, 5 };
    assertFalse(FedAvg.average(unchanged, new float[][] { { 1, 1 } }, new double[] { 0 }));
    assertArrayEquals(new float[] { 5, 5 }, unchanged);
  }

  @Test
  void fedAvgOfNetworksAveragesEveryParameter() {
    SplittableRandom rng = new SplittableRandom(5);
    DenseNetwork a = new DenseNetwork(4, 3, 2), b = new DenseNetwork(4, 3, 2), global = new DenseNetwork(4, 3, 2);
    a.initialise(rng);
    b.initialise(rng);
    assertTrue(FedAvg.average(global, new DenseNetwork[] { a, b }, new double[] { 1, 3 }));
    float[] pa = a.parameters(), pb = b.parameters(), pg = global.parameters();
    for (int i = 0; i < pg.length; i++) assertEquals(0.25f * pa[i] + 0.75f * pb[i], pg[i], 1e-6f, "parameter " + i);
    DenseNetwork copy = new DenseNetwork(4, 3, 2);
    copy.copyFrom(global);
    assertArrayEquals(pg, copy.parameters());
  }
}
