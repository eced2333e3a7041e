package org.slicewright.report.learn;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.slicewright.learn.GaussianTwoTerm;

/** The coefficient table of the learned curves: real bounds, or the reason there are none, never "[-, -]". */
class RecommendationReportTest {
  static final Pattern BOUNDED = Pattern.compile("-?[0-9.e+-]+ \\[-?[0-9.e+-]+, -?[0-9.e+-]+\\]");

  static GaussianTwoTerm fit(double[] curve, int n, double step, double noise) {
    SplittableRandom r = new SplittableRandom(4);
    double[] x = new double[n], y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = 1 + step * i;
      for (int t = 0; t < curve.length; t += 3) y[i] += curve[t] * Math.exp(-Math.pow((x[i] - curve[t + 1]) / curve[t + 2], 2));
      y[i] += noise * r.nextGaussian();
    }
    return GaussianTwoTerm.fit("subpools", x, y);
  }

  @Test
  void twoTermRowsShowEveryCoefficientWithItsBounds() {
    GaussianTwoTerm g = fit(new double[] { 0.9, 2, 20, -0.05, 28, 4 }, 32, 1, 0.001);
    assertEquals(2, g.terms(), g.note());
    List<String> row = RecommendationReport.coefficientRow("5", "accuracy", g);
    assertEquals(10, row.size());
    for (String cell : row.subList(2, 8)) assertTrue(BOUNDED.matcher(cell).matches(), cell);
  }

  @Test
  void oneTermRowsSayWhyAndStillBoundTheirThreeCoefficients() {
    GaussianTwoTerm g = fit(new double[] { 0.8, 12, 9 }, 7, 5, 0.003);
    assertEquals(1, g.terms());
    List<String> row = RecommendationReport.coefficientRow("5", "accuracy", g);
    for (String cell : row.subList(2, 5)) assertTrue(BOUNDED.matcher(cell).matches(), cell);
    assertEquals(List.of("not fitted", "not fitted", "not fitted"), row.subList(5, 8));
    assertTrue(row.get(9).contains("one-term fit"), row.get(9));
    assertFalse(String.join(" ", row).contains("NaN") || String.join(" ", row).contains("[-, -]"), row.toString());
  }

  @Test
  void savedFitsPrintTheirCoefficientsAndWhyThereAreNoBounds() {
    GaussianTwoTerm saved = GaussianTwoTerm.of("subpools", new double[] { 0.9, 2, 20, -0.05, 28, 4 }, Double.NaN);
    List<String> row = RecommendationReport.coefficientRow("5", "accuracy", saved);
    assertEquals("0.9000 (no bounds, see note)", row.get(2));
    assertTrue(row.get(9).contains("no bounds"), row.get(9));
    assertFalse(String.join(" ", row).contains("[-, -]"));
  }
}
