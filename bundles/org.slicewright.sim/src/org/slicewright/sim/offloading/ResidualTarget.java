package org.slicewright.sim.offloading;

import java.util.ArrayList;
import java.util.List;

import org.slicewright.sim.nn.ParameterBlock;

/**
 * A centralised model that predicts a correction to the last observed demand: allocation = d_{t-1} +
 * model(window). Used when the DDNN's remote exit predicts that way, so the baselines predict the
 * same target the same way. The asymmetric cost depends only on allocation - demand, so training the
 * wrapped model against (demand - d_{t-1}) gives exactly the gradient of the shifted allocation.
 */
final class ResidualTarget implements CentralisedModel {
  private final CentralisedModel model;

  ResidualTarget(CentralisedModel model) {
    this.model = model;
  }

  @Override
  public List<ParameterBlock> parameters() {
    return model.parameters();
  }

  @Override
  public double[] predict(double[][] window) {
    double[] y = model.predict(window).clone();
    double[] last = window[window.length - 1];
    for (int j = 0; j < y.length; j++) y[j] += last[j];
    return y;
  }

  @Override
  public double accumulate(double[][] window, double[] target, AsymmetricCost cost) {
    return model.accumulate(window, shift(window, target), cost);
  }

  @Override
  public double[][] predict(List<double[][]> windows) {
    double[][] y = model.predict(windows);
    for (int b = 0; b < y.length; b++) {
      double[] last = windows.get(b)[windows.get(b).length - 1];
      y[b] = y[b].clone();
      for (int j = 0; j < y[b].length; j++) y[b][j] += last[j];
    }
    return y;
  }

  @Override
  public double accumulate(List<double[][]> windows, List<double[]> targets, AsymmetricCost cost) {
    List<double[]> shifted = new ArrayList<>();
    for (int b = 0; b < windows.size(); b++) shifted.add(shift(windows.get(b), targets.get(b)));
    return model.accumulate(windows, shifted, cost);
  }

  private static double[] shift(double[][] window, double[] target) {
    double[] last = window[window.length - 1];
    double[] shifted = new double[target.length];
    for (int j = 0; j < target.length; j++) shifted[j] = target[j] - last[j];
    return shifted;
  }

  @Override
  public String toString() {
    return model + ", predicting a correction to the last demand";
  }
}
