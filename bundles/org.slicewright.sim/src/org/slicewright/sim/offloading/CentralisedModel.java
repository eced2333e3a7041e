package org.slicewright.sim.offloading;

import java.util.List;

import org.slicewright.sim.nn.ParameterBlock;

/**
 * A fully centralised allocation model (every sample resolved in the cloud, local share 0): the
 * baselines the DDNN is compared with. Trained on the asymmetric cost alone.
 */
public interface CentralisedModel {
  List<ParameterBlock> parameters();

  /** The K allocations for a window (window[t][k]). */
  double[] predict(double[][] window);

  /** Accumulates the gradient of one sample's cost; returns the cost. */
  double accumulate(double[][] window, double[] target, AsymmetricCost cost);

  /** The cost of one sample, without gradient. */
  default double loss(double[][] window, double[] target, AsymmetricCost cost) {
    return cost.cost(predict(window), target);
  }

  /** The allocations of a batch of windows (a model may compute them together). */
  default double[][] predict(List<double[][]> windows) {
    double[][] y = new double[windows.size()][];
    for (int b = 0; b < y.length; b++) y[b] = predict(windows.get(b));
    return y;
  }

  /** Accumulates the gradient of a batch of samples; returns their summed cost. */
  default double accumulate(List<double[][]> windows, List<double[]> targets, AsymmetricCost cost) {
    double loss = 0;
    for (int b = 0; b < windows.size(); b++) loss += accumulate(windows.get(b), targets.get(b), cost);
    return loss;
  }
}
