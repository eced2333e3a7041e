package org.slicewright.sim.edge;

/**
 * Latency ranking of a device-node pair from exponential moving averages over 1, 5 and 15 minutes
 * (like a load average): S = w1 EMA1 + w5 EMA5 + w15 EMA15 (the heterogeneous-edge study). Lower is better. Each EMA
 * decays with its own time constant, so a burst raises EMA1 at once and EMA15 slowly.
 */
public final class LatencyScore {
  private final double w1;
  private final double w5;
  private final double w15;
  private double ema1 = Double.NaN;
  private double ema5 = Double.NaN;
  private double ema15 = Double.NaN;
  private double lastTimeS = Double.NaN;

  public LatencyScore(double w1, double w5, double w15) {
    if (w1 < 0 || w5 < 0 || w15 < 0 || w1 + w5 + w15 == 0) throw new IllegalArgumentException("EMA weights must be >= 0 and not all 0");
    this.w1 = w1;
    this.w5 = w5;
    this.w15 = w15;
  }

  /** Adds a latency observation (ms) made at time {@code timeS} (seconds, non-decreasing). */
  public void observe(double timeS, double latencyMs) {
    if (Double.isNaN(ema1)) {
      ema1 = ema5 = ema15 = latencyMs;
    } else {
      double dt = Math.max(0, timeS - lastTimeS);
      ema1 = blend(ema1, latencyMs, dt, 60);
      ema5 = blend(ema5, latencyMs, dt, 300);
      ema15 = blend(ema15, latencyMs, dt, 900);
    }
    lastTimeS = timeS;
  }

  private static double blend(double ema, double x, double dt, double tau) {
    double a = 1 - Math.exp(-dt / tau);
    return ema + a * (x - ema);
  }

  /** S, or +infinity before the first observation (an unmeasured pair ranks last). */
  public double score() {
    if (Double.isNaN(ema1)) return Double.POSITIVE_INFINITY;
    return (w1 * ema1 + w5 * ema5 + w15 * ema15) / (w1 + w5 + w15);
  }

  public double ema1() { return ema1; }
  public double ema5() { return ema5; }
  public double ema15() { return ema15; }
}
