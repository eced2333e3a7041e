package org.slicewright.sim.nn;

import java.util.Arrays;
import java.util.SplittableRandom;

/** A fully connected layer y = act(W x + b) with ReLU or identity activation, on flat double arrays. */
public final class DenseLayer {
  private final int in;
  private final int out;
  private final boolean relu;
  private final ParameterBlock p;

  public DenseLayer(int in, int out, boolean relu) {
    if (in < 1 || out < 1) throw new IllegalArgumentException("bad dense shape " + in + " -> " + out);
    this.in = in;
    this.out = out;
    this.relu = relu;
    p = new ParameterBlock(in * out + out);
  }

  public int inputs() { return in; }
  public int outputs() { return out; }
  public ParameterBlock parameters() { return p; }

  public void initialise(SplittableRandom rng) {
    double s = relu ? Math.sqrt(2.0 / in) : Math.sqrt(1.0 / in);
    for (int i = 0; i < in * out; i++) p.values[i] = (rng.nextDouble() * 2 - 1) * s * Math.sqrt(3);
    Arrays.fill(p.values, in * out, p.values.length, 0);
  }

  public double[] forward(double[] x) {
    double[] y = new double[out];
    double[] v = p.values;
    for (int o = 0; o < out; o++) {
      double s = v[in * out + o];
      int r = o * in;
      for (int i = 0; i < in; i++) s += v[r + i] * x[i];
      y[o] = relu && s < 0 ? 0 : s;
    }
    return y;
  }

  /** Given the input and output of a forward pass and dL/dy, accumulates the gradient and returns dL/dx. */
  public double[] backward(double[] x, double[] y, double[] dy) {
    double[] dx = new double[in];
    double[] v = p.values, g = p.gradient;
    for (int o = 0; o < out; o++) {
      double d = relu && y[o] <= 0 ? 0 : dy[o];
      if (d == 0) continue;
      g[in * out + o] += d;
      int r = o * in;
      for (int i = 0; i < in; i++) {
        g[r + i] += d * x[i];
        dx[i] += d * v[r + i];
      }
    }
    return dx;
  }
}
