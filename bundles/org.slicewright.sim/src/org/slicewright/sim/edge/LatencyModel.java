package org.slicewright.sim.edge;

import java.util.SplittableRandom;

/**
 * The network latency of a request on a device-node link in ms (one sample per request: the measured
 * latency of the heterogeneous-edge study is the request's round trip): constant, normal, log-normal
 * (from mean and standard deviation), or alpha-stable S(alpha, beta, scale, location) with scale and
 * location in ms, fitted to the link's mean and standard deviation by
 * {@link StableLatencyFit} (the study measured a mean of 13.405 ms and a standard deviation of 16.065
 * ms and fitted alpha = 1.6878). Samples never go below {@link #FLOOR_MS}: a heavy left tail would
 * otherwise give negative delays.
 */
public record LatencyModel(Kind kind, double meanMs, double stdMs, double stableAlpha, double stableBeta, double stableScaleMs, double stableLocationMs) {
  public enum Kind { CONSTANT, NORMAL, LOG_NORMAL, STABLE }

  public static final double FLOOR_MS = 0.1;

  public LatencyModel {
    if (!(meanMs >= 0)) throw new IllegalArgumentException("mean latency must be >= 0 ms, is " + meanMs);
    if (!(stdMs >= 0)) throw new IllegalArgumentException("latency deviation must be >= 0 ms, is " + stdMs);
    if (kind == Kind.STABLE && !(stableScaleMs > 0)) throw new IllegalArgumentException("stable latency scale must be > 0 ms, is " + stableScaleMs);
  }

  public static LatencyModel constant(double ms) {
    return new LatencyModel(Kind.CONSTANT, ms, 0, 2, 0, 1, ms);
  }

  /** A stable latency with its fitted scale and location, remembering the mean and deviation it was fitted to. */
  public static LatencyModel stable(double meanMs, double stdMs, StableLatencyFit.Fit fit) {
    return new LatencyModel(Kind.STABLE, meanMs, stdMs, fit.alpha(), fit.beta(), fit.scaleMs(), fit.locationMs());
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
        v = new StableDistribution(stableAlpha, stableBeta, stableScaleMs, stableLocationMs).sample(rng);
    }
    return Math.max(FLOOR_MS, v);
  }

  private static double gaussian(SplittableRandom rng) {
    return Math.sqrt(-2 * Math.log(1 - rng.nextDouble())) * Math.cos(2 * Math.PI * rng.nextDouble());
  }
}
