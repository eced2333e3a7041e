package org.slicewright.sim.nn;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.DoubleSupplier;

import org.junit.jupiter.api.Test;

/** The batched LSTM against the per-sample layer, finite differences, and itself on more threads. */
class LstmBatchTest {

  private static double[][] random(SplittableRandom rng, int steps, int width, double scale) {
    double[][] a = new double[steps][width];
    for (double[] r : a) for (int i = 0; i < width; i++) r[i] = (rng.nextDouble() - 0.5) * scale;
    return a;
  }

  /** Sample s of a flat-per-step batch as a per-step sequence (null steps stay null). */
  private static double[][] sample(double[][] flat, int s, int width) {
    double[][] out = new double[flat.length][];
    for (int t = 0; t < flat.length; t++) {
      if (flat[t] != null) out[t] = Arrays.copyOfRange(flat[t], s * width, (s + 1) * width);
    }
    return out;
  }

  @Test
  void matchesPerSampleLayer() {
    int in = 3, hidden = 4, steps = 6;
    // 5 samples fit one chunk; 19 cross two chunk boundaries, the last chunk partial.
    for (int batch : new int[] { 5, 19 }) {
      SplittableRandom rng = new SplittableRandom(11 + batch);
      LstmLayer l = new LstmLayer(in, hidden);
      l.initialise(rng);
      double[][] x = random(rng, steps, batch * in, 2);
      double[][] dh = random(rng, steps, batch * hidden, 1);
      dh[2] = null; // a step with no gradient from above

      double[] refGrad = new double[l.parameters().gradient.length];
      double[][] refH = new double[steps][batch * hidden];
      double[][] refDx = new double[steps][batch * in];
      for (int s = 0; s < batch; s++) {
        LstmLayer.Run r = l.forward(sample(x, s, in));
        for (int t = 0; t < steps; t++) System.arraycopy(r.hidden()[t], 0, refH[t], s * hidden, hidden);
        double[][] dx = l.backward(r, sample(dh, s, hidden));
        for (int t = 0; t < steps; t++) System.arraycopy(dx[t], 0, refDx[t], s * in, in);
      }
      System.arraycopy(l.parameters().gradient, 0, refGrad, 0, refGrad.length);
      l.parameters().zeroGradient();

      LstmBatch lb = new LstmBatch(l, null, 1);
      LstmBatch.Run r = lb.forward(x, batch);
      for (int t = 0; t < steps; t++) assertArrayEquals(refH[t], r.hidden()[t], 1e-12, "h at step " + t);
      double[][] dx = lb.backward(r, dh);
      assertArrayEquals(refGrad, l.parameters().gradient, 1e-10, "parameter gradient");
      for (int t = 0; t < steps; t++) assertArrayEquals(refDx[t], dx[t], 1e-10, "dx at step " + t);
    }
  }

  @Test
  void gradientsMatchFiniteDifferences() {
    SplittableRandom rng = new SplittableRandom(3);
    int in = 2, hidden = 3, steps = 4, batch = 3;
    LstmLayer l = new LstmLayer(in, hidden);
    l.initialise(rng);
    LstmBatch lb = new LstmBatch(l, null, 1);
    double[][] x = random(rng, steps, batch * in, 2);
    double[][] wt = random(rng, steps, batch * hidden, 2);
    // Loss: a weighted sum of every hidden state of every sample, so every step gets a gradient.
    DoubleSupplier loss = () -> {
      double s = 0;
      double[][] h = lb.forward(x, batch).hidden();
      for (int t = 0; t < steps; t++) for (int j = 0; j < batch * hidden; j++) s += wt[t][j] * h[t][j];
      return s;
    };
    double[][] dx = lb.backward(lb.forward(x, batch), wt);
    LstmGradientTest.check(List.of(l.parameters()), loss);
    double eps = 1e-6;
    for (int t = 0; t < steps; t++) {
      for (int i = 0; i < batch * in; i++) {
        double keep = x[t][i];
        x[t][i] = keep + eps;
        double up = loss.getAsDouble();
        x[t][i] = keep - eps;
        double down = loss.getAsDouble();
        x[t][i] = keep;
        assertEquals((up - down) / (2 * eps), dx[t][i], 1e-6, "dx at step " + t + ", " + i);
      }
    }
  }

  @Test
  void sameBitsOnOneAndThreeThreads() {
    int in = 5, hidden = 12, steps = 9, batch = 37; // five chunks, the last partial
    SplittableRandom rng = new SplittableRandom(7);
    LstmLayer l = new LstmLayer(in, hidden);
    l.initialise(rng);
    double[][] x = random(rng, steps, batch * in, 2);
    double[][] dh = random(rng, steps, batch * hidden, 1);

    LstmBatch one = new LstmBatch(l, null, 1);
    LstmBatch.Run r1 = one.forward(x, batch);
    double[][] dx1 = one.backward(r1, dh);
    double[] g1 = l.parameters().gradient.clone();
    l.parameters().zeroGradient();

    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      LstmBatch three = new LstmBatch(l, pool, 3);
      for (int rep = 0; rep < 3; rep++) { // which thread takes which chunk varies between passes
        LstmBatch.Run r3 = three.forward(x, batch);
        double[][] dx3 = three.backward(r3, dh);
        assertArrayEquals(g1, l.parameters().gradient, "gradient, pass " + rep);
        l.parameters().zeroGradient();
        for (int t = 0; t < steps; t++) {
          assertArrayEquals(r1.hidden()[t], r3.hidden()[t], "h at step " + t);
          assertArrayEquals(dx1[t], dx3[t], "dx at step " + t);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void reusedRunGivesTheSameResults() {
    int in = 3, hidden = 5, steps = 4, batch = 10;
    SplittableRandom rng = new SplittableRandom(5);
    LstmLayer l = new LstmLayer(in, hidden);
    l.initialise(rng);
    LstmBatch lb = new LstmBatch(l, null, 1);
    double[][] x1 = random(rng, steps, batch * in, 2);
    double[][] x2 = random(rng, steps, batch * in, 2);
    double[][] dh = random(rng, steps, batch * hidden, 1);
    LstmBatch.Run fresh = lb.forward(x2, batch);
    double[][] dxFresh = lb.backward(fresh, dh);
    double[] g = l.parameters().gradient.clone();
    l.parameters().zeroGradient();

    LstmBatch.Run old = lb.forward(x1, batch);
    LstmBatch.Run reused = lb.forward(x2, batch, old);
    assertSame(old.hidden(), reused.hidden(), "caches reused");
    double[][] dx = lb.backward(reused, dh);
    assertArrayEquals(g, l.parameters().gradient);
    for (int t = 0; t < steps; t++) {
      assertArrayEquals(fresh.hidden()[t], reused.hidden()[t]);
      assertArrayEquals(dxFresh[t], dx[t]);
    }
  }
}
