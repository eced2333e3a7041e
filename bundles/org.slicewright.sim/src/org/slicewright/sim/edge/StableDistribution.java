package org.slicewright.sim.edge;

import java.util.SplittableRandom;

/**
 * Alpha-stable distribution S(alpha, beta, scale, location) in Nolan's S1 parameterisation, sampled
 * with the Chambers-Mallows-Stuck method (1976), the exact standard method. The heterogeneous-edge study fits the
 * network latency of a 5G edge with alpha = 1.6878 and scale 0.0980; with alpha < 2 the tails are
 * heavy (infinite variance), which is why latency spikes matter for the health checks.
 * Special cases: alpha = 2 is Gaussian with variance 2 scale^2; alpha = 1, beta = 0 is Cauchy.
 */
public record StableDistribution(double alpha, double beta, double scale, double location) {

  public StableDistribution {
    if (!(alpha > 0 && alpha <= 2)) throw new IllegalArgumentException("alpha must be in (0, 2], is " + alpha);
    if (beta < -1 || beta > 1) throw new IllegalArgumentException("beta must be in [-1, 1], is " + beta);
    if (!(scale > 0)) throw new IllegalArgumentException("scale must be > 0, is " + scale);
  }

  /** The heterogeneous-edge study's 5G latency fit as published (alpha 1.6878, scale 0.0980; the unit of its scale is not stated), symmetric. */
  public static StableDistribution published(double location) {
    return new StableDistribution(1.6878, 0, 0.0980, location);
  }

  public double sample(SplittableRandom rng) {
    double v = Math.PI * (rng.nextDouble() - 0.5); // U(-pi/2, pi/2)
    double w = -Math.log(1 - rng.nextDouble()); // Exp(1)
    double x;
    if (alpha == 1) {
      double t = Math.PI / 2 + beta * v;
      x = (2 / Math.PI) * (t * Math.tan(v) - beta * Math.log((Math.PI / 2) * w * Math.cos(v) / t));
      return scale * x + (2 / Math.PI) * beta * scale * Math.log(scale) + location;
    }
    double zeta = -beta * Math.tan(Math.PI * alpha / 2);
    double xi = Math.atan(-zeta) / alpha;
    double s = Math.pow(1 + zeta * zeta, 1 / (2 * alpha));
    x = s * Math.sin(alpha * (v + xi)) / Math.pow(Math.cos(v), 1 / alpha)
        * Math.pow(Math.cos(v - alpha * (v + xi)) / w, (1 - alpha) / alpha);
    return scale * x + location;
  }
}
