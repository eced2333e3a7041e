package org.slicewright.sim.offloading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.slicewright.data.traces.DemandTraces;
import org.slicewright.sim.CanceledException;
import org.slicewright.sim.ProgressMonitor;
import org.slicewright.sim.Seeds;
import org.slicewright.sim.nn.Adam;

/**
 * The offloading what-if of seed 002: trains the DDNN jointly and the centralised baseline on the
 * first part of the demand windows, then on the rest (the test set) traces the trade-off curve of
 * total cost (eq. 9) against the share of samples resolved locally for four policies: oracle
 * (offload iff C_L - C_R > C_T), random (Bernoulli p), Bayesian confidence (dropout on z, J passes,
 * local iff U < eta) and ML (a Smile logistic regression trained on the training windows to predict
 * C_T >= C_L - C_R). Latency per sample: offloading-block time + share local x local time +
 * share remote x (RTT + remote time), with the local, remote and block times measured on this
 * machine and scaled by the scenario's edge and cloud hardware factors.
 */
public final class OffloadingStudy {
  private static final int BATCH = 8;
  private final OffloadingConfig c;

  public OffloadingStudy(OffloadingConfig config) {
    this.c = config.validate();
  }

  /** One operating point of a policy. */
  public record CurvePoint(String policy, double parameter, double localShare, double totalCost, double latencyMs) {
  }

  /** Everything the report and the CSV need. */
  public record Result(List<CurvePoint> points, double allRemoteCost, double allLocalCost, double centralisedCost,
      double centralisedLatencyMs, double freeLocalShare, double localMs, double remoteMs, double mlBlockMs, double confidenceBlockMs,
      int testSamples, String cell, double[] demand, double[] localAllocation, double[] remoteAllocation) {

    /** Total cost at a local share on a policy's curve, linearly interpolated between its points. */
    public double costAt(String policy, double share) {
      return interpolate(policy, share, CurvePoint::totalCost);
    }

    /** Latency per sample at a local share on a policy's curve. */
    public double latencyAt(String policy, double share) {
      return interpolate(policy, share, CurvePoint::latencyMs);
    }

    private double interpolate(String policy, double share, java.util.function.ToDoubleFunction<CurvePoint> f) {
      List<CurvePoint> p = points.stream().filter(x -> x.policy().equals(policy))
          .sorted((a, b) -> Double.compare(a.localShare(), b.localShare())).toList();
      if (p.isEmpty()) return Double.NaN;
      if (share <= p.get(0).localShare()) return f.applyAsDouble(p.get(0));
      for (int i = 1; i < p.size(); i++) {
        CurvePoint a = p.get(i - 1), b = p.get(i);
        if (share <= b.localShare()) {
          double span = b.localShare() - a.localShare();
          if (span == 0) return Math.min(f.applyAsDouble(a), f.applyAsDouble(b));
          return f.applyAsDouble(a) + (share - a.localShare()) / span * (f.applyAsDouble(b) - f.applyAsDouble(a));
        }
      }
      return f.applyAsDouble(p.get(p.size() - 1));
    }
  }

  static double[][] window(DemandTraces tr, int start, int n) {
    double[][] w = new double[n][tr.series()];
    for (int t = 0; t < n; t++) for (int k = 0; k < tr.series(); k++) w[t][k] = tr.value(start + t, k);
    return w;
  }

  static double[] target(DemandTraces tr, int t) {
    double[] d = new double[tr.series()];
    for (int k = 0; k < d.length; k++) d[k] = tr.value(t, k);
    return d;
  }

  public Result run(ProgressMonitor monitor) {
    DemandTraces tr = c.traces();
    int k = tr.series(), n = c.history();
    int windows = tr.length() - n;
    int train = (int) Math.floor(windows * c.trainFraction());
    int test = windows - train;
    monitor.begin("Offloading study: training", 2 * c.epochs() + 3);

    DistributedLstm ddnn = new DistributedLstm(k, c.architecture(), Seeds.stream(c.seed(), 11));
    CentralisedLstm central = new CentralisedLstm(k, c.architecture(), Seeds.stream(c.seed(), 12));
    Adam optD = new Adam(ddnn.parameters(), c.learningRate(), c.adam());
    Adam optC = new Adam(central.parameters(), c.learningRate(), c.adam());
    SplittableRandom order = Seeds.stream(c.seed(), 13);
    int[] idx = new int[train];
    for (int i = 0; i < train; i++) idx[i] = i;
    for (int e = 0; e < c.epochs(); e++) {
      shuffle(idx, order);
      int inBatch = 0;
      for (int i : idx) {
        if (monitor.isCanceled()) throw new CanceledException();
        ddnn.accumulate(window(tr, i, n), target(tr, i + n), c.localWeight(), c.cost());
        if (++inBatch == BATCH) { optD.step(inBatch); inBatch = 0; }
      }
      if (inBatch > 0) optD.step(inBatch);
      monitor.worked(1);
    }
    for (int e = 0; e < c.epochs(); e++) {
      shuffle(idx, order);
      int inBatch = 0;
      for (int i : idx) {
        if (monitor.isCanceled()) throw new CanceledException();
        central.accumulate(window(tr, i, n), target(tr, i + n), c.cost());
        if (++inBatch == BATCH) { optC.step(inBatch); inBatch = 0; }
      }
      if (inBatch > 0) optC.step(inBatch);
      monitor.worked(1);
    }

    // Exits on every window: costs, features for the classifier, uncertainty on the test set.
    double[] cl = new double[windows], cr = new double[windows];
    double[][] features = new double[windows][];
    double[] yl0 = new double[test], yr0 = new double[test], d0 = new double[test];
    for (int m = 0; m < windows; m++) {
      double[][] w = window(tr, m, n);
      double[] d = target(tr, m + n);
      DistributedLstm.Pass p = ddnn.forward(w, true);
      cl[m] = c.cost().cost(p.localOut, d);
      cr[m] = c.cost().cost(p.remoteOut, d);
      features[m] = features(p, w);
      if (m >= train) {
        yl0[m - train] = p.localOut[0];
        yr0[m - train] = p.remoteOut[0];
        d0[m - train] = d[0];
      }
    }
    double centralCost = 0;
    for (int m = train; m < windows; m++) centralCost += c.cost().cost(central.predict(window(tr, m, n)), target(tr, m + n));
    monitor.worked(1);
    double[] uncertainty = new double[test];
    SplittableRandom drop = Seeds.stream(c.seed(), 14);
    for (int m = train; m < windows; m++) uncertainty[m - train] = uncertainty(ddnn, window(tr, m, n), drop);

    List<CurvePoint> points = new ArrayList<>();
    Timings time = measure(ddnn, central, tr, train, windows);
    double allRemote = 0, allLocal = 0;
    for (int m = train; m < windows; m++) { allRemote += cr[m]; allLocal += cl[m]; }

    // Oracle: C_T over the quantiles of the test set's C_L - C_R (hindsight).
    double[] diffTest = new double[test];
    for (int m = train; m < windows; m++) diffTest[m - train] = cl[m] - cr[m];
    for (double ct : thresholds(diffTest)) {
      boolean[] local = new boolean[test];
      for (int i = 0; i < test; i++) local[i] = diffTest[i] <= ct;
      points.add(point("oracle", ct, local, cl, cr, train, 0, time));
    }
    // Random: Bernoulli(p) local.
    SplittableRandom coin = Seeds.stream(c.seed(), 15);
    for (int s = 0; s <= 10; s++) {
      double p = s / 10.0;
      boolean[] local = new boolean[test];
      for (int i = 0; i < test; i++) local[i] = coin.nextDouble() < p;
      points.add(point("random", p, local, cl, cr, train, 0, time));
    }
    // Bayesian confidence: local iff U < eta, eta over the quantiles of U.
    for (double eta : thresholds(uncertainty)) {
      boolean[] local = new boolean[test];
      for (int i = 0; i < test; i++) local[i] = uncertainty[i] < eta || eta == Double.POSITIVE_INFINITY;
      points.add(point("confidence", eta, local, cl, cr, train, time.confidenceMs, time));
    }
    monitor.worked(1);
    // ML: for each C_T (quantiles of the training set's C_L - C_R), a classifier learns "resolve locally".
    double[] diffTrain = new double[train];
    for (int m = 0; m < train; m++) diffTrain[m] = cl[m] - cr[m];
    OffloadingClassifier.Standardiser std = new OffloadingClassifier.Standardiser(Arrays.copyOfRange(features, 0, train));
    double mlMs = 0;
    for (double ct : thresholds(diffTrain)) {
      int[] labels = new int[train];
      for (int m = 0; m < train; m++) labels[m] = ct >= diffTrain[m] ? 1 : 0;
      OffloadingClassifier clf = OffloadingClassifier.fit(std, Arrays.copyOfRange(features, 0, train), labels);
      boolean[] local = new boolean[test];
      long t0 = System.nanoTime();
      for (int m = train; m < windows; m++) local[m - train] = clf.local(features[m]);
      mlMs = Math.max(mlMs, (System.nanoTime() - t0) / 1e6 / test * c.edgeSlowdown());
      points.add(point("ml", ct, local, cl, cr, train, mlMs, time));
    }
    monitor.worked(1);
    double free = 0;
    for (CurvePoint p : points) if (p.policy().equals("oracle") && p.totalCost() <= allRemote * (1 + 1e-9)) free = Math.max(free, p.localShare());
    double centralMs = time.centralisedMs + c.rttMs();
    return new Result(points, allRemote, allLocal, centralCost, centralMs, free, time.localMs, time.remoteMs, mlMs, time.confidenceMs,
        test, tr.names().get(0), d0, yl0, yr0);
  }

  private CurvePoint point(String policy, double parameter, boolean[] local, double[] cl, double[] cr, int train, double blockMs, Timings t) {
    double cost = 0;
    int count = 0;
    for (int i = 0; i < local.length; i++) {
      if (local[i]) { cost += cl[train + i]; count++; } else cost += cr[train + i];
    }
    double share = (double) count / local.length;
    double latency = blockMs + share * t.localMs + (1 - share) * (c.rttMs() + t.remoteMs);
    return new CurvePoint(policy, parameter, share, cost, latency);
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
  double uncertainty(DistributedLstm m, double[][] w, SplittableRandom rng) {
    DistributedLstm.Pass p = m.forward(w, false);
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

  /** 21 thresholds at the quantiles 0, 5 %, ..., 100 % of the values, plus -inf and +inf (all one way). */
  static double[] thresholds(double[] values) {
    double[] s = values.clone();
    Arrays.sort(s);
    double[] t = new double[23];
    t[0] = Double.NEGATIVE_INFINITY;
    for (int q = 0; q <= 20; q++) t[q + 1] = s[Math.min(s.length - 1, (int) Math.round(q / 20.0 * (s.length - 1)))];
    t[22] = Double.POSITIVE_INFINITY;
    return t;
  }

  private static void shuffle(int[] a, SplittableRandom rng) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int x = a[i]; a[i] = a[j]; a[j] = x;
    }
  }

  /** Per-sample compute times measured on this machine, in ms, scaled by the hardware factors. */
  record Timings(double localMs, double remoteMs, double centralisedMs, double confidenceMs) {
  }

  private Timings measure(DistributedLstm ddnn, CentralisedLstm central, DemandTraces tr, int from, int to) {
    int n = c.history();
    int count = Math.min(to - from, 50);
    // warm-up
    for (int m = from; m < from + count; m++) { ddnn.forward(window(tr, m, n), true); central.predict(window(tr, m, n)); }
    long t0 = System.nanoTime();
    for (int m = from; m < from + count; m++) ddnn.forward(window(tr, m, n), false);
    long t1 = System.nanoTime();
    for (int m = from; m < from + count; m++) ddnn.forward(window(tr, m, n), true);
    long t2 = System.nanoTime();
    for (int m = from; m < from + count; m++) central.predict(window(tr, m, n));
    long t3 = System.nanoTime();
    SplittableRandom r = new SplittableRandom(0);
    for (int m = from; m < from + count; m++) uncertainty(ddnn, window(tr, m, n), r);
    long t4 = System.nanoTime();
    double local = (t1 - t0) / 1e6 / count, full = (t2 - t1) / 1e6 / count, cen = (t3 - t2) / 1e6 / count;
    // The confidence block re-runs the local part to get z, then J exit passes: count only the passes.
    double conf = Math.max(0, (t4 - t3) / 1e6 / count - local);
    return new Timings(local * c.edgeSlowdown(), Math.max(0, full - local) / c.cloudSpeedup(), cen / c.cloudSpeedup(), conf * c.edgeSlowdown());
  }
}
