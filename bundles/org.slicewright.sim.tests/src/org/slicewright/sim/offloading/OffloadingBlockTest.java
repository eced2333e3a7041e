package org.slicewright.sim.offloading;

import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The ML offloading blocks on a decision the oracle's labels can take: "resolve locally" when two
 * features agree in sign (an XOR pattern, which a three-layer network learns and a logistic
 * regression cannot), and the single-class case.
 */
class OffloadingBlockTest {
  private static double accuracy(OffloadingBlock block) {
    SplittableRandom rng = new SplittableRandom(3);
    int n = 600;
    double[][] x = new double[n][3];
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      x[i][0] = rng.nextDouble() * 2 - 1;
      x[i][1] = rng.nextDouble() * 2 - 1;
      x[i][2] = rng.nextDouble();
      y[i] = x[i][0] * x[i][1] > 0 ? 1 : 0;
    }
    OffloadingClassifier c = block.fit(new FeatureStandardiser(x), x, y, new SplittableRandom(9));
    int right = 0;
    for (int i = 0; i < 400; i++) {
      double[] f = { rng.nextDouble() * 2 - 1, rng.nextDouble() * 2 - 1, rng.nextDouble() };
      if (c.local(f) == (f[0] * f[1] > 0)) right++;
    }
    return right / 400.0;
  }

  @Test
  void theNetworkLearnsWhatTheLogisticRegressionCannot() {
    double network = accuracy(OffloadingBlock.NETWORK), logistic = accuracy(OffloadingBlock.LOGISTIC);
    assertTrue(network > 0.9, "three-layer network: " + network);
    assertTrue(logistic < 0.7, "logistic regression: " + logistic);
  }

  @Test
  void oneClassOfLabelsGivesThatAnswer() {
    double[][] x = { { 0.1 }, { 0.5 }, { 0.9 } };
    assertTrue(OffloadingBlock.NETWORK.fit(new FeatureStandardiser(x), x, new int[] { 1, 1, 1 }, new SplittableRandom(1)).local(new double[] { 0.3 }));
    assertFalse(OffloadingBlock.LOGISTIC.fit(new FeatureStandardiser(x), x, new int[] { 0, 0, 0 }, new SplittableRandom(1)).local(new double[] { 0.3 }));
  }

  @Test
  void blocksAreNamed() {
    assertEquals(OffloadingBlock.LOGISTIC, OffloadingBlock.parse(" Logistic "));
    assertEquals("unknown ML offloading block 'svm' (network, logistic)", assertThrows(IllegalArgumentException.class, () -> OffloadingBlock.parse("svm")).getMessage());
  }
}
