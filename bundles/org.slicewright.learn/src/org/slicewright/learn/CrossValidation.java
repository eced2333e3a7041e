package org.slicewright.learn;

import java.util.SplittableRandom;

/**
 * k-fold cross-validated root-mean-square error of a learner: the data is shuffled with a seed, cut
 * into k folds, and each fold is predicted by a surrogate trained on the others. The error is the
 * one a planner can expect on policies that were not simulated.
 */
public final class CrossValidation {
  private CrossValidation() {
  }

  public static double rmse(SurrogateTrainer trainer, TrainingSet data, int k, long seed) {
    int n = data.size();
    if (k < 2 || k > n) throw new IllegalArgumentException("k-fold cross-validation needs 2 <= k <= " + n + " rows, k = " + k);
    int[] order = new int[n];
    for (int i = 0; i < n; i++) order[i] = i;
    SplittableRandom rng = new SplittableRandom(seed);
    for (int i = n - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    double sse = 0;
    for (int f = 0; f < k; f++) {
      int from = f * n / k, to = (f + 1) * n / k;
      int[] train = new int[n - (to - from)];
      int[] test = new int[to - from];
      for (int i = 0, a = 0, b = 0; i < n; i++) {
        if (i >= from && i < to) test[b++] = order[i];
        else train[a++] = order[i];
      }
      Surrogate s = trainer.train(data.subset(train));
      for (int i : test) {
        double e = s.predict(data.x(i)) - data.y(i);
        sse += e * e;
      }
    }
    return Math.sqrt(sse / n);
  }
}
