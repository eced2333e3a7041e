package org.slicewright.sim.nn;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;

import org.junit.jupiter.api.Test;

/** The shifted-axpy 3D convolution against a direct seven-loop one, and its gradients against finite differences. */
class Conv3dLayerTest {

  /** Straightforward valid-in-time, 'same'-in-space convolution with bounds tests, read off the parameter layout. */
  static double[] reference(double[] v, double[] x, int cin, int cout, int t, int h, int w, int kt, int kh, int kw, int stride, boolean relu) {
    int td = (t - kt) / stride + 1;
    double[] y = new double[cout * td * h * w];
    int bias = cout * cin * kt * kh * kw;
    for (int co = 0; co < cout; co++) {
      for (int ot = 0; ot < td; ot++) {
        for (int oh = 0; oh < h; oh++) {
          for (int ow = 0; ow < w; ow++) {
            double s = v[bias + co];
            for (int ci = 0; ci < cin; ci++) {
              for (int a = 0; a < kt; a++) {
                for (int i = 0; i < kh; i++) {
                  for (int j = 0; j < kw; j++) {
                    int ih = oh + i - kh / 2, iw = ow + j - kw / 2;
                    if (ih < 0 || ih >= h || iw < 0 || iw >= w) continue;
                    s += v[(((co * cin + ci) * kt + a) * kh + i) * kw + j] * x[((ci * t + ot * stride + a) * h + ih) * w + iw];
                  }
                }
              }
            }
            y[((co * td + ot) * h + oh) * w + ow] = relu && s < 0 ? 0 : s;
          }
        }
      }
    }
    return y;
  }

  static double[] random(SplittableRandom rng, int n) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) x[i] = rng.nextDouble() * 2 - 1;
    return x;
  }

  @Test
  void forwardMatchesDirectConvolution() {
    SplittableRandom rng = new SplittableRandom(11);
    // cin, cout, T, H, W, kt, kh, kw, stride: square and ragged grids, 1 x 1, kernels wider than the grid, temporal stride.
    int[][] shapes = { { 2, 3, 5, 4, 4, 3, 3, 3, 1 }, { 1, 2, 12, 2, 3, 3, 3, 3, 3 }, { 3, 2, 4, 1, 1, 2, 3, 3, 1 }, { 1, 4, 7, 3, 1, 1, 5, 3, 2 },
        { 2, 2, 6, 2, 5, 6, 1, 5, 1 }, { 2, 3, 10, 2, 2, 4, 3, 3, 2 },
        { 1, 2, 2, 1, 3, 1, 5, 5, 1 } };
    for (int[] s : shapes) {
      for (boolean relu : new boolean[] { false, true }) {
        Conv3dLayer c = new Conv3dLayer(s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8], relu);
        c.initialise(rng);
        double[] v = c.parameters().values;
        for (int i = 0; i < v.length; i++) v[i] += 0.1 * (rng.nextDouble() - 0.5); // non-zero biases too
        double[] x = random(rng, c.inputs());
        double[] y = c.forward(x);
        assertEquals(c.outputs(), y.length);
        assertArrayEquals(reference(v, x, s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8], relu), y, 1e-12, Arrays.toString(s));
      }
    }
  }

  private static void checkGradients(Conv3dLayer c, SplittableRandom rng) {
    c.initialise(rng);
    double[] v = c.parameters().values;
    for (int i = 0; i < v.length; i++) v[i] += 0.1 * (rng.nextDouble() - 0.5);
    double[] x = random(rng, c.inputs());
    double[] wt = random(rng, c.outputs());
    DoubleSupplier loss = () -> {
      double[] y = c.forward(x);
      double s = 0;
      for (int o = 0; o < y.length; o++) s += wt[o] * y[o] + 0.5 * y[o] * y[o];
      return s;
    };
    double[] y = c.forward(x);
    double[] dy = new double[y.length];
    for (int o = 0; o < y.length; o++) dy[o] = wt[o] + y[o];
    assertNull(c.backward(x, y, dy, false));
    double[] parameterOnly = c.parameters().gradient.clone();
    c.parameters().zeroGradient();
    double[] dx = c.backward(x, y, dy);
    assertArrayEquals(parameterOnly, c.parameters().gradient, 0);
    LstmGradientTest.check(List.of(c.parameters()), loss);
    double eps = 1e-6;
    for (int q = 0; q < x.length; q++) {
      double keep = x[q];
      x[q] = keep + eps;
      double up = loss.getAsDouble();
      x[q] = keep - eps;
      double down = loss.getAsDouble();
      x[q] = keep;
      double numeric = (up - down) / (2 * eps);
      assertEquals(numeric, dx[q], 1e-6 + 1e-4 * Math.abs(numeric), "input " + q);
    }
  }

  @Test
  void gradientsMatchFiniteDifferences() {
    SplittableRandom rng = new SplittableRandom(13);
    checkGradients(new Conv3dLayer(2, 5, 5, 2, 3, 2, 3, 3, 1, true), rng); // 5 filters: one block of four and one left over
    checkGradients(new Conv3dLayer(1, 2, 9, 3, 3, 3, 3, 3, 3, false), rng);
    checkGradients(new Conv3dLayer(2, 2, 4, 1, 2, 3, 3, 1, 1, true), rng);
    checkGradients(new Conv3dLayer(2, 4, 8, 2, 2, 3, 3, 3, 2, true), rng);
    checkGradients(new Conv3dLayer(1, 2, 3, 1, 2, 2, 5, 3, 1, true), rng); // rows of taps wholly off the grid
  }

  @Test
  void rejectsBadShapes() {
    assertThrows(IllegalArgumentException.class, () -> new Conv3dLayer(1, 1, 3, 2, 2, 4, 3, 3, 1, true));
    assertThrows(IllegalArgumentException.class, () -> new Conv3dLayer(1, 1, 3, 2, 2, 2, 2, 3, 1, true));
    assertThrows(IllegalArgumentException.class, () -> new Conv3dLayer(1, 1, 3, 2, 2, 2, 3, 3, 0, true));
    assertThrows(IllegalArgumentException.class, () -> new Conv3dLayer(1, 1, 3, 2, 2, 1, 3, 3, 1, true).forward(new double[11]));
  }
}
