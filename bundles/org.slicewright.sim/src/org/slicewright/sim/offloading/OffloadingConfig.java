package org.slicewright.sim.offloading;

import java.util.ArrayList;
import java.util.List;

import org.slicewright.data.traces.DemandTraces;
import org.slicewright.sim.nn.EarlyStoppingTrainer;

/**
 * One offloading study: demand traces, the DDNN and its joint training, the centralised baselines,
 * the offloading policies' parameters, and the latency model.
 *
 * @param traceSource where the demand came from (for the report: "synthetic, seed 2" or a file)
 * @param history N, samples of history per decision (144 = one day of 10-minute samples)
 * @param localWeight w_L of the joint loss (w_R = 1 - w_L): the weight whose curves the study reports
 * @param weightSweep further w_L values trained for the weight comparison (may be empty)
 * @param training optimiser, batch, epoch cap and early-stopping patience shared by every model
 * @param residual whether the remote exit and the centralised baselines predict a correction to the
 *     last demand (true) or the allocation itself (false, as the study)
 * @param trainFraction leading share of the windows used for training and validation (the rest is the test set)
 * @param validationFraction share of all windows, just before the test set, held out for early stopping
 * @param block classifier of the ML offloading policy
 * @param rttMs edge-cloud round trip per sample (42.46 ms in the study)
 * @param edgeSlowdown factor applied to the edge times measured on this machine (edge hardware)
 * @param cloudSpeedup factor dividing the cloud times measured on this machine (cloud hardware)
 */
public record OffloadingConfig(String scenario, DemandTraces traces, String traceSource, int history, DdnnArchitecture architecture,
    double localWeight, List<Double> weightSweep, AsymmetricCost cost, EarlyStoppingTrainer.Settings training, boolean residual,
    double trainFraction, double validationFraction, OffloadingBlock block, double dropout, int passes, double rttMs, double edgeSlowdown,
    double cloudSpeedup, long seed) {

  /** The w_L values of the weight comparison in the study's figures (Fig. 3 (a)-(c) and the 0.5 midpoint). */
  public static final List<Double> PAPER_WEIGHTS = List.of(0.1, 0.5, 0.8, 0.9);

  public OffloadingConfig {
    weightSweep = List.copyOf(weightSweep);
  }

  public OffloadingConfig validate() {
    if (traces == null) throw new IllegalArgumentException("no demand traces");
    if (history < 2) throw new IllegalArgumentException("history N must be >= 2, is " + history);
    int windows = traces.length() - history;
    if (windows < 20) throw new IllegalArgumentException("traces of " + traces.length() + " samples give only " + Math.max(0, windows) + " windows of N = " + history + "; need at least 20");
    for (double w : localWeights()) if (!(w >= 0 && w <= 1)) throw new IllegalArgumentException("local weight w_L must be in [0, 1], is " + w);
    if (!(trainFraction > 0 && trainFraction < 1)) throw new IllegalArgumentException("train fraction must be in (0, 1), is " + trainFraction);
    if (!(validationFraction > 0 && validationFraction < trainFraction)) {
      throw new IllegalArgumentException("validation fraction must be in (0, train fraction " + trainFraction + "), is " + validationFraction);
    }
    int validation = (int) Math.floor(windows * validationFraction);
    int train = (int) Math.floor(windows * trainFraction) - validation;
    if (validation < 2 || train < 10) throw new IllegalArgumentException(windows + " windows leave " + train + " for training and " + validation + " for validation; need at least 10 and 2");
    if (!(dropout > 0 && dropout < 1)) throw new IllegalArgumentException("dropout must be in (0, 1), is " + dropout);
    if (passes < 2) throw new IllegalArgumentException("confidence passes J must be >= 2, is " + passes);
    if (!(rttMs >= 0) || Double.isInfinite(rttMs)) throw new IllegalArgumentException("RTT must be a finite number >= 0 ms, is " + rttMs);
    if (!(edgeSlowdown > 0) || !(cloudSpeedup > 0) || Double.isInfinite(edgeSlowdown) || Double.isInfinite(cloudSpeedup)) throw new IllegalArgumentException("hardware factors must be finite and > 0");
    return this;
  }

  /** The reported w_L first, then the sweep's other values in order. */
  public List<Double> localWeights() {
    List<Double> out = new ArrayList<>();
    out.add(localWeight);
    for (double w : weightSweep) if (!out.contains(w)) out.add(w);
    return out;
  }

  /** Adam at 0.002, batches of 16, at most 40 epochs, patience 4; w_L 0.9; raw (not residual) targets. */
  public static OffloadingConfig defaults(String scenario, DemandTraces traces, long seed) {
    return new OffloadingConfig(scenario, traces, "synthetic, seed " + seed, 144, DdnnArchitecture.SMALL, 0.9, List.of(), AsymmetricCost.STUDY,
        new EarlyStoppingTrainer.Settings(40, 4, 16, 0.002, true), false, 0.7, 0.1, OffloadingBlock.NETWORK, 0.4, 10, 42.46, 1, 1, seed);
  }

  public OffloadingConfig withLocalWeight(double w) {
    return new OffloadingConfig(scenario, traces, traceSource, history, architecture, w, weightSweep, cost, training, residual, trainFraction,
        validationFraction, block, dropout, passes, rttMs, edgeSlowdown, cloudSpeedup, seed);
  }

  public OffloadingConfig withWeightSweep(List<Double> sweep) {
    return new OffloadingConfig(scenario, traces, traceSource, history, architecture, localWeight, sweep, cost, training, residual, trainFraction,
        validationFraction, block, dropout, passes, rttMs, edgeSlowdown, cloudSpeedup, seed);
  }

  /** Same traces, another seed for every random draw of training and the policies. */
  public OffloadingConfig withSeed(long sd) {
    return new OffloadingConfig(scenario, traces, traceSource, history, architecture, localWeight, weightSweep, cost, training, residual, trainFraction,
        validationFraction, block, dropout, passes, rttMs, edgeSlowdown, cloudSpeedup, sd);
  }

  public OffloadingConfig withHistory(int n) {
    return new OffloadingConfig(scenario, traces, traceSource, n, architecture, localWeight, weightSweep, cost, training, residual, trainFraction,
        validationFraction, block, dropout, passes, rttMs, edgeSlowdown, cloudSpeedup, seed);
  }

  public OffloadingConfig withTraining(EarlyStoppingTrainer.Settings t) {
    return new OffloadingConfig(scenario, traces, traceSource, history, architecture, localWeight, weightSweep, cost, t, residual, trainFraction,
        validationFraction, block, dropout, passes, rttMs, edgeSlowdown, cloudSpeedup, seed);
  }

  public OffloadingConfig withResidual(boolean r) {
    return new OffloadingConfig(scenario, traces, traceSource, history, architecture, localWeight, weightSweep, cost, training, r, trainFraction,
        validationFraction, block, dropout, passes, rttMs, edgeSlowdown, cloudSpeedup, seed);
  }

  public OffloadingConfig withBlock(OffloadingBlock b) {
    return new OffloadingConfig(scenario, traces, traceSource, history, architecture, localWeight, weightSweep, cost, training, residual, trainFraction,
        validationFraction, b, dropout, passes, rttMs, edgeSlowdown, cloudSpeedup, seed);
  }

  public OffloadingConfig withArchitecture(DdnnArchitecture a) {
    return new OffloadingConfig(scenario, traces, traceSource, history, a, localWeight, weightSweep, cost, training, residual, trainFraction,
        validationFraction, block, dropout, passes, rttMs, edgeSlowdown, cloudSpeedup, seed);
  }
}
