package org.slicewright.sim.offloading;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.slicewright.sim.nn.Adam;
import org.slicewright.sim.nn.ParameterBlock;

class DeepCogTest {
  private static final AsymmetricCost COST = new AsymmetricCost(50, 1);

  private static double[][] randomWindow(SplittableRandom rng, int n, int k) {
    double[][] w = new double[n][k];
    for (double[] r : w) for (int j = 0; j < k; j++) r[j] = rng.nextDouble();
    return w;
  }

  /** Every parameter's accumulated gradient against central finite differences of the sample cost. */
  private static void checkGradient(int k, int n, DeepCog.Shape shape, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    DeepCog m = new DeepCog(k, n, shape, rng);
    double[][] w = randomWindow(rng, n, k);
    double[] target = new double[k];
    for (int j = 0; j < k; j++) target[j] = rng.nextDouble();
    m.accumulate(w, target, COST);
    double eps = 1e-6;
    int checked = 0;
    for (ParameterBlock b : m.parameters()) {
      double[] analytic = b.gradient.clone();
      for (int i = 0; i < b.values.length; i++) {
        double keep = b.values[i];
        b.values[i] = keep + eps;
        double up = COST.cost(m.predict(w), target);
        b.values[i] = keep - eps;
        double down = COST.cost(m.predict(w), target);
        b.values[i] = keep;
        double numeric = (up - down) / (2 * eps);
        assertEquals(numeric, analytic[i], 2e-5 + 1e-4 * Math.abs(numeric), "parameter " + i + " of a block of " + b.values.length);
        if (analytic[i] != 0) checked++;
      }
    }
    assertTrue(checked > 50, "only " + checked + " non-zero gradients checked");
  }

  @Test
  void gradientMatchesFiniteDifferences() {
    // K = 5 on a 2 x 3 grid with an empty cell; N = 12 in 4 patches of 3, second convolution 3 x 3 x 3.
    checkGradient(5, 12, new DeepCog.Shape(3, new int[] { 4, 2 }, 3, new int[] { 6, 4 }), 21);
    // K = 4 on 2 x 2; N = 12 in 2 patches of 6, the second convolution's time kernel clipped to 2.
    checkGradient(4, 12, new DeepCog.Shape(6, new int[] { 2, 3 }, 3, new int[] { 5 }), 22);
  }

  @Test
  void cellsOnTheMostSquareGrid() {
    int[][] expect = { { 16, 4, 4 }, { 5, 2, 3 }, { 1, 1, 1 }, { 2, 1, 2 }, { 3, 2, 2 }, { 6, 2, 3 }, { 10, 3, 4 } };
    for (int[] e : expect) {
      DeepCog m = new DeepCog(e[0], 12, DeepCog.Shape.DEFAULT, new SplittableRandom(1));
      assertEquals(e[1], m.rows(), "rows for K = " + e[0]);
      assertEquals(e[2], m.cols(), "cols for K = " + e[0]);
      assertEquals(e[0], m.predict(randomWindow(new SplittableRandom(2), 12, e[0])).length);
    }
  }

  @Test
  void copesWithShortWindowsAndTinyGrids() {
    DeepCog day = new DeepCog(16, 144, DeepCog.Shape.DEFAULT, new SplittableRandom(1));
    assertEquals(24, day.frames());
    assertEquals("DeepCog 3D-CNN: grid 4x4, 24 frames of 6 samples; conv 1->8 6x3x3 stride 6 ReLU; conv 8->8 3x3x3 ReLU; dense 2816->64->32 ReLU, linear 16",
        day.toString());
    assertEquals(8, new DeepCog(16, 48, DeepCog.Shape.DEFAULT, new SplittableRandom(1)).frames());
    assertEquals(2, new DeepCog(3, 17, DeepCog.Shape.DEFAULT, new SplittableRandom(1)).frames()); // oldest 5 samples dropped
    for (int n : new int[] { 1, 2, 7 }) {
      DeepCog m = new DeepCog(1, n, DeepCog.Shape.DEFAULT, new SplittableRandom(3));
      double[][] w = randomWindow(new SplittableRandom(4), n, 1);
      double c = m.accumulate(w, new double[] { 0.5 }, COST);
      assertTrue(Double.isFinite(c) && Double.isFinite(m.predict(w)[0]), "N = " + n);
    }
    assertTrue(DeepCog.Shape.DEFAULT.toString().contains("conv [8, 8]"), DeepCog.Shape.DEFAULT.toString());
    assertThrows(IllegalArgumentException.class, () -> new DeepCog.Shape(6, new int[] { 8 }, 2, new int[] {}));
    assertThrows(IllegalArgumentException.class, () -> new DeepCog.Shape(6, new int[] {}, 3, new int[] {}));
    assertThrows(IllegalArgumentException.class, () -> day.predict(new double[143][16]));
  }

  @Test
  void sameSeedSamePredictions() {
    double[][] w = randomWindow(new SplittableRandom(5), 48, 16);
    double[] a = new DeepCog(16, 48, DeepCog.Shape.DEFAULT, new SplittableRandom(7)).predict(w);
    double[] b = new DeepCog(16, 48, DeepCog.Shape.DEFAULT, new SplittableRandom(7)).predict(w);
    double[] c = new DeepCog(16, 48, DeepCog.Shape.DEFAULT, new SplittableRandom(8)).predict(w);
    assertArrayEquals(a, b, 0);
    assertFalse(Arrays.equals(a, c));
  }

  /** Daily profiles with a per-cell phase and scale, plus a little noise, on a 48-sample day. */
  private static double[][] periodicSeries(int length, int k, SplittableRandom rng) {
    double[][] s = new double[length][k];
    for (int t = 0; t < length; t++) {
      for (int j = 0; j < k; j++) {
        double v = 0.45 + (0.2 + 0.05 * j) * Math.sin(2 * Math.PI * (t + 5 * j) / 48) + 0.02 * (rng.nextDouble() - 0.5);
        s[t][j] = v;
      }
    }
    return s;
  }

  private static double[][] window(double[][] s, int start, int n) {
    double[][] w = new double[n][];
    for (int t = 0; t < n; t++) w[t] = s[start + t];
    return w;
  }

  private static double meanCost(DeepCog m, double[][] s, int n, int from, int to) {
    double c = 0;
    for (int i = from; i < to; i++) c += COST.cost(m.predict(window(s, i, n)), s[i + n]);
    return c / (to - from);
  }

  /**
   * 200 Adam steps of 4 windows on daily profiles. An untrained network's outputs sit near zero, far
   * under the demand, so beating it is easy (measured about 46 -> 0.037 per sample); the second bar is
   * persistence, allocating the last sample (0.120): the network must learn the daily trend to beat it
   * by half (measured 0.31 of it here, 0.25 to 0.56 over other initial seeds).
   */
  @Test
  void trainingReducesTheAsymmetricCost() {
    int k = 4, n = 48, batch = 4;
    double[][] s = periodicSeries(400, k, new SplittableRandom(31));
    DeepCog m = new DeepCog(k, n, DeepCog.Shape.DEFAULT, new SplittableRandom(32));
    int train = 250, end = s.length - n - 1;
    double before = meanCost(m, s, n, train, end);
    Adam opt = new Adam(m.parameters(), 3e-3, true);
    SplittableRandom pick = new SplittableRandom(33);
    for (int step = 0; step < 200; step++) {
      for (int b = 0; b < batch; b++) {
        int i = pick.nextInt(train);
        m.accumulate(window(s, i, n), s[i + n], COST);
      }
      opt.step(batch);
    }
    double after = meanCost(m, s, n, train, end);
    double persistence = 0;
    for (int i = train; i < end; i++) persistence += COST.cost(s[i + n - 1], s[i + n]);
    persistence /= end - train;
    assertTrue(after < 0.02 * before, "held-out cost per sample " + before + " -> " + after);
    assertTrue(after < 0.5 * persistence, "held-out cost per sample " + after + ", persistence " + persistence);
  }
}
