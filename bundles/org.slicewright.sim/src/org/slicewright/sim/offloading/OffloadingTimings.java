package org.slicewright.sim.offloading;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.slicewright.sim.Seeds;

/**
 * Per-sample compute times measured on this machine, in ms, scaled by the scenario's hardware factors
 * (edge times multiplied by the edge slowdown, cloud times divided by the cloud speed-up), and the
 * latency model of the study's Table II: offloading-block time + share local x local time + share
 * remote x (RTT + remote time).
 */
record OffloadingTimings(double localMs, double remoteMs, double confidenceMs, double mlBlockMs, double rttMs) {
  private static final int SAMPLES = 50;

  double latency(double blockMs, double localShare) {
    return blockMs + localShare * localMs + (1 - localShare) * (rttMs + remoteMs);
  }

  /**
   * Latency of a fully centralised model: its compute time in the cloud plus the round trip. Every
   * model is timed one sample at a time (a decision is made as its window completes) on its fastest
   * path, the batched one with a batch of one.
   */
  static double centralisedLatency(CentralisedModel m, StudyWindows w, OffloadingConfig c) {
    int from = w.testStart, to = Math.min(w.count, from + SAMPLES);
    for (int i = from; i < to; i++) m.predict(List.<double[][]>of(w.window(i)));
    long t0 = System.nanoTime();
    for (int i = from; i < to; i++) m.predict(List.<double[][]>of(w.window(i)));
    return (System.nanoTime() - t0) / 1e6 / (to - from) / c.cloudSpeedup() + c.rttMs();
  }

  static OffloadingTimings measure(DistributedLstm ddnn, ExitCosts e, StudyWindows w, OffloadingConfig c) {
    int from = w.testStart, to = Math.min(w.count, from + SAMPLES), n = to - from;
    for (int m = from; m < to; m++) ddnn.forward(List.<double[][]>of(w.window(m)), true);
    long t0 = System.nanoTime();
    for (int m = from; m < to; m++) ddnn.forward(List.<double[][]>of(w.window(m)), false);
    long t1 = System.nanoTime();
    for (int m = from; m < to; m++) ddnn.forward(List.<double[][]>of(w.window(m)), true);
    long t2 = System.nanoTime();
    SplittableRandom r = Seeds.stream(c.seed(), 17); // draws only for timing: they change no result
    double[] passes = new double[n];
    for (int m = from; m < to; m++) {
      DistributedLstm.Pass p = ddnn.forward(List.<double[][]>of(w.window(m)), false)[0];
      long s = System.nanoTime();
      ExitCosts.uncertainty(ddnn, p, c, r);
      passes[m - from] = (System.nanoTime() - s) / 1e6;
    }
    double local = (t1 - t0) / 1e6 / n, full = (t2 - t1) / 1e6 / n;
    return new OffloadingTimings(local * c.edgeSlowdown(), Math.max(0, full - local) / c.cloudSpeedup(), median(passes) * c.edgeSlowdown(),
        mlBlockMs(e, w, c) * c.edgeSlowdown(), c.rttMs());
  }

  /** The ML block's decision time: a classifier fitted at the median C_T, timed on the test windows. */
  private static double mlBlockMs(ExitCosts e, StudyWindows w, OffloadingConfig c) {
    int fit = w.testStart;
    double[][] x = Arrays.copyOfRange(e.features, 0, fit);
    double[] diff = new double[fit];
    for (int m = 0; m < fit; m++) diff[m] = e.local[m] - e.remote[m];
    double median = median(diff);
    int[] labels = new int[fit];
    for (int m = 0; m < fit; m++) labels[m] = median >= diff[m] ? 1 : 0;
    OffloadingClassifier clf = c.block().fit(new FeatureStandardiser(x), x, labels, Seeds.stream(c.seed(), 18));
    int from = w.testStart, to = Math.min(w.count, from + SAMPLES);
    int locals = 0;
    for (int m = from; m < to; m++) if (clf.local(e.features[m])) locals++;
    long t0 = System.nanoTime();
    for (int m = from; m < to; m++) if (clf.local(e.features[m])) locals--;
    double ms = (System.nanoTime() - t0) / 1e6 / (to - from);
    if (locals != 0) throw new IllegalStateException("the ML block answered differently on the same features");
    return ms;
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }
}
