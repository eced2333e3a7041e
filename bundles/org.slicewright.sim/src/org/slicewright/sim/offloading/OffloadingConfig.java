package org.slicewright.sim.offloading;

import org.slicewright.data.traces.DemandTraces;

/**
 * One offloading study: demand traces, the DDNN and its joint training, the offloading policies'
 * parameter grids, and the latency model.
 *
 * @param history N, samples of history per decision (144 = one day of 10-minute samples)
 * @param localWeight w_L of the joint loss (w_R = 1 - w_L)
 * @param trainFraction leading share of the windows used for training (the rest is the test set)
 * @param rttMs edge-cloud round trip per sample (42.46 ms, seed 002)
 * @param edgeSlowdown factor applied to the edge times measured on this machine (edge hardware)
 * @param cloudSpeedup factor dividing the cloud times measured on this machine (cloud hardware)
 */
public record OffloadingConfig(String scenario, DemandTraces traces, int history, DdnnArchitecture architecture, double localWeight,
    AsymmetricCost cost, int epochs, double learningRate, boolean adam, double trainFraction, double dropout, int passes,
    double rttMs, double edgeSlowdown, double cloudSpeedup, long seed) {

  public OffloadingConfig validate() {
    if (traces == null) throw new IllegalArgumentException("no demand traces");
    if (history < 2) throw new IllegalArgumentException("history N must be >= 2, is " + history);
    int windows = traces.length() - history;
    if (windows < 20) throw new IllegalArgumentException("traces of " + traces.length() + " samples give only " + Math.max(0, windows) + " windows of N = " + history + "; need at least 20");
    if (localWeight < 0 || localWeight > 1) throw new IllegalArgumentException("local weight w_L must be in [0, 1], is " + localWeight);
    if (epochs < 1) throw new IllegalArgumentException("epochs must be >= 1");
    if (!(learningRate > 0)) throw new IllegalArgumentException("learning rate must be > 0");
    if (!(trainFraction > 0 && trainFraction < 1)) throw new IllegalArgumentException("train fraction must be in (0, 1), is " + trainFraction);
    if (!(dropout > 0 && dropout < 1)) throw new IllegalArgumentException("dropout must be in (0, 1), is " + dropout);
    if (passes < 2) throw new IllegalArgumentException("confidence passes J must be >= 2, is " + passes);
    if (rttMs < 0) throw new IllegalArgumentException("RTT must be >= 0 ms");
    if (!(edgeSlowdown > 0) || !(cloudSpeedup > 0)) throw new IllegalArgumentException("hardware factors must be > 0");
    return this;
  }

  public static OffloadingConfig defaults(String scenario, DemandTraces traces, long seed) {
    // Plain SGD: with Adam's per-parameter normalisation the exit weights' updates do not depend on
    // w_L, and the local/remote balance of joint training (seed 002's key observation) disappears.
    return new OffloadingConfig(scenario, traces, 144, DdnnArchitecture.SMALL, 0.9, AsymmetricCost.SEED_002, 6, 0.005, false, 0.7,
        0.4, 10, 42.46, 1, 1, seed);
  }

  public OffloadingConfig withLocalWeight(double w) {
    return new OffloadingConfig(scenario, traces, history, architecture, w, cost, epochs, learningRate, adam, trainFraction, dropout, passes,
        rttMs, edgeSlowdown, cloudSpeedup, seed);
  }

  public OffloadingConfig withHistory(int n) {
    return new OffloadingConfig(scenario, traces, n, architecture, localWeight, cost, epochs, learningRate, adam, trainFraction, dropout, passes,
        rttMs, edgeSlowdown, cloudSpeedup, seed);
  }

  public OffloadingConfig withEpochs(int e) {
    return new OffloadingConfig(scenario, traces, history, architecture, localWeight, cost, e, learningRate, adam, trainFraction, dropout, passes,
        rttMs, edgeSlowdown, cloudSpeedup, seed);
  }
}
