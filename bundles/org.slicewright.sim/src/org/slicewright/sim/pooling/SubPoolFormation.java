package org.slicewright.sim.pooling;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Forms sub-pools of VAPs with k-means (k-means++ seeding, then Lloyd iterations) over the chosen
 * features, each scaled to [0, 1] so that metres and data units weigh alike.
 * <p>
 * Own implementation rather than Smile's KMeans: Smile 2.6 draws its seeding from a global static
 * generator (MathEx), so two runs clustering at once on different threads would disturb each other's
 * draws and the same seed would not give the same sub-pools. Here every draw comes from the run's
 * own generator. Several restarts keep the partition with the least within-cluster distortion.
 */
public final class SubPoolFormation {
  private static final int RESTARTS = 8;
  private static final int MAX_ITERATIONS = 100;

  private SubPoolFormation() {
  }

  /** Features of each AP: scaled x, y (if location) and rate (if arrival rate). */
  public static double[][] features(double[] x, double[] y, double[] rates, boolean location, boolean rate) {
    int n = x.length;
    int d = (location ? 2 : 0) + (rate ? 1 : 0);
    double[][] f = new double[n][d];
    if (location) {
      // One scale for both axes keeps distances Euclidean in metres.
      double span = Math.max(range(x), range(y));
      double mx = Arrays.stream(x).min().orElse(0), my = Arrays.stream(y).min().orElse(0);
      for (int i = 0; i < n; i++) {
        f[i][0] = span == 0 ? 0 : (x[i] - mx) / span;
        f[i][1] = span == 0 ? 0 : (y[i] - my) / span;
      }
    }
    if (rate) {
      double span = range(rates), m = Arrays.stream(rates).min().orElse(0);
      for (int i = 0; i < n; i++) f[i][d - 1] = span == 0 ? 0 : (rates[i] - m) / span;
    }
    return f;
  }

  private static double range(double[] v) {
    return Arrays.stream(v).max().orElse(0) - Arrays.stream(v).min().orElse(0);
  }

  /** Cluster label 0..k-1 of each point; every label is used. */
  public static int[] kMeans(double[][] points, int k, SplittableRandom rng) {
    int n = points.length;
    if (k < 1 || k > n) throw new IllegalArgumentException("k = " + k + " is outside 1.." + n);
    int[] best = null;
    double bestCost = Double.POSITIVE_INFINITY;
    for (int restart = 0; restart < RESTARTS; restart++) {
      int[] labels = lloyd(points, seedCentres(points, k, rng), k);
      double cost = distortion(points, labels, k);
      if (cost < bestCost - 1e-12) {
        bestCost = cost;
        best = labels;
      }
    }
    return best;
  }

  private static double[][] seedCentres(double[][] p, int k, SplittableRandom rng) {
    int n = p.length;
    double[][] c = new double[k][];
    c[0] = p[rng.nextInt(n)].clone();
    double[] d2 = new double[n];
    Arrays.fill(d2, Double.POSITIVE_INFINITY);
    for (int j = 1; j < k; j++) {
      double total = 0;
      for (int i = 0; i < n; i++) {
        d2[i] = Math.min(d2[i], dist2(p[i], c[j - 1]));
        total += d2[i];
      }
      int pick = -1;
      if (total > 0) {
        double r = rng.nextDouble() * total;
        for (int i = 0; i < n; i++) {
          r -= d2[i];
          if (r <= 0 && d2[i] > 0) { pick = i; break; }
        }
      }
      if (pick < 0) {
        // All remaining points coincide with a centre: take any point not yet a centre.
        for (int i = 0; i < n && pick < 0; i++) if (d2[i] > 0 || j <= i) pick = i;
      }
      c[j] = p[pick].clone();
    }
    return c;
  }

  private static int[] lloyd(double[][] p, double[][] c, int k) {
    int n = p.length, d = p[0].length;
    int[] labels = new int[n];
    Arrays.fill(labels, -1);
    for (int it = 0; it < MAX_ITERATIONS; it++) {
      boolean changed = false;
      for (int i = 0; i < n; i++) {
        int arg = 0;
        double min = Double.POSITIVE_INFINITY;
        for (int j = 0; j < k; j++) {
          double dd = dist2(p[i], c[j]);
          if (dd < min) { min = dd; arg = j; }
        }
        if (labels[i] != arg) { labels[i] = arg; changed = true; }
      }
      // Empty clusters take the point farthest from its centre, so k sub-pools always come out.
      int[] counts = new int[k];
      for (int l : labels) counts[l]++;
      for (int j = 0; j < k; j++) {
        if (counts[j] > 0) continue;
        int far = -1;
        double fd = -1;
        for (int i = 0; i < n; i++) {
          if (counts[labels[i]] <= 1) continue;
          double dd = dist2(p[i], c[labels[i]]);
          if (dd > fd) { fd = dd; far = i; }
        }
        counts[labels[far]]--;
        labels[far] = j;
        counts[j] = 1;
        changed = true;
      }
      double[][] sum = new double[k][d];
      for (int i = 0; i < n; i++) for (int t = 0; t < d; t++) sum[labels[i]][t] += p[i][t];
      for (int j = 0; j < k; j++) for (int t = 0; t < d; t++) c[j][t] = sum[j][t] / counts[j];
      if (!changed) break;
    }
    return labels;
  }

  private static double distortion(double[][] p, int[] labels, int k) {
    int d = p[0].length;
    double[][] c = new double[k][d];
    int[] counts = new int[k];
    for (int i = 0; i < p.length; i++) {
      counts[labels[i]]++;
      for (int t = 0; t < d; t++) c[labels[i]][t] += p[i][t];
    }
    for (int j = 0; j < k; j++) for (int t = 0; t < d; t++) c[j][t] /= counts[j];
    double s = 0;
    for (int i = 0; i < p.length; i++) s += dist2(p[i], c[labels[i]]);
    return s;
  }

  private static double dist2(double[] a, double[] b) {
    double s = 0;
    for (int t = 0; t < a.length; t++) {
      double d = a[t] - b[t];
      s += d * d;
    }
    return s;
  }

  /** Member AP indices of each sub-pool, in AP order. */
  public static int[][] groups(int[] labels, int k) {
    int[] counts = new int[k];
    for (int l : labels) counts[l]++;
    int[][] g = new int[k][];
    for (int j = 0; j < k; j++) g[j] = new int[counts[j]];
    int[] fill = new int[k];
    for (int i = 0; i < labels.length; i++) g[labels[i]][fill[labels[i]]++] = i;
    return g;
  }
}
