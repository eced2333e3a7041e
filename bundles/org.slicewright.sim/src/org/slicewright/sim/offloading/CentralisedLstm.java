package org.slicewright.sim.offloading;

import java.util.List;
import java.util.SplittableRandom;

import org.slicewright.sim.nn.ParameterBlock;

/**
 * The centralised LSTM baseline: the DDNN's remote stack alone, fed the raw demand windows (K per
 * step), trained on the remote cost only (no joint training). Every sample is resolved in the cloud.
 */
public final class CentralisedLstm implements CentralisedModel {
  private final RemoteStack stack;

  public CentralisedLstm(int vnfs, DdnnArchitecture a, SplittableRandom rng) {
    stack = new RemoteStack(vnfs, vnfs, a.remoteLstm(), a.remoteDense(), rng);
  }

  @Override
  public List<ParameterBlock> parameters() {
    return stack.parameters();
  }

  @Override
  public double[] predict(double[][] window) {
    return stack.forward(window).output();
  }

  @Override
  public double[][] predict(List<double[][]> windows) {
    RemoteStack.BatchPass p = stack.forward(sequence(windows), windows.size());
    double[][] y = new double[windows.size()][];
    for (int b = 0; b < y.length; b++) y[b] = p.output(b).clone();
    return y;
  }

  @Override
  public double accumulate(List<double[][]> windows, List<double[]> targets, AsymmetricCost cost) {
    RemoteStack.BatchPass p = stack.forward(sequence(windows), windows.size());
    double loss = 0;
    double[][] dy = new double[windows.size()][];
    for (int b = 0; b < dy.length; b++) {
      double[] y = p.output(b), d = targets.get(b);
      dy[b] = new double[y.length];
      for (int j = 0; j < y.length; j++) {
        loss += cost.cost(y[j], d[j]);
        dy[b][j] = cost.derivative(y[j], d[j]);
      }
    }
    stack.backward(p, dy);
    return loss;
  }

  /** The windows as one batch: per step, sample b's K demands at b x K. */
  private static double[][] sequence(List<double[][]> windows) {
    int n = windows.get(0).length, k = windows.get(0)[0].length;
    double[][] x = new double[n][windows.size() * k];
    for (int b = 0; b < windows.size(); b++) for (int t = 0; t < n; t++) System.arraycopy(windows.get(b)[t], 0, x[t], b * k, k);
    return x;
  }

  @Override
  public double accumulate(double[][] window, double[] target, AsymmetricCost cost) {
    RemoteStack.Pass p = stack.forward(window);
    double[] y = p.output();
    double[] dy = new double[y.length];
    double loss = 0;
    for (int j = 0; j < y.length; j++) {
      loss += cost.cost(y[j], target[j]);
      dy[j] = cost.derivative(y[j], target[j]);
    }
    stack.backward(p, dy);
    return loss;
  }
}
