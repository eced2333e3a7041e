package org.slicewright.sim.offloading;

import java.util.List;
import java.util.SplittableRandom;

import org.slicewright.sim.nn.ParameterBlock;

/**
 * The centralised baseline: the remote stack alone, fed the raw demand windows (K per step), trained
 * on the remote cost only. Every sample is resolved in the cloud.
 */
public final class CentralisedLstm {
  private final RemoteStack stack;

  public CentralisedLstm(int vnfs, DdnnArchitecture a, SplittableRandom rng) {
    stack = new RemoteStack(vnfs, vnfs, a.remoteLstm(), a.remoteDense(), rng);
  }

  public List<ParameterBlock> parameters() {
    return stack.parameters();
  }

  public double[] predict(double[][] window) {
    return stack.forward(window).output();
  }

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
