package org.slicewright.sim.pooling;

import java.io.Serializable;
import java.util.Arrays;

/**
 * What each AP's VAP can do for the AI function per tick, in data units: how many units its trainer
 * can take in and train ({@code local epochs} passes each), and how many units migrated from other
 * members its access link can carry. The pooling study implies both limits without stating them; they
 * are what makes centralised learning saturate one trainer as the load grows.
 * <p>
 * {@link Double#POSITIVE_INFINITY} means the limit is not modelled (the node states no compute or the
 * link no bandwidth).
 *
 * @param trainingUnitsPerTick per AP: data units its trainer can train per tick
 * @param linkUnitsPerTick per AP: data units its access link can bring in per tick
 */
public record VapCapacity(double[] trainingUnitsPerTick, double[] linkUnitsPerTick) implements Serializable {

  /** No limits for n APs. */
  public static VapCapacity unlimited(int n) {
    double[] inf = new double[n];
    Arrays.fill(inf, Double.POSITIVE_INFINITY);
    return new VapCapacity(inf, inf.clone());
  }

  /** The same training limit (units per tick) at every one of n APs, links unlimited. */
  public static VapCapacity training(int n, double unitsPerTick) {
    double[] t = new double[n];
    Arrays.fill(t, unitsPerTick);
    double[] inf = new double[n];
    Arrays.fill(inf, Double.POSITIVE_INFINITY);
    return new VapCapacity(t, inf);
  }

  /**
   * Limits from the model's resources: a trainer with {@code computeGflops} GFLOP/s trains
   * compute / (GFLOP per unit) units per one-second tick; an access link of {@code linkMbps} Mbit/s
   * carries bandwidth / (Mbit per unit) units. Infinite inputs stay infinite (not modelled).
   */
  public static VapCapacity of(double[] computeGflops, double[] linkMbps, DataUnit unit) {
    int n = computeGflops.length;
    double[] train = new double[n];
    double[] link = new double[n];
    for (int i = 0; i < n; i++) {
      train[i] = computeGflops[i] / unit.gflopToTrain();
      link[i] = linkMbps[i] / unit.megabits();
    }
    return new VapCapacity(train, link);
  }

  /** Throws IllegalArgumentException naming the first impossible value. */
  VapCapacity validate(int n) {
    check(trainingUnitsPerTick, n, "training capacity");
    check(linkUnitsPerTick, n, "link capacity");
    return this;
  }

  private static void check(double[] v, int n, String what) {
    if (v == null || v.length != n) throw new IllegalArgumentException(what + ": " + n + " APs but " + (v == null ? 0 : v.length) + " values");
    for (int i = 0; i < n; i++) {
      if (Double.isNaN(v[i]) || v[i] <= 0) throw new IllegalArgumentException(what + " of AP " + (i + 1) + " must be > 0 data units per tick, is " + v[i]);
    }
  }

  @Override
  public String toString() {
    return "VapCapacity[training=" + Arrays.toString(trainingUnitsPerTick) + " link=" + Arrays.toString(linkUnitsPerTick) + "]";
  }
}
