package org.slicewright.sim.edge;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Fits the scale and location (ms) of an alpha-stable link latency to a measured mean and standard
 * deviation. The heterogeneous-edge study gives the shape (alpha = 1.6878) but not the skew; a delay's
 * heavy tail lies to the right, so the law is maximally right-skewed ({@link #SKEW}, beta = 1), which
 * also halves the share of samples below zero against a symmetric law (13 % against 23 % at the
 * study's mean 13.405 ms and deviation 16.065 ms). With alpha < 2 the law has infinite variance, so "standard deviation" means what
 * a measurement campaign reports: the sample standard deviation of {@value #PROBE} probes, here the
 * median over {@value #BATCHES} such campaigns. Samples are floored at {@link LatencyModel#FLOOR_MS}
 * (a delay is never negative), which lifts the mean, so the location is fitted too: for a scale, the
 * location is moved until the floored samples' mean is the measured mean; the scale is then bisected
 * until the campaigns' median standard deviation is the measured one (it grows with the scale). The
 * draws are one set of standard stable variates from the given stream, reused for every candidate, so
 * the fit is smooth in the scale and deterministic.
 */
public final class StableLatencyFit {
  /** Skew of the fitted law: maximally right-skewed. */
  public static final double SKEW = 1;
  /** Probes per measurement campaign. */
  public static final int PROBE = 1000;
  /** Campaigns whose median standard deviation is matched. */
  public static final int BATCHES = 101;

  /** The fitted law: {@code scaleMs} and {@code locationMs} of S(alpha, 0, scale, location). */
  public record Fit(double alpha, double beta, double scaleMs, double locationMs) {
  }

  private final double beta;
  private final double[] z;

  /** Draws the standard variates S(alpha, beta, 1, 0) once. */
  public StableLatencyFit(double alpha, double beta, SplittableRandom rng) {
    this.beta = beta;
    StableDistribution standard = new StableDistribution(alpha, beta, 1, 0);
    z = new double[PROBE * BATCHES];
    for (int i = 0; i < z.length; i++) z[i] = standard.sample(rng);
  }

  /**
   * @throws IllegalArgumentException when the mean or standard deviation is not a finite number > 0,
   *     or the standard deviation cannot be reached (it would need a scale beyond 10 x the mean)
   */
  public Fit fit(double alpha, double meanMs, double sdMs) {
    if (!(meanMs > 0) || Double.isInfinite(meanMs)) throw new IllegalArgumentException("stable latency: mean must be a finite number > 0 ms, is " + meanMs);
    if (!(sdMs > 0) || Double.isInfinite(sdMs)) throw new IllegalArgumentException("stable latency: standard deviation must be a finite number > 0 ms, is " + sdMs);
    double lo = 1e-6 * meanMs, hi = 10 * meanMs;
    if (medianSd(hi, location(hi, meanMs)) < sdMs) {
      throw new IllegalArgumentException("stable latency: a standard deviation of " + sdMs + " ms is out of reach for a mean of " + meanMs + " ms");
    }
    for (int i = 0; i < 60; i++) {
      double mid = Math.sqrt(lo * hi);
      if (medianSd(mid, location(mid, meanMs)) < sdMs) lo = mid;
      else hi = mid;
    }
    double scale = Math.sqrt(lo * hi);
    return new Fit(alpha, beta, scale, location(scale, meanMs));
  }

  /** A given scale (ms), with the location fitted to the mean. */
  public Fit withScale(double alpha, double meanMs, double scaleMs) {
    if (!(scaleMs > 0) || Double.isInfinite(scaleMs)) throw new IllegalArgumentException("stable latency: scale must be a finite number > 0 ms, is " + scaleMs);
    return new Fit(alpha, beta, scaleMs, location(scaleMs, meanMs));
  }

  /** The location whose floored samples have the given mean (the floor only ever lifts the mean). */
  private double location(double scale, double meanMs) {
    double loc = meanMs;
    for (int i = 0; i < 30; i++) {
      double shift = mean(scale, loc) - meanMs;
      if (Math.abs(shift) < 1e-9 * meanMs) break;
      loc -= shift;
    }
    return loc;
  }

  private double mean(double scale, double loc) {
    double s = 0;
    for (double v : z) s += Math.max(LatencyModel.FLOOR_MS, scale * v + loc);
    return s / z.length;
  }

  /** The median over the campaigns of each campaign's sample standard deviation. */
  double medianSd(double scale, double loc) {
    double[] sd = new double[BATCHES];
    for (int b = 0; b < BATCHES; b++) {
      double s = 0, s2 = 0;
      for (int i = b * PROBE; i < (b + 1) * PROBE; i++) {
        double x = Math.max(LatencyModel.FLOOR_MS, scale * z[i] + loc);
        s += x;
        s2 += x * x;
      }
      double m = s / PROBE;
      sd[b] = Math.sqrt(Math.max(0, (s2 - PROBE * m * m) / (PROBE - 1)));
    }
    Arrays.sort(sd);
    return sd[BATCHES / 2];
  }
}
