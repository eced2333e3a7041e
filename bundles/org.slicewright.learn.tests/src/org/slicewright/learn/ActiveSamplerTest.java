package org.slicewright.learn;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Active sampling against random sampling on a policy space whose response has a sharp ridge in one
 * corner (most of the space is flat): the forest's spread sends runs to the ridge.
 */
class ActiveSamplerTest {
  static double response(double[] x) {
    double k = x[0], l = x[1];
    return 10 * Math.exp(-((k - 6) * (k - 6)) / 4) * (l / 10) + 0.05 * k;
  }

  static List<double[]> grid() {
    List<double[]> g = new ArrayList<>();
    for (int k = 1; k <= 32; k++) for (int l = 1; l <= 10; l++) g.add(new double[] { k, l });
    return g;
  }

  static final List<double[]> GRID = grid();
  static final ActiveSampler.Oracle ORACLE = ps -> ps.stream().map(i -> new double[] { response(GRID.get(i)) }).toList();

  @Test
  void activeSamplingMapsTheSpaceBetterThanRandomWithTheSameRuns() {
    List<double[]> grid = grid();
    double[] truth = grid.stream().mapToDouble(ActiveSamplerTest::response).toArray();
    double active = 0, random = 0;
    for (long seed = 1; seed <= 3; seed++) {
      ActiveSampler s = new ActiveSampler(List.of("subpools", "lambda_max"), grid, seed);
      ActiveSampler.Outcome a = s.run(ORACLE, 8, 60, 4);
      ActiveSampler.Outcome r = s.random(ORACLE, 60);
      assertEquals(60, a.chosen().size());
      assertEquals(60, a.chosen().stream().distinct().count(), "no policy simulated twice");
      active += ActiveSampler.rmse(ForestSurrogate.trainer(seed).train(a.trainingSet(List.of("subpools", "lambda_max"), grid, 0)), grid, truth);
      random += ActiveSampler.rmse(ForestSurrogate.trainer(seed).train(r.trainingSet(List.of("subpools", "lambda_max"), grid, 0)), grid, truth);
    }
    assertTrue(active < 0.7 * random, "active " + active / 3 + " vs random " + random / 3);
  }

  @Test
  void sameSeedSameRuns() {
    ActiveSampler s = new ActiveSampler(List.of("subpools", "lambda_max"), grid(), 5);
    assertEquals(s.run(ORACLE, 6, 20, 2).chosen(), s.run(ORACLE, 6, 20, 2).chosen());
  }

  @Test
  void impossibleBudgetsAreRefused() {
    ActiveSampler s = new ActiveSampler(List.of("subpools", "lambda_max"), grid(), 5);
    assertTrue(assertThrows(IllegalArgumentException.class, () -> s.run(ORACLE, 4, 400, 1)).getMessage().contains("budget must be in 1..320"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> s.run(ORACLE, 30, 20, 1)).getMessage().contains("starting design"));
  }
}
