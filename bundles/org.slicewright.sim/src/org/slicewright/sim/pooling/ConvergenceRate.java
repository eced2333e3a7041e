package org.slicewright.sim.pooling;

/**
 * Loss convergence rate of a federated run, on a scale from 0 (no progress) to 1 (converged after one
 * round): the share of the remaining excess loss that one aggregation round removes,
 * {@code 1 - exp(-b)}, where b is the decay rate of the exponential L_r = c + a * exp(-b * r) fitted by
 * least squares to the global test loss over rounds r = 0..R (r = 0 is the initial model). c is the
 * loss the run levels off at, so the rate measures how fast learning approaches its plateau, not how
 * low the plateau is: a run whose excess loss halves every round has rate 0.5. The pooling study plots
 * a convergence rate on this kind of scale (values below 1, 0.2 apart between 1 and 32 sub-pools).
 * <p>
 * Fit: for a fixed b the model is linear in (c, a), solved in closed form; b is found by a scan over
 * [0.001, 10] on a log grid followed by golden-section refinement of the sum of squared errors.
 * A loss that does not decrease gives 0.
 */
public final class ConvergenceRate {
  private static final double B_MIN = 1e-3;
  private static final double B_MAX = 10;

  private ConvergenceRate() {
  }

  public static double of(double[] loss) {
    return 1 - Math.exp(-decay(loss));
  }

  /** The fitted decay rate b per round (0 when the loss does not decrease). */
  public static double decay(double[] loss) {
    int n = loss.length;
    if (n < 3) return n == 2 && loss[1] < loss[0] ? Math.log(loss[0] / Math.max(loss[1], 1e-12)) : 0;
    if (loss[n - 1] >= loss[0]) return 0;
    int steps = 200;
    double bestB = B_MIN, bestErr = Double.POSITIVE_INFINITY;
    for (int i = 0; i <= steps; i++) {
      double b = B_MIN * Math.pow(B_MAX / B_MIN, (double) i / steps);
      double e = sse(loss, b);
      if (e < bestErr) { bestErr = e; bestB = b; }
    }
    double ratio = Math.pow(B_MAX / B_MIN, 1.0 / steps);
    double lo = Math.max(B_MIN, bestB / ratio), hi = Math.min(B_MAX, bestB * ratio);
    double g = (Math.sqrt(5) - 1) / 2;
    for (int it = 0; it < 60; it++) {
      double m1 = hi - g * (hi - lo), m2 = lo + g * (hi - lo);
      if (sse(loss, m1) < sse(loss, m2)) hi = m2;
      else lo = m1;
    }
    return (lo + hi) / 2;
  }

  /** Sum of squared errors of the best (c, a) for a given b. */
  static double sse(double[] y, double b) {
    int n = y.length;
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (int r = 0; r < n; r++) {
      double x = Math.exp(-b * r);
      sx += x;
      sy += y[r];
      sxx += x * x;
      sxy += x * y[r];
    }
    double det = n * sxx - sx * sx;
    if (Math.abs(det) < 1e-15) return Double.POSITIVE_INFINITY;
    double a = (n * sxy - sx * sy) / det;
    double c = (sy - a * sx) / n;
    double e = 0;
    for (int r = 0; r < n; r++) {
      double d = y[r] - (c + a * Math.exp(-b * r));
      e += d * d;
    }
    return e;
  }
}
