package org.slicewright.learn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Active sampling of a policy space: with a budget of simulation runs, simulate a small seeded
 * starting design, then repeatedly fit one random forest per metric and simulate the candidates where
 * the forests disagree most (the trees' spread, each metric's spread divided by that metric's standard
 * deviation so accuracy and RU count alike). The planner gets a map of the whole space from a fraction
 * of the full grid's runs.
 */
public final class ActiveSampler {
  /**
   * Runs the simulations of a batch of policies (possibly in parallel) and returns each one's
   * metrics; policies are given by their index in the candidate list.
   */
  public interface Oracle {
    List<double[]> evaluate(List<Integer> candidates);
  }

  /**
   * @param chosen candidate indices in the order they were simulated
   * @param metrics metrics.get(i) = the metrics of candidate chosen.get(i)
   */
  public record Outcome(List<Integer> chosen, List<double[]> metrics) {
    public TrainingSet trainingSet(List<String> features, List<double[]> candidates, int metric) {
      double[][] x = new double[chosen.size()][];
      double[] y = new double[chosen.size()];
      for (int i = 0; i < chosen.size(); i++) {
        x[i] = candidates.get(chosen.get(i));
        y[i] = metrics.get(i)[metric];
      }
      return new TrainingSet(features, x, y);
    }
  }

  private final List<String> features;
  private final List<double[]> candidates;
  private final long seed;

  public ActiveSampler(List<String> features, List<double[]> candidates, long seed) {
    if (candidates.isEmpty()) throw new IllegalArgumentException("no candidate policies to sample");
    this.features = List.copyOf(features);
    this.candidates = List.copyOf(candidates);
    this.seed = seed;
  }

  /**
   * @param initial runs of the starting design (the extreme points of the space, then seeded random ones)
   * @param budget total runs (at most the number of candidates)
   * @param batch runs chosen per round (simulated together, e.g. one per thread)
   */
  public Outcome run(Oracle oracle, int initial, int budget, int batch) {
    int n = candidates.size();
    if (budget < 1 || budget > n) throw new IllegalArgumentException("budget must be in 1.." + n + " runs, is " + budget);
    if (initial < 2 || initial > budget) throw new IllegalArgumentException("starting design must be in 2.." + budget + " runs, is " + initial);
    boolean[] done = new boolean[n];
    List<Integer> chosen = new ArrayList<>();
    List<double[]> metrics = new ArrayList<>();
    List<Integer> start = startingDesign(initial);
    evaluate(oracle, start, done, chosen, metrics);
    while (chosen.size() < budget) {
      int m = metrics.get(0).length;
      double[][] spread = new double[m][];
      for (int k = 0; k < m; k++) {
        final int metric = k;
        TrainingSet data = new Outcome(chosen, metrics).trainingSet(features, candidates, metric);
        double sd = std(metrics.stream().mapToDouble(v -> v[metric]).toArray());
        ForestSurrogate f = (ForestSurrogate) ForestSurrogate.trainer(seed + k).train(data);
        spread[k] = new double[n];
        for (int i = 0; i < n; i++) spread[k][i] = done[i] ? -1 : f.spread(candidates.get(i)) / (sd > 0 ? sd : 1);
      }
      Integer[] order = new Integer[n];
      for (int i = 0; i < n; i++) order[i] = i;
      double[] score = new double[n];
      for (int i = 0; i < n; i++) for (int k = 0; k < m; k++) score[i] += spread[k][i];
      Arrays.sort(order, (a, b) -> score[a] != score[b] ? Double.compare(score[b], score[a]) : Integer.compare(a, b));
      List<Integer> next = new ArrayList<>();
      for (int i = 0; i < n && next.size() < Math.min(batch, budget - chosen.size()); i++) if (!done[order[i]]) next.add(order[i]);
      evaluate(oracle, next, done, chosen, metrics);
    }
    return new Outcome(List.copyOf(chosen), List.copyOf(metrics));
  }

  /** The same number of runs drawn uniformly at random (the baseline active sampling must beat). */
  public Outcome random(Oracle oracle, int budget) {
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) all.add(i);
    shuffle(all, new SplittableRandom(seed ^ 0x5DEECE66DL));
    List<Integer> pick = all.subList(0, budget);
    List<double[]> metrics = oracle.evaluate(List.copyOf(pick));
    return new Outcome(List.copyOf(pick), List.copyOf(metrics));
  }

  private void evaluate(Oracle oracle, List<Integer> idx, boolean[] done, List<Integer> chosen, List<double[]> metrics) {
    List<double[]> out = oracle.evaluate(List.copyOf(idx));
    if (out.size() != idx.size()) throw new IllegalStateException("oracle returned " + out.size() + " results for " + idx.size() + " policies");
    for (int i = 0; i < idx.size(); i++) {
      done[idx.get(i)] = true;
      chosen.add(idx.get(i));
      metrics.add(out.get(i).clone());
    }
  }

  /** Per parameter the candidates with its lowest and highest value, then seeded random ones. */
  private List<Integer> startingDesign(int size) {
    List<Integer> out = new ArrayList<>();
    int p = features.size();
    for (int j = 0; j < p && out.size() < size; j++) {
      int lo = 0, hi = 0;
      for (int i = 0; i < candidates.size(); i++) {
        if (candidates.get(i)[j] < candidates.get(lo)[j]) lo = i;
        if (candidates.get(i)[j] > candidates.get(hi)[j]) hi = i;
      }
      if (!out.contains(lo)) out.add(lo);
      if (!out.contains(hi) && out.size() < size) out.add(hi);
    }
    List<Integer> rest = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) if (!out.contains(i)) rest.add(i);
    shuffle(rest, new SplittableRandom(seed));
    for (int i = 0; out.size() < size; i++) out.add(rest.get(i));
    return out;
  }

  private static void shuffle(List<Integer> l, SplittableRandom rng) {
    for (int i = l.size() - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      Integer t = l.get(i);
      l.set(i, l.get(j));
      l.set(j, t);
    }
  }

  private static double std(double[] v) {
    double mean = Arrays.stream(v).average().orElse(0);
    return Math.sqrt(Arrays.stream(v).map(d -> (d - mean) * (d - mean)).average().orElse(0));
  }

  /** Root-mean-square error of a surrogate against known values of some candidates. */
  public static double rmse(Surrogate s, List<double[]> xs, double[] truth) {
    double sse = 0;
    for (int i = 0; i < xs.size(); i++) {
      double e = s.predict(xs.get(i)) - truth[i];
      sse += e * e;
    }
    return Math.sqrt(sse / xs.size());
  }

}
