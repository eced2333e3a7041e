package org.slicewright.sim.pooling;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Everything one pooling run needs, as plain values (the EMF scenario is mapped to this by
 * {@code org.slicewright.sim.scenario.PoolingScenarioMapper}). Immutable; {@link #validate()} names
 * the first impossible parameter.
 *
 * @param apX AP east coordinates, metres
 * @param apY AP north coordinates, metres
 * @param apRates per-AP data-arrival rates (data units per tick), or null to draw each from U(0, lambdaMax]
 * @param labelSkew non-i.i.d. skew in [0, 1]: each AP has two dominant digit classes, and an arriving
 *        sample is drawn from them with probability labelSkew, otherwise from all ten classes
 * @param dataUnitSamples digits per data unit (the unit arrival rates and RU prices count)
 * @param localEpochs passes a trainer makes over the data it takes in during one tick (FedAvg's E)
 * @param maxWaitTicks ticks a data unit may wait for its trainer's capacity before it is dropped
 * @param capacity per-AP training and access-link limits in data units per tick
 * @param manualSubPools member AP indices of each sub-pool for {@link PoolingMethod#MANUAL}
 * @param seed run seed; the demand (rates, arrivals, digits) depends only on it and lambdaMax, so runs
 *        with different k see the same demand (common random numbers)
 */
public record PoolingConfig(String scenario, String policy, double[] apX, double[] apY, double[] apRates,
    double lambdaMax, int ticks, int aggregationPeriod, int hiddenUnits, double learningRate, int batchSize,
    double labelSkew, int dataUnitSamples, int localEpochs, int maxWaitTicks, VapCapacity capacity, PoolingMethod method, int k, boolean useLocation, boolean useArrivalRate,
    int[][] manualSubPools, ResourceUnitCosts costs, int testPerClass, long seed) implements Serializable {

  public int apCount() {
    return apX.length;
  }

  /** Throws IllegalArgumentException naming the first impossible parameter. */
  public PoolingConfig validate() {
    int n = apX == null ? 0 : apX.length;
    if (n == 0) throw new IllegalArgumentException("no access points");
    if (apY == null || apY.length != n) throw new IllegalArgumentException("AP coordinates: " + n + " x values but " + (apY == null ? 0 : apY.length) + " y values");
    if (apRates != null) {
      if (apRates.length != n) throw new IllegalArgumentException(n + " APs but " + apRates.length + " arrival rates");
      for (int i = 0; i < n; i++) if (!(apRates[i] > 0)) throw new IllegalArgumentException("arrival rate of AP " + (i + 1) + " must be > 0, is " + apRates[i]);
    } else if (!(lambdaMax > 0)) {
      throw new IllegalArgumentException("lambda max must be > 0, is " + lambdaMax);
    }
    if (ticks < 1) throw new IllegalArgumentException("ticks must be >= 1, is " + ticks);
    if (aggregationPeriod < 1) throw new IllegalArgumentException("aggregation period must be >= 1 tick, is " + aggregationPeriod);
    if (hiddenUnits < 1) throw new IllegalArgumentException("hidden units must be >= 1, is " + hiddenUnits);
    if (!(learningRate > 0)) throw new IllegalArgumentException("learning rate must be > 0, is " + learningRate);
    if (batchSize < 1) throw new IllegalArgumentException("batch size must be >= 1, is " + batchSize);
    if (labelSkew < 0 || labelSkew > 1) throw new IllegalArgumentException("label skew must be in [0, 1], is " + labelSkew);
    if (dataUnitSamples < 1) throw new IllegalArgumentException("samples per data unit must be >= 1, is " + dataUnitSamples);
    if (localEpochs < 1) throw new IllegalArgumentException("local epochs must be >= 1, is " + localEpochs);
    if (maxWaitTicks < 0) throw new IllegalArgumentException("maximum wait must be >= 0 ticks, is " + maxWaitTicks);
    if (capacity == null) throw new IllegalArgumentException("no VAP capacities");
    capacity.validate(n);
    if (testPerClass < 1) throw new IllegalArgumentException("test samples per class must be >= 1");
    if (costs == null) throw new IllegalArgumentException("no RU cost model");
    if (method == PoolingMethod.KMEANS) {
      if (k < 1 || k > n) throw new IllegalArgumentException("k = " + k + " sub-pools is outside 1.." + n + " (the number of APs)");
      if (!useLocation && !useArrivalRate) throw new IllegalArgumentException("k-means needs at least one feature (location or arrival rate)");
    } else {
      if (manualSubPools == null || manualSubPools.length == 0) throw new IllegalArgumentException("manual pooling needs at least one sub-pool");
      boolean[] seen = new boolean[n];
      for (int[] members : manualSubPools) {
        if (members.length == 0) throw new IllegalArgumentException("a manual sub-pool has no members");
        for (int m : members) {
          if (m < 0 || m >= n) throw new IllegalArgumentException("manual sub-pool member " + m + " is not an AP index 0.." + (n - 1));
          if (seen[m]) throw new IllegalArgumentException("AP " + (m + 1) + " is in two manual sub-pools");
          seen[m] = true;
        }
      }
      for (int i = 0; i < n; i++) if (!seen[i]) throw new IllegalArgumentException("AP " + (i + 1) + " is in no manual sub-pool");
    }
    return this;
  }

  /** Number of sub-pools this config produces. */
  public int subPools() {
    return method == PoolingMethod.MANUAL ? manualSubPools.length : k;
  }

  public PoolingConfig withK(int newK) {
    return new PoolingConfig(scenario, policy, apX, apY, apRates, lambdaMax, ticks, aggregationPeriod, hiddenUnits, learningRate,
        batchSize, labelSkew, dataUnitSamples, localEpochs, maxWaitTicks, capacity, method, newK, useLocation, useArrivalRate, manualSubPools, costs, testPerClass, seed);
  }

  public PoolingConfig withLambdaMax(double newLambdaMax) {
    return new PoolingConfig(scenario, policy, apX, apY, apRates, newLambdaMax, ticks, aggregationPeriod, hiddenUnits, learningRate,
        batchSize, labelSkew, dataUnitSamples, localEpochs, maxWaitTicks, capacity, method, k, useLocation, useArrivalRate, manualSubPools, costs, testPerClass, seed);
  }

  public PoolingConfig withSeed(long newSeed) {
    return new PoolingConfig(scenario, policy, apX, apY, apRates, lambdaMax, ticks, aggregationPeriod, hiddenUnits, learningRate,
        batchSize, labelSkew, dataUnitSamples, localEpochs, maxWaitTicks, capacity, method, k, useLocation, useArrivalRate, manualSubPools, costs, testPerClass, newSeed);
  }

  public PoolingConfig withTicks(int newTicks) {
    return new PoolingConfig(scenario, policy, apX, apY, apRates, lambdaMax, newTicks, aggregationPeriod, hiddenUnits, learningRate,
        batchSize, labelSkew, dataUnitSamples, localEpochs, maxWaitTicks, capacity, method, k, useLocation, useArrivalRate, manualSubPools, costs, testPerClass, seed);
  }

  public PoolingConfig withLabelSkew(double skew) {
    return new PoolingConfig(scenario, policy, apX, apY, apRates, lambdaMax, ticks, aggregationPeriod, hiddenUnits, learningRate,
        batchSize, skew, dataUnitSamples, localEpochs, maxWaitTicks, capacity, method, k, useLocation, useArrivalRate, manualSubPools, costs, testPerClass, seed);
  }

  public PoolingConfig withCapacity(VapCapacity newCapacity) {
    return new PoolingConfig(scenario, policy, apX, apY, apRates, lambdaMax, ticks, aggregationPeriod, hiddenUnits, learningRate,
        batchSize, labelSkew, dataUnitSamples, localEpochs, maxWaitTicks, newCapacity, method, k, useLocation, useArrivalRate, manualSubPools, costs, testPerClass, seed);
  }

  /**
   * The pooling case study on the given AP coordinates with the product's defaults: k-means over
   * location and rate, rates drawn from U(0, lambdaMax], data units of 10 digits, 5 local epochs per
   * tick, data dropped after waiting 10 ticks, no capacity limits.
   */
  public static PoolingConfig caseStudy(String scenario, double[] x, double[] y, double lambdaMax, int k, long seed) {
    return new PoolingConfig(scenario, "kmeans", x, y, null, lambdaMax, 200, 10, 200, 0.01, 1, 0.5, 10, 5, 10,
        VapCapacity.unlimited(x.length), PoolingMethod.KMEANS, k, true, true, null, ResourceUnitCosts.SEED_000, 100, seed);
  }

  /** A grid of n APs 200 m apart, 8 per row (the pooling-32ap layout without jitter). */
  public static double[][] grid(int n) {
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = (i % 8) * 200.0;
      y[i] = (i / 8) * 200.0;
    }
    return new double[][] { x, y };
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PoolingConfig)) return false;
    PoolingConfig c = (PoolingConfig) o;
    return toString().equals(c.toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }

  @Override
  public String toString() {
    return "PoolingConfig[" + scenario + "/" + policy + " n=" + apCount() + " k=" + k + " method=" + method + " lambdaMax=" + lambdaMax
        + " rates=" + Arrays.toString(apRates) + " ticks=" + ticks + " period=" + aggregationPeriod + " hidden=" + hiddenUnits
        + " lr=" + learningRate + " batch=" + batchSize + " skew=" + labelSkew + " unit=" + dataUnitSamples + " epochs=" + localEpochs
        + " wait=" + maxWaitTicks + " " + capacity + " seed=" + seed
        + " x=" + Arrays.toString(apX) + " y=" + Arrays.toString(apY) + " manual=" + Arrays.deepToString(manualSubPools) + " costs=" + costs
        + " features=" + useLocation + "/" + useArrivalRate + " test=" + testPerClass + "]";
  }
}
