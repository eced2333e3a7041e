package org.slicewright.sim.offloading;

import java.util.ArrayList;
import java.util.List;

import org.slicewright.data.traces.DemandTraces;
import org.slicewright.sim.nn.EarlyStoppingTrainer;

/**
 * The demand windows of a study and their chronological split: training windows first, then the
 * validation windows early stopping watches, then the test windows every figure is computed on
 * (never seen in training, so the test cost is an out-of-sample cost).
 */
final class StudyWindows {
  final DemandTraces traces;
  final int history;
  final int count;
  final int trainEnd;
  final int testStart;

  StudyWindows(OffloadingConfig c) {
    traces = c.traces();
    history = c.history();
    count = traces.length() - history;
    testStart = (int) Math.floor(count * c.trainFraction());
    trainEnd = testStart - (int) Math.floor(count * c.validationFraction());
  }

  int vnfs() {
    return traces.series();
  }

  int testCount() {
    return count - testStart;
  }

  int[] train() {
    return EarlyStoppingTrainer.range(0, trainEnd);
  }

  int[] validation() {
    return EarlyStoppingTrainer.range(trainEnd, testStart);
  }

  /** window[t][k]: the N samples before window m's target. */
  double[][] window(int m) {
    double[][] w = new double[history][traces.series()];
    for (int t = 0; t < history; t++) for (int k = 0; k < traces.series(); k++) w[t][k] = traces.value(m + t, k);
    return w;
  }

  /** The windows of samples[from..to). */
  List<double[][]> windows(int[] samples, int from, int to) {
    List<double[][]> out = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) out.add(window(samples[i]));
    return out;
  }

  /** The targets of samples[from..to). */
  List<double[]> targets(int[] samples, int from, int to) {
    List<double[]> out = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) out.add(target(samples[i]));
    return out;
  }

  /** The demand the allocation of window m is judged against. */
  double[] target(int m) {
    double[] d = new double[traces.series()];
    for (int k = 0; k < d.length; k++) d[k] = traces.value(m + history, k);
    return d;
  }
}
