package org.slicewright.sim.edge;

import java.util.SplittableRandom;

/**
 * One-way network latency of a device-node link in ms: constant, normal, log-normal (from mean and
 * standard deviation), or alpha-stable around the mean with scale = stableScale x mean (seed 003:
 * alpha 1.6878, scale 0.0980). Samples never go below {@link #FLOOR_MS}: a heavy left tail would
 * otherwise give negative delays.
 */
public record LatencyModel(Kind kind, double meanMs, double stdMs, double stableAlpha, double stableScale) {
  public enum Kind { CONSTANT, NORMAL, LOG_NORMAL, STABLE }

  public static final double FLOOR_MS = 0.1;

  public LatencyModel {
    if (!(meanMs >= 0)) throw new IllegalArgumentException("mean latency must be >= 0 ms, is " + meanMs);
    if (stdMs < 0) throw new IllegalArgumentException("latency deviation must be >= 0 ms, is " + stdMs);
  }

  public static LatencyModel constant(double ms) {
    return new LatencyModel(Kind.CONSTANT, ms, 0, 2, 1);
  }

  public double sample(SplittableRandom rng) {
    double v;
    switch (kind) {
      case CONSTANT:
        v = meanMs;
        break;
      case NORMAL:
        v = meanMs + stdMs * gaussian(rng);
        break;
      case LOG_NORMAL: {
        double s2 = Math.log(1 + (stdMs * stdMs) / (meanMs * meanMs));
        v = Math.exp(Math.log(meanMs) - s2 / 2 + Math.sqrt(s2) * gaussian(rng));
        break;
      }
      default:
        v = new StableDistribution(stableAlpha, 0, Math.max(1e-9, stableScale * meanMs), meanMs).sample(rng);
    }
    return Math.max(FLOOR_MS, v);
  }

  private static double gaussian(SplittableRandom rng) {
    return Math.sqrt(-2 * Math.log(1 - rng.nextDouble())) * Math.cos(2 * Math.PI * rng.nextDouble());
  }
}
