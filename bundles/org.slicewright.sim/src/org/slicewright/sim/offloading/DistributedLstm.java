package org.slicewright.sim.offloading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.slicewright.sim.nn.DenseLayer;
import org.slicewright.sim.nn.LstmBatch;
import org.slicewright.sim.nn.LstmLayer;
import org.slicewright.sim.nn.ParameterBlock;

/**
 * The distributed LSTM of the edge/cloud offloading study. At the edge, one small LSTM (shared by the K VNFs) runs over each
 * VNF's last N demand samples; its last hidden state z^k goes through a dense exit to the local
 * allocation y_L^k. In the cloud, the remote stack reads the sequence of all VNFs' local hidden states
 * (K x localHidden per step) and outputs the K remote allocations y_R = remote(z), as in the study.
 * With {@code residual} it outputs a correction to the last observed demand instead (the edge sends
 * d_{t-1} along with z: y_R = d_{t-1} + remote(z)); the centralised baselines then predict the same
 * way, so the comparison stays fair whichever target is chosen. Joint training minimises
 * w_L * sum_k f(y_L^k, d^k) + w_R * sum_k f(y_R^k, d^k), w_R = 1 - w_L, backpropagating both exits
 * into the shared local LSTM.
 */
public final class DistributedLstm {
  private final int k;
  private final int localHidden;
  private final LstmLayer local;
  private final LstmBatch localBatch;
  private final DenseLayer exit;
  private final RemoteStack remote;
  private final boolean residual;

  public DistributedLstm(int vnfs, DdnnArchitecture a, boolean residual, SplittableRandom rng) {
    this.k = vnfs;
    this.residual = residual;
    this.localHidden = a.localHidden();
    local = new LstmLayer(1, localHidden);
    local.initialise(rng);
    localBatch = new LstmBatch(local, 1); // one thread: the study trains its models in parallel instead
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
      for (int j = 0; j < k; j++) p.remoteOut[j] = (residual ? window[n - 1][j] : 0) + delta[j];
    }
    return p;
  }

  /** Forward caches of a batch of windows (the local LSTM runs over all B x K series at once). */
  private final class BatchPass {
    final int batch;
    final double[][] windowsLast;
    LstmBatch.Run localRun;
    RemoteStack.BatchPass remotePass;
    Pass[] samples;

    BatchPass(int batch) {
      this.batch = batch;
      windowsLast = new double[batch][];
    }
  }

  /**
   * The exits of a batch of windows, as the single-window {@link #forward(double[][], boolean)} gives
   * them (the same numbers up to summation order), computed as batched matrix products.
   */
  public Pass[] forward(List<double[][]> windows, boolean withRemote) {
    return forwardBatch(windows, withRemote).samples;
  }

  private BatchPass forwardBatch(List<double[][]> windows, boolean withRemote) {
    int batch = windows.size(), n = windows.get(0).length;
    BatchPass bp = new BatchPass(batch);
    double[][] x = new double[n][batch * k];
    for (int b = 0; b < batch; b++) {
      double[][] w = windows.get(b);
      if (w.length != n) throw new IllegalArgumentException("windows of " + w.length + " and " + n + " steps in one batch");
      for (int t = 0; t < n; t++) System.arraycopy(w[t], 0, x[t], b * k, k);
      bp.windowsLast[b] = w[n - 1];
    }
    bp.localRun = localBatch.forward(x, batch * k);
    double[][] h = bp.localRun.hidden();
    bp.samples = new Pass[batch];
    for (int b = 0; b < batch; b++) {
      Pass p = new Pass();
      for (int j = 0; j < k; j++) {
        int o = (b * k + j) * localHidden;
        p.z[j] = Arrays.copyOfRange(h[n - 1], o, o + localHidden);
        p.localOut[j] = exit.forward(p.z[j])[0];
      }
      bp.samples[b] = p;
    }
    if (withRemote) {
      // The local hidden states, flat per step as sample b's K x localHidden block, are the remote input as they are.
      bp.remotePass = remote.forward(h, batch);
      for (int b = 0; b < batch; b++) {
        double[] delta = bp.remotePass.output(b);
        Pass p = bp.samples[b];
        p.remoteOut = new double[k];
        for (int j = 0; j < k; j++) p.remoteOut[j] = (residual ? bp.windowsLast[b][j] : 0) + delta[j];
      }
    }
    return bp;
  }

  /** Accumulates the joint-loss gradient of a batch of windows; returns their summed joint loss. */
  public double accumulate(List<double[][]> windows, List<double[]> targets, double localWeight, AsymmetricCost cost) {
    BatchPass bp = forwardBatch(windows, true);
    int batch = bp.batch, n = windows.get(0).length;
    double wR = 1 - localWeight;
    double loss = 0;
    double[][] dRemote = new double[batch][k];
    for (int b = 0; b < batch; b++) {
      Pass p = bp.samples[b];
      double[] d = targets.get(b);
      for (int j = 0; j < k; j++) {
        loss += localWeight * cost.cost(p.localOut[j], d[j]) + wR * cost.cost(p.remoteOut[j], d[j]);
        dRemote[b][j] = wR * cost.derivative(p.remoteOut[j], d[j]);
      }
    }
    double[][] dh = remote.backward(bp.remotePass, dRemote);
    for (int b = 0; b < batch; b++) {
      Pass p = bp.samples[b];
      double[] d = targets.get(b);
      for (int j = 0; j < k; j++) {
        double dLocal = localWeight * cost.derivative(p.localOut[j], d[j]);
        double[] dz = exit.backward(p.z[j], new double[] { p.localOut[j] }, new double[] { dLocal });
        int o = (b * k + j) * localHidden;
        for (int i = 0; i < localHidden; i++) dh[n - 1][o + i] += dz[i];
      }
    }
    localBatch.backward(bp.localRun, dh);
    return loss;
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
