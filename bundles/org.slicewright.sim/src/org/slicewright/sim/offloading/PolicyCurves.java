package org.slicewright.sim.offloading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.slicewright.sim.Seeds;

/**
 * The trade-off curves of one trained DDNN on the test windows: for each offloading policy, the total
 * cost (eq. 9) and latency at each of its operating points. Oracle: offload iff C_L - C_R > C_T, with
 * C_T over the quantiles of the test set's C_L - C_R (hindsight: the lower bound). Random: Bernoulli(p)
 * local. Confidence: local iff U < eta. ML: for each C_T (quantiles of the training windows' C_L - C_R),
 * a classifier trained on those windows predicts "resolve locally"; the classifiers of different C_T
 * are independent and trained in parallel, each from its own random stream.
 */
final class PolicyCurves {
  private final OffloadingConfig c;
  private final StudyWindows w;
  private final OffloadingTimings time;

  PolicyCurves(OffloadingConfig c, StudyWindows w, OffloadingTimings time) {
    this.c = c;
    this.w = w;
    this.time = time;
  }

  List<OffloadingStudy.CurvePoint> points(ExitCosts e) {
    int test = w.testCount();
    List<OffloadingStudy.CurvePoint> points = new ArrayList<>();
    double[] diffTest = new double[test];
    for (int i = 0; i < test; i++) diffTest[i] = e.local[w.testStart + i] - e.remote[w.testStart + i];
    for (double ct : thresholds(diffTest)) {
      boolean[] local = new boolean[test];
      for (int i = 0; i < test; i++) local[i] = diffTest[i] <= ct;
      points.add(point(OffloadingStudy.ORACLE, e, ct, local, 0));
    }
    SplittableRandom coin = Seeds.stream(c.seed(), 15);
    for (int s = 0; s <= 10; s++) {
      double p = s / 10.0;
      boolean[] local = new boolean[test];
      for (int i = 0; i < test; i++) local[i] = coin.nextDouble() < p;
      points.add(point(OffloadingStudy.RANDOM, e, p, local, 0));
    }
    for (double eta : thresholds(e.uncertainty)) {
      boolean[] local = new boolean[test];
      for (int i = 0; i < test; i++) local[i] = e.uncertainty[i] < eta || eta == Double.POSITIVE_INFINITY;
      points.add(point(OffloadingStudy.CONFIDENCE, e, eta, local, time.confidenceMs()));
    }
    points.addAll(mlPoints(e));
    return points;
  }

  private List<OffloadingStudy.CurvePoint> mlPoints(ExitCosts e) {
    int fit = w.testStart;
    double[][] x = Arrays.copyOfRange(e.features, 0, fit);
    double[] diff = new double[fit];
    for (int m = 0; m < fit; m++) diff[m] = e.local[m] - e.remote[m];
    FeatureStandardiser std = new FeatureStandardiser(x);
    double[] cts = thresholds(diff);
    return IntStream.range(0, cts.length).parallel().mapToObj(q -> {
      int[] labels = new int[fit];
      for (int m = 0; m < fit; m++) labels[m] = cts[q] >= diff[m] ? 1 : 0;
      OffloadingClassifier clf = c.block().fit(std, x, labels, Seeds.stream(c.seed(), 200 + q));
      boolean[] local = new boolean[w.testCount()];
      for (int i = 0; i < local.length; i++) local[i] = clf.local(e.features[w.testStart + i]);
      return point(OffloadingStudy.ML, e, cts[q], local, time.mlBlockMs());
    }).toList();
  }

  private OffloadingStudy.CurvePoint point(String policy, ExitCosts e, double parameter, boolean[] local, double blockMs) {
    double cost = 0;
    int count = 0;
    for (int i = 0; i < local.length; i++) {
      if (local[i]) {
        cost += e.local[w.testStart + i];
        count++;
      } else cost += e.remote[w.testStart + i];
    }
    double share = (double) count / local.length;
    return new OffloadingStudy.CurvePoint(policy, e.localWeight, parameter, share, cost, time.latency(blockMs, share));
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
}
