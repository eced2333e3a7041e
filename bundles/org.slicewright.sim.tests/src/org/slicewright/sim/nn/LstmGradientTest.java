package org.slicewright.sim.nn;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;

import org.junit.jupiter.api.Test;

/** Backpropagation through time against central finite differences. */
class LstmGradientTest {

  /** Checks every parameter of the blocks: analytic gradient (already accumulated) vs numeric. */
  static void check(List<ParameterBlock> blocks, DoubleSupplier loss) {
    double eps = 1e-6;
    int checked = 0;
    for (ParameterBlock b : blocks) {
      for (int i = 0; i < b.values.length; i++) {
        double keep = b.values[i];
        b.values[i] = keep + eps;
        double up = loss.getAsDouble();
        b.values[i] = keep - eps;
        double down = loss.getAsDouble();
        b.values[i] = keep;
        double numeric = (up - down) / (2 * eps);
        assertEquals(numeric, b.gradient[i], 1e-6 + 1e-4 * Math.abs(numeric), "parameter " + i + " of a block of " + b.values.length);
        checked++;
      }
    }
    assertTrue(checked >= 15, "checked " + checked);
  }

  @Test
  void lstmLayerGradients() {
    SplittableRandom rng = new SplittableRandom(3);
    LstmLayer l = new LstmLayer(2, 3);
    l.initialise(rng);
    double[][] x = new double[5][2];
    for (double[] r : x) { r[0] = rng.nextDouble(); r[1] = rng.nextDouble() - 0.5; }
    double[] wt = { 0.3, -0.7, 0.5 };
    // Loss: a weighted sum of the hidden states of every step, so every step gets a gradient.
    DoubleSupplier loss = () -> {
      double s = 0;
      double[][] h = l.forward(x).hidden();
      for (int t = 0; t < h.length; t++) for (int j = 0; j < 3; j++) s += wt[j] * h[t][j] * (t + 1);
      return s;
    };
    LstmLayer.Run r = l.forward(x);
    double[][] dh = new double[5][3];
    for (int t = 0; t < 5; t++) for (int j = 0; j < 3; j++) dh[t][j] = wt[j] * (t + 1);
    double[][] dx = l.backward(r, dh);
    check(List.of(l.parameters()), loss);
    // Input gradient too.
    double eps = 1e-6;
    for (int t = 0; t < 5; t++) {
      for (int i = 0; i < 2; i++) {
        double keep = x[t][i];
        x[t][i] = keep + eps;
        double up = loss.getAsDouble();
        x[t][i] = keep - eps;
        double down = loss.getAsDouble();
        x[t][i] = keep;
        assertEquals((up - down) / (2 * eps), dx[t][i], 1e-6);
      }
    }
  }

  @Test
  void denseLayerGradients() {
    SplittableRandom rng = new SplittableRandom(5);
    DenseLayer d = new DenseLayer(4, 3, true);
    d.initialise(rng);
    double[] x = { 0.5, -0.2, 0.9, 0.1 };
    DoubleSupplier loss = () -> {
      double[] y = d.forward(x);
      return y[0] * 1.5 - y[1] + 0.5 * y[2];
    };
    d.backward(x, d.forward(x), new double[] { 1.5, -1, 0.5 });
    check(List.of(d.parameters()), loss);
  }
}
