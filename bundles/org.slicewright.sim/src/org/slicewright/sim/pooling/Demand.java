package org.slicewright.sim.pooling;

import java.util.SplittableRandom;

import org.slicewright.sim.Seeds;

/**
 * The data that arrives at each AP, tick by tick: which digit samples, drawn before any pooling so
 * that runs differing only in the pooling policy see exactly the same demand.
 * <p>
 * Rates: from the config, or drawn per AP from U(0, lambdaMax]. Arrivals per tick: Poisson(rate)
 * data units of {@code dataUnitSamples} digits each. Non-i.i.d. data (label skew): every AP has two
 * dominant classes; a digit is drawn from them with probability labelSkew, otherwise uniformly from
 * all ten classes, then uniformly (with replacement) among that class's training samples.
 */
final class Demand {
  final double[] rates;
  /** arrivals[t][ap] = the digit sample indices arriving at ap in tick t. */
  final int[][][] arrivals;
  /** units[t][ap] = the data units arriving at ap in tick t. */
  final int[][] units;

  Demand(PoolingConfig c, DigitTask task) {
    int n = c.apCount();
    SplittableRandom rng = Seeds.stream(c.seed(), 1);
    double[] u = new double[n];
    for (int i = 0; i < n; i++) u[i] = 1.0 - rng.nextDouble(); // (0, 1]
    rates = new double[n];
    for (int i = 0; i < n; i++) rates[i] = c.apRates() != null ? c.apRates()[i] : c.lambdaMax() * u[i];
    int classes = task.classes();
    int[][] dominant = new int[n][2];
    for (int i = 0; i < n; i++) {
      dominant[i][0] = rng.nextInt(classes);
      dominant[i][1] = (dominant[i][0] + 1 + rng.nextInt(classes - 1)) % classes;
    }
    // The draws for arrivals use their own stream so that they do not depend on how many
    // rate draws came before (e.g. twin rates vs drawn rates).
    SplittableRandom arr = Seeds.stream(c.seed(), 2);
    arrivals = new int[c.ticks()][n][];
    units = new int[c.ticks()][n];
    for (int t = 0; t < c.ticks(); t++) {
      for (int i = 0; i < n; i++) {
        int k = poisson(rates[i], arr);
        units[t][i] = k;
        int[] s = new int[k * c.dataUnitSamples()];
        for (int j = 0; j < s.length; j++) {
          int label = arr.nextDouble() < c.labelSkew() ? dominant[i][arr.nextInt(2)] : arr.nextInt(classes);
          int[] pool = task.train(label);
          s[j] = pool[arr.nextInt(pool.length)];
        }
        arrivals[t][i] = s;
      }
    }
  }

  /** Poisson draw by inversion (rates per tick are small: at most a few tens). */
  static int poisson(double lambda, SplittableRandom rng) {
    if (lambda > 60) {
      // Normal approximation keeps the loop bounded for very high rates.
      double g = Math.sqrt(-2 * Math.log(1 - rng.nextDouble())) * Math.cos(2 * Math.PI * rng.nextDouble());
      return Math.max(0, (int) Math.round(lambda + Math.sqrt(lambda) * g));
    }
    double l = Math.exp(-lambda), p = rng.nextDouble();
    int k = 0;
    double term = l, cdf = l;
    while (p > cdf) {
      k++;
      term *= lambda / k;
      cdf += term;
      if (k > 1000) break;
    }
    return k;
  }
}
