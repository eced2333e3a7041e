package org.slicewright.sim.offloading;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.slicewright.sim.nn.DenseLayer;
import org.slicewright.sim.nn.LstmLayer;
import org.slicewright.sim.nn.ParameterBlock;

/**
 * The distributed LSTM of seed 002. At the edge, one small LSTM (shared by the K VNFs) runs over each
 * VNF's last N demand samples; its last hidden state z^k goes through a dense exit to the local
 * allocation y_L^k. In the cloud, the remote stack reads the sequence of all VNFs' local hidden states
 * (K x localHidden per step) and outputs a correction to the last observed demand, which the edge
 * sends along with z: y_R = d_{t-1} + remote(z). (A residual remote exit: with the few thousand
 * windows of a two-week trace, a remote stack that must learn every VNF's level from scratch does
 * worse than the shared local exit; predicting the change from the last sample lets it start from
 * persistence.) Joint training minimises
 * w_L * sum_k f(y_L^k, d^k) + w_R * sum_k f(y_R^k, d^k), w_R = 1 - w_L, backpropagating both exits
 * into the shared local LSTM.
 */
public final class DistributedLstm {
  private final int k;
  private final int localHidden;
  private final LstmLayer local;
  private final DenseLayer exit;
  private final RemoteStack remote;

  public DistributedLstm(int vnfs, DdnnArchitecture a, SplittableRandom rng) {
    this.k = vnfs;
    this.localHidden = a.localHidden();
    local = new LstmLayer(1, localHidden);
    local.initialise(rng);
    exit = new DenseLayer(localHidden, 1, false);
    exit.initialise(rng);
    remote = new RemoteStack(vnfs * localHidden, vnfs, a.remoteLstm(), a.remoteDense(), rng);
  }

  public List<ParameterBlock> parameters() {
    List<ParameterBlock> out = new ArrayList<>();
    out.add(local.parameters());
    out.add(exit.parameters());
    out.addAll(remote.parameters());
    return out;
  }

  /** Forward caches and outputs of one sample. */
  public final class Pass {
    final LstmLayer.Run[] localRuns = new LstmLayer.Run[k];
    public final double[] localOut = new double[k];
    /** Last local hidden state per VNF (what the confidence block and the classifier see). */
    public final double[][] z = new double[k][];
    RemoteStack.Pass remotePass;
    public double[] remoteOut;
  }

  /** @param window window[t][k], t = 0..N-1: the last N demand samples of every VNF */
  public Pass forward(double[][] window, boolean withRemote) {
    Pass p = new Pass();
    int n = window.length;
    double[][] seq = new double[n][k * localHidden];
    for (int j = 0; j < k; j++) {
      double[][] x = new double[n][1];
      for (int t = 0; t < n; t++) x[t][0] = window[t][j];
      p.localRuns[j] = local.forward(x);
      double[][] h = p.localRuns[j].hidden();
      for (int t = 0; t < n; t++) System.arraycopy(h[t], 0, seq[t], j * localHidden, localHidden);
      p.z[j] = h[n - 1];
      p.localOut[j] = exit.forward(p.z[j])[0];
    }
    if (withRemote) {
      p.remotePass = remote.forward(seq);
      double[] delta = p.remotePass.output();
      p.remoteOut = new double[k];
      for (int j = 0; j < k; j++) p.remoteOut[j] = window[n - 1][j] + delta[j];
    }
    return p;
  }

  /** The local exit applied to a (possibly perturbed) hidden state: the confidence block's path. */
  public double localExit(double[] z) {
    return exit.forward(z)[0];
  }

  /** Accumulates the joint-loss gradient of one sample; returns its joint loss. */
  public double accumulate(double[][] window, double[] target, double localWeight, AsymmetricCost cost) {
    Pass p = forward(window, true);
    double wR = 1 - localWeight;
    double loss = 0;
    double[] dRemote = new double[k];
    for (int j = 0; j < k; j++) {
      loss += localWeight * cost.cost(p.localOut[j], target[j]) + wR * cost.cost(p.remoteOut[j], target[j]);
      dRemote[j] = wR * cost.derivative(p.remoteOut[j], target[j]);
    }
    double[][] dSeq = remote.backward(p.remotePass, dRemote);
    int n = window.length;
    for (int j = 0; j < k; j++) {
      double[][] dh = new double[n][localHidden];
      for (int t = 0; t < n; t++) System.arraycopy(dSeq[t], j * localHidden, dh[t], 0, localHidden);
      double dLocal = localWeight * cost.derivative(p.localOut[j], target[j]);
      double[] dz = exit.backward(p.z[j], new double[] { p.localOut[j] }, new double[] { dLocal });
      for (int i = 0; i < localHidden; i++) dh[n - 1][i] += dz[i];
      local.backward(p.localRuns[j], dh);
    }
    return loss;
  }
}
