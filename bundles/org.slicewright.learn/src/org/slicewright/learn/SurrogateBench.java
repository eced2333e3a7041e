package org.slicewright.learn;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slicewright.model.scenario.SurrogateKind;

/**
 * Benchmark of surrogate queries, printed as figures: microseconds per prediction of each learner
 * trained on a 32 x 3 grid (the pooling-32ap sweep's shape), against evaluating the closed-form
 * function the data came from in the same process (the cheapest possible "model"), as a ratio.
 */
public final class SurrogateBench {
  private SurrogateBench() {
  }

  static double truth(double k, double l) {
    return 100 * l * (1 + 1.0 / k) + 5 * k;
  }

  public static void run(PrintStream out) {
    List<double[]> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    for (int k = 1; k <= 32; k++) for (double l : new double[] { 2, 5, 10 }) {
      xs.add(new double[] { k, l });
      ys.add(truth(k, l));
    }
    TrainingSet data = new TrainingSet(List.of("subpools", "lambda_max"), xs.toArray(double[][]::new), ys.stream().mapToDouble(Double::doubleValue).toArray());
    int n = 200_000;
    double sink = 0;
    long t0 = System.nanoTime();
    for (int i = 0; i < n; i++) sink += truth(1 + i % 32, 2 + i % 9);
    double base = (System.nanoTime() - t0) / 1e3 / n;
    for (SurrogateKind kind : List.of(SurrogateKind.RANDOM_FOREST, SurrogateKind.GRADIENT_BOOSTING)) {
      Surrogate s = FittedSurrogate.trainer(kind, 1).train(data);
      for (int i = 0; i < 20_000; i++) sink += s.predict(new double[] { 1 + i % 32, 2 + i % 9 }); // warm-up
      long t = System.nanoTime();
      for (int i = 0; i < n; i++) sink += s.predict(new double[] { 1 + i % 32, 2 + i % 9 });
      double us = (System.nanoTime() - t) / 1e3 / n;
      out.printf(Locale.ROOT, "surrogate query, %s (%d rows): %.2f us per prediction (%.0fx the closed-form baseline)%n", s.learner(), data.size(), us, us / base);
    }
    out.printf(Locale.ROOT, "baseline closed-form evaluation: %.4f us%s%n", base, sink == 42 ? " " : "");
  }
}
