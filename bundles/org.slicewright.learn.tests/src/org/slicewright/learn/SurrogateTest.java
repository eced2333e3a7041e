package org.slicewright.learn;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.slicewright.model.scenario.Surrogate;
import org.slicewright.model.scenario.SurrogateKind;

class SurrogateTest {
  static final double[] TRUE = { 0.9, 2.0, 20.0, -0.05, 28.0, 4.0 };

  static TrainingSet gaussianData(double noise, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int n = 32;
    double[][] x = new double[n][];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = new double[] { i + 1 };
      y[i] = GaussianTwoTerm.value(TRUE, i + 1) + noise * (r.nextDouble() * 2 - 1);
    }
    return new TrainingSet(List.of("subpools"), x, y);
  }

  @Test
  void gaussianRecoversKnownCoefficientsWithBoundsThatContainThem() {
    TrainingSet d = gaussianData(0.002, 1);
    GaussianTwoTerm g = GaussianTwoTerm.fit("subpools", d.column(0), d.ys());
    assertTrue(g.rmse() < 0.0015, "rmse " + g.rmse());
    for (int x = 1; x <= 32; x++) assertEquals(GaussianTwoTerm.value(TRUE, x), g.predict(new double[] { x }), 0.004, "at " + x);
    double[] b = g.bounds(0);
    assertTrue(b[0] < b[1] && b[1] - b[0] < 0.2, "a1 bounds " + b[0] + ".." + b[1]);
    assertTrue(g.bandHalfWidth(16) > 0 && g.bandHalfWidth(16) < 0.01, "band " + g.bandHalfWidth(16));
  }

  @Test
  void gaussianNeedsSixPoints() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GaussianTwoTerm.fit("k", new double[] { 1, 2, 3 }, new double[] { 1, 2, 3 }));
    assertTrue(e.getMessage().contains("at least 6 points"));
  }

  static TrainingSet twoParameterData() {
    List<double[]> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    for (int k = 1; k <= 32; k++) for (double l : new double[] { 2, 5, 10 }) {
      xs.add(new double[] { k, l });
      ys.add(100 * l * (1 + 1.0 / k) + 5 * k);
    }
    return new TrainingSet(List.of("subpools", "lambda_max"), xs.toArray(double[][]::new), ys.stream().mapToDouble(Double::doubleValue).toArray());
  }

  @Test
  void smileLearnersPredictUnseenPoliciesFarBetterThanTheMean() {
    TrainingSet d = twoParameterData();
    double sd = std(d.ys());
    for (SurrogateKind k : List.of(SurrogateKind.RANDOM_FOREST, SurrogateKind.GRADIENT_BOOSTING)) {
      FittedSurrogate f = FittedSurrogate.fit("ru_total", k, d, 7);
      // The mean as predictor would score sd; measured: forest 0.20 sd, boosting lower.
      assertTrue(f.cvRmse() < 0.25 * sd, k + ": cv rmse " + f.cvRmse() + " vs sd " + sd);
    }
  }

  @Test
  void savedSurrogatesPredictExactlyAsBefore() {
    TrainingSet d = twoParameterData();
    for (SurrogateKind k : List.of(SurrogateKind.RANDOM_FOREST, SurrogateKind.GRADIENT_BOOSTING)) {
      FittedSurrogate f = FittedSurrogate.fit("ru_total", k, d, 7);
      FittedSurrogate back = FittedSurrogate.fromModel(f.toModel("s-" + k));
      for (double[] x : List.of(new double[] { 3.5, 4 }, new double[] { 17, 9 })) {
        assertEquals(f.surrogate().predict(x), back.surrogate().predict(x), 0.0, k + " at " + x[0]);
      }
      assertEquals(f.cvRmse(), back.cvRmse());
    }
    FittedSurrogate g = FittedSurrogate.fit("accuracy", SurrogateKind.GAUSSIAN2, gaussianData(0.002, 2), 1);
    FittedSurrogate gb = FittedSurrogate.fromModel(g.toModel("g"));
    assertEquals(g.surrogate().predict(new double[] { 7 }), gb.surrogate().predict(new double[] { 7 }), 0.0);
  }

  @Test
  void corruptSavedDataIsNamed() {
    FittedSurrogate f = FittedSurrogate.fit("ru_total", SurrogateKind.RANDOM_FOREST, twoParameterData(), 7);
    Surrogate m = f.toModel("broken");
    m.setModel(m.getModel().replaceFirst("\n1,2,", "\n1,x,"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FittedSurrogate.fromModel(m));
    assertTrue(e.getMessage().startsWith("surrogate 'broken': surrogate data line 3"), e.getMessage());
  }

  @Test
  void forestPredictionsStayWithinTheObservedRange() {
    // A forest averages observed values, so no query (on or off the grid) leaves their range.
    // Query speed is a bench figure, not a test.
    TrainingSet d = twoParameterData();
    double lo = Arrays.stream(d.ys()).min().orElseThrow(), hi = Arrays.stream(d.ys()).max().orElseThrow();
    FittedSurrogate f = FittedSurrogate.fit("ru_total", SurrogateKind.RANDOM_FOREST, d, 7);
    for (int i = 0; i < 10_000; i++) {
      double v = f.surrogate().predict(new double[] { 0.5 + (i % 70) / 2.0, 1 + i % 11 });
      assertTrue(v >= lo - 1e-9 && v <= hi + 1e-9, "prediction " + v + " outside [" + lo + ", " + hi + "]");
    }
  }

  static double std(double[] v) {
    double m = Arrays.stream(v).average().orElse(0);
    return Math.sqrt(Arrays.stream(v).map(d -> (d - m) * (d - m)).average().orElse(0));
  }
}
