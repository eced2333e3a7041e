package org.slicewright.learn.pooling;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slicewright.learn.ActiveSampler;
import org.slicewright.learn.FittedSurrogate;
import org.slicewright.learn.Surrogate;
import org.slicewright.learn.TrainingSet;

/**
 * How many runs active sampling saves: with the whole grid simulated once, active sampling (and
 * random sampling, its baseline) is replayed at several budgets against the known results, and each
 * budget's surrogate is scored on the policies it did not simulate. The reference is the error a
 * planner gets by simulating everything: the cross-validated error of the surrogate trained on the
 * full grid. The first budget whose surrogate predicts unseen policies as well saves the rest.
 */
public final class SamplingEfficiency {
  /** One budget and metric: RMSE on the policies not simulated, and the full-grid reference. */
  public record Row(int budget, String metric, double activeRmse, double randomRmse, double fullGridCvRmse) {
  }

  private SamplingEfficiency() {
  }

  /**
   * @param candidates the grid's policies
   * @param metrics metrics.get(i) = accuracy, convergence rate and RU of candidate i (simulated)
   */
  public static List<Row> measure(List<String> features, List<double[]> candidates, List<double[]> metrics, int[] budgets, int threads, long seed) {
    ActiveSampler.Oracle lookup = ps -> ps.stream().map(metrics::get).toList();
    ActiveSampler.Outcome all = new ActiveSampler.Outcome(range(candidates.size()), metrics);
    int m = metrics.get(0).length;
    double[] reference = new double[m];
    for (int k = 0; k < m; k++) reference[k] = FittedSurrogate.fitAll(PoolingRecommender.METRICS.get(k), all.trainingSet(features, candidates, k), seed).get(0).cvRmse();
    List<Row> rows = new ArrayList<>();
    ActiveSampler sampler = new ActiveSampler(features, candidates, seed);
    for (int b : budgets) {
      if (b >= candidates.size()) continue;
      ActiveSampler.Outcome active = sampler.run(lookup, Math.max(2, Math.min(b, Math.max(8, b / 4))), b, threads);
      ActiveSampler.Outcome random = sampler.random(lookup, b);
      for (int k = 0; k < m; k++) {
        rows.add(new Row(b, PoolingRecommender.METRICS.get(k), unseenRmse(features, candidates, metrics, active, k, seed),
            unseenRmse(features, candidates, metrics, random, k, seed), reference[k]));
      }
    }
    return rows;
  }

  /** The smallest budget whose actively sampled surrogate of {@code metric} is at least as good as the full-grid reference, or -1. */
  public static int runsToMatch(List<Row> rows, String metric) {
    return rows.stream().filter(r -> r.metric().equals(metric) && r.activeRmse() <= r.fullGridCvRmse()).mapToInt(Row::budget).min().orElse(-1);
  }

  private static double unseenRmse(List<String> features, List<double[]> candidates, List<double[]> metrics, ActiveSampler.Outcome o, int k, long seed) {
    TrainingSet data = o.trainingSet(features, candidates, k);
    Surrogate s = FittedSurrogate.fitAll(PoolingRecommender.METRICS.get(k), data, seed).get(0).surrogate();
    Set<Integer> seen = new HashSet<>(o.chosen());
    List<double[]> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      if (seen.contains(i)) continue;
      xs.add(candidates.get(i));
      ys.add(metrics.get(i)[k]);
    }
    return ActiveSampler.rmse(s, xs, ys.stream().mapToDouble(Double::doubleValue).toArray());
  }

  private static List<Integer> range(int n) {
    List<Integer> l = new ArrayList<>();
    for (int i = 0; i < n; i++) l.add(i);
    return l;
  }
}
