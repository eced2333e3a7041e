package org.slicewright.sim.offloading;

import java.util.List;
import java.util.SplittableRandom;

import org.slicewright.sim.nn.EarlyStoppingTrainer;

/**
 * What a trained DDNN does on every window: the cost of its local and remote exits (C_L, C_R), the
 * offloading classifier's inputs, and on the test windows the confidence block's uncertainty U and
 * the first VNF's allocations (for the demand-and-allocations figure).
 */
final class ExitCosts {
  final double localWeight;
  final double[] local;
  final double[] remote;
  final double[][] features;
  final double[] uncertainty;
  final double[] firstDemand;
  final double[] firstLocal;
  final double[] firstRemote;

  ExitCosts(DistributedLstm ddnn, double localWeight, StudyWindows w, OffloadingConfig c, SplittableRandom dropout) {
    this.localWeight = localWeight;
    local = new double[w.count];
    remote = new double[w.count];
    features = new double[w.count][];
    int test = w.testCount();
    uncertainty = new double[test];
    firstDemand = new double[test];
    firstLocal = new double[test];
    firstRemote = new double[test];
    int[] all = EarlyStoppingTrainer.range(0, w.count);
    for (int from = 0; from < w.count; from += OffloadingStudy.EVALUATION_BATCH) {
      int to = Math.min(w.count, from + OffloadingStudy.EVALUATION_BATCH);
      List<double[][]> xs = w.windows(all, from, to);
      List<double[]> ds = w.targets(all, from, to);
      DistributedLstm.Pass[] passes = ddnn.forward(xs, true);
      for (int m = from; m < to; m++) {
        DistributedLstm.Pass p = passes[m - from];
        double[] d = ds.get(m - from);
        local[m] = c.cost().cost(p.localOut, d);
        remote[m] = c.cost().cost(p.remoteOut, d);
        features[m] = features(p, xs.get(m - from));
        if (m >= w.testStart) {
          int i = m - w.testStart;
          firstDemand[i] = d[0];
          firstLocal[i] = p.localOut[0];
          firstRemote[i] = p.remoteOut[0];
          uncertainty[i] = uncertainty(ddnn, p, c, dropout);
        }
      }
    }
  }

  double allLocal(int from, int to) {
    double s = 0;
    for (int m = from; m < to; m++) s += local[m];
    return s;
  }

  double allRemote(int from, int to) {
    double s = 0;
    for (int m = from; m < to; m++) s += remote[m];
    return s;
  }

  /**
   * Classifier inputs of a sample, per VNF: the local allocation, its margin over the last demand,
   * the last demand, the recent trend and volatility (what makes a local decision risky), and the
   * local hidden state.
   */
  static double[] features(DistributedLstm.Pass p, double[][] w) {
    int k = p.localOut.length, h = p.z[0].length, n = w.length;
    int per = 5 + h;
    double[] f = new double[k * per];
    for (int j = 0; j < k; j++) {
      double last = w[n - 1][j];
      double trend = n >= 3 ? last - w[n - 3][j] : 0;
      int span = Math.min(6, n);
      double mean = 0, var = 0;
      for (int t = n - span; t < n; t++) mean += w[t][j] / span;
      for (int t = n - span; t < n; t++) var += (w[t][j] - mean) * (w[t][j] - mean) / span;
      int o = j * per;
      f[o] = p.localOut[j];
      f[o + 1] = p.localOut[j] - last;
      f[o + 2] = last;
      f[o + 3] = trend;
      f[o + 4] = Math.sqrt(var);
      for (int i = 0; i < h; i++) f[o + 5 + i] = p.z[j][i];
    }
    return f;
  }

  /** U = mean over VNFs of the std of the local exit over J passes with dropout on z. */
  static double uncertainty(DistributedLstm m, DistributedLstm.Pass p, OffloadingConfig c, SplittableRandom rng) {
    int k = p.z.length, j = c.passes();
    double keep = 1 - c.dropout();
    double u = 0;
    for (int v = 0; v < k; v++) {
      double s = 0, s2 = 0;
      for (int r = 0; r < j; r++) {
        double[] z = p.z[v].clone();
        for (int i = 0; i < z.length; i++) z[i] = rng.nextDouble() < keep ? z[i] / keep : 0;
        double y = m.localExit(z);
        s += y;
        s2 += y * y;
      }
      double mean = s / j;
      u += Math.sqrt(Math.max(0, s2 / j - mean * mean));
    }
    return u / k;
  }
}
