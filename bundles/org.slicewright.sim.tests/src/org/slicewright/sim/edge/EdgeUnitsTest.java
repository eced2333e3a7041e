package org.slicewright.sim.edge;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class EdgeUnitsTest {

  /** Empirical characteristic function against exp(-(g|t|)^a (1 - i b sign(t) tan(pi a / 2)) + i d t). */
  static void assertCharacteristicFunction(StableDistribution s, double t, int n, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    double re = 0, im = 0;
    for (int i = 0; i < n; i++) {
      double x = s.sample(rng);
      re += Math.cos(t * x);
      im += Math.sin(t * x);
    }
    re /= n;
    im /= n;
    double g = Math.pow(s.scale() * Math.abs(t), s.alpha());
    double phase = s.location() * t + (s.alpha() == 1 ? 0 : g * s.beta() * Math.signum(t) * Math.tan(Math.PI * s.alpha() / 2));
    double mod = Math.exp(-g);
    assertEquals(mod * Math.cos(phase), re, 0.01, "Re phi(" + t + ") of " + s);
    assertEquals(mod * Math.sin(phase), im, 0.01, "Im phi(" + t + ") of " + s);
  }

  @Test
  void stableSamplerMatchesItsCharacteristicFunction() {
    StableDistribution edge = StableDistribution.published(0.2);
    for (double t : new double[] { 2, 1 / 0.098, 20 }) assertCharacteristicFunction(edge, t, 200_000, 1);
    StableDistribution skewed = new StableDistribution(1.6878, 0.5, 0.098, 0.1);
    for (double t : new double[] { -10, 5, 12 }) assertCharacteristicFunction(skewed, t, 200_000, 2);
  }

  @Test
  void stableSpecialCases() {
    SplittableRandom rng = new SplittableRandom(3);
    // alpha = 2: Gaussian with variance 2 scale^2.
    StableDistribution gauss = new StableDistribution(2, 0, 1.5, 4);
    double sum = 0, sum2 = 0;
    int n = 200_000;
    for (int i = 0; i < n; i++) {
      double x = gauss.sample(rng);
      sum += x;
      sum2 += x * x;
    }
    double mean = sum / n;
    assertEquals(4, mean, 0.02);
    assertEquals(2 * 1.5 * 1.5, sum2 / n - mean * mean, 0.05);
    // alpha = 1, beta = 0: Cauchy with quartiles at location -+ scale.
    StableDistribution cauchy = new StableDistribution(1, 0, 2, 1);
    double[] x = new double[n];
    for (int i = 0; i < n; i++) x[i] = cauchy.sample(rng);
    Arrays.sort(x);
    assertEquals(1, x[n / 2], 0.05);
    assertEquals(-1, x[n / 4], 0.08);
    assertEquals(3, x[3 * n / 4], 0.08);
    assertThrows(IllegalArgumentException.class, () -> new StableDistribution(2.1, 0, 1, 0));
  }

  @Test
  void healthThresholdsAreThoseOfTheEdgeInferenceStudy() {
    assertEquals(HealthState.PASS, HealthState.of(112.4, 150));
    assertEquals(HealthState.WARNING, HealthState.of(112.5, 150));
    assertEquals(HealthState.WARNING, HealthState.of(135, 150));
    assertEquals(HealthState.CRITICAL, HealthState.of(135.1, 150));
  }

  @Test
  void profileInterpolatesAndExtrapolatesInInstances() {
    ProfileTable t = new ProfileTable("up", List.of(
        new ProfileTable.Point(600, 1, 10, 62.65, 5), new ProfileTable.Point(600, 2, 20, 90, 10),
        new ProfileTable.Point(1200, 1, 30, 80, 15), new ProfileTable.Point(1200, 2, 50, 120, 25)));
    assertEquals(62.65, t.at(600, 1).acceleratorMs(), 1e-12);
    assertEquals(15, t.at(600, 1).cpuMs(), 1e-12);
    assertEquals((62.65 + 90 + 80 + 120) / 4, t.at(900, 1.5).acceleratorMs(), 1e-9);
    assertEquals(90 + (90 - 62.65), t.at(600, 3).acceleratorMs(), 1e-9, "linear beyond the last measured instance count");
    assertEquals(62.65, t.at(300, 1).acceleratorMs(), 1e-12, "frame sizes are clamped");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ProfileTable("x", List.of(
        new ProfileTable.Point(600, 1, 1, 1, 1), new ProfileTable.Point(1200, 2, 1, 1, 1))));
    assertTrue(e.getMessage().startsWith("hardware profile 'x' has no entry for frame 600 and 2 instance(s)"), e.getMessage());
  }

  @Test
  void latencyScoreReactsFastShortTermAndSlowLongTerm() {
    LatencyScore s = new LatencyScore(0.5, 0.3, 0.2);
    assertEquals(Double.POSITIVE_INFINITY, s.score());
    for (int t = 0; t < 600; t++) s.observe(t, 20);
    assertEquals(20, s.score(), 1e-9);
    for (int t = 600; t < 660; t++) s.observe(t, 120);
    assertTrue(s.ema1() > 80, "EMA1 " + s.ema1());
    assertTrue(s.ema15() < 30, "EMA15 " + s.ema15());
    assertTrue(s.ema1() > s.ema5() && s.ema5() > s.ema15());
  }

  /**
   * The measured 5G link (mean 13.405 ms, standard deviation 16.065 ms, alpha 1.6878): fresh
   * campaigns of 1000 samples from the fitted law have that mean and, in the median, that deviation.
   */
  @Test
  void stableLinkFitReproducesTheMeasuredMeanAndSpread() {
    StableLatencyFit.Fit fit = new StableLatencyFit(1.6878, StableLatencyFit.SKEW, new SplittableRandom(3)).fit(1.6878, 13.405, 16.065);
    LatencyModel link = LatencyModel.stable(13.405, 16.065, fit);
    SplittableRandom rng = new SplittableRandom(17);
    double[] sd = new double[101];
    double sum = 0;
    for (int c = 0; c < sd.length; c++) {
      double s = 0, s2 = 0;
      for (int i = 0; i < 1000; i++) {
        double x = link.sample(rng);
        assertTrue(x >= LatencyModel.FLOOR_MS);
        s += x;
        s2 += x * x;
      }
      sum += s;
      sd[c] = Math.sqrt((s2 - s * s / 1000) / 999);
    }
    Arrays.sort(sd);
    assertEquals(13.405, sum / 101_000, 0.3, "mean");
    assertEquals(16.065, sd[50], 1.0, "median campaign deviation");
    assertTrue(fit.scaleMs() > 3 && fit.scaleMs() < 12, "scale in ms, not a share of the mean: " + fit.scaleMs());
    assertThrows(IllegalArgumentException.class, () -> new StableLatencyFit(1.6878, 1, new SplittableRandom(3)).fit(1.6878, 13.405, Double.NaN));
  }

  /**
   * The study weighs shorter windows lower ("emphasizing longer-term trends"): during a single 10 s
   * latency spike on a steady link, ascending weights (0.2, 0.3, 0.5) move the score less than
   * descending ones (0.5, 0.3, 0.2), and both return towards the steady value once it passes.
   */
  @Test
  void ascendingEmaWeightsDampASingleSpike() {
    LatencyScore ascending = new LatencyScore(0.2, 0.3, 0.5), descending = new LatencyScore(0.5, 0.3, 0.2);
    for (int t = 0; t <= 1800; t += 5) {
      ascending.observe(t, 10);
      descending.observe(t, 10);
    }
    double base = ascending.score();
    for (int t = 1805; t <= 1815; t += 5) {
      ascending.observe(t, 200);
      descending.observe(t, 200);
    }
    double riseAsc = ascending.score() - base, riseDesc = descending.score() - base;
    assertTrue(riseAsc > 0 && riseAsc < riseDesc, "during the spike: ascending +" + riseAsc + " ms, descending +" + riseDesc + " ms");
    for (int t = 1820; t <= 2400; t += 5) {
      ascending.observe(t, 10);
      descending.observe(t, 10);
    }
    assertTrue(ascending.score() - base < riseAsc / 2 && descending.score() - base < riseDesc / 2, "both recover");
  }
}
