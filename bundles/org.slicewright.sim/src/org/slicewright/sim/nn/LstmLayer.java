package org.slicewright.sim.nn;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A long short-term memory layer (input size I, hidden size H) run over a sequence, with
 * backpropagation through time. Gates in the order input, forget, cell, output:
 * a = W x_t + U h_{t-1} + b; i, f, o = sigmoid; g = tanh; c_t = f c_{t-1} + i g; h_t = o tanh(c_t).
 * Parameters on one flat array (W: 4H x I, U: 4H x H, b: 4H); the forget bias starts at 1 so early
 * training keeps memory. One layer may run over several sequences before a backward pass (the local
 * LSTM of the DDNN is shared by all VNFs): each run returns its own {@link Run} with the caches.
 */
public final class LstmLayer {
  private final int in;
  private final int hidden;
  private final ParameterBlock p;
  // Offsets of W, U and b on the parameter array; package-private so LstmBatch reads the same layout.
  final int w;
  final int u;
  final int b;

  public LstmLayer(int in, int hidden) {
    if (in < 1 || hidden < 1) throw new IllegalArgumentException("bad LSTM shape " + in + " -> " + hidden);
    this.in = in;
    this.hidden = hidden;
    w = 0;
    u = w + 4 * hidden * in;
    b = u + 4 * hidden * hidden;
    p = new ParameterBlock(b + 4 * hidden);
  }

  public int inputs() { return in; }
  public int hiddenUnits() { return hidden; }
  public ParameterBlock parameters() { return p; }

  public void initialise(SplittableRandom rng) {
    double sw = 1 / Math.sqrt(in + hidden);
    for (int i = 0; i < b; i++) p.values[i] = (rng.nextDouble() * 2 - 1) * sw;
    for (int j = 0; j < 4 * hidden; j++) p.values[b + j] = (j >= hidden && j < 2 * hidden) ? 1.0 : 0.0;
  }

  /** The caches of one forward run over a sequence, needed by its backward pass. */
  public final class Run {
    final int steps;
    final double[][] x;
    final double[][] gates; // per step: i, f, g, o (4H)
    final double[][] c; // cell state after each step
    final double[][] h; // hidden state after each step

    Run(double[][] x) {
      this.steps = x.length;
      this.x = x;
      gates = new double[steps][4 * hidden];
      c = new double[steps][hidden];
      h = new double[steps][hidden];
    }

    /** Hidden states h_0..h_{T-1} (do not modify). */
    public double[][] hidden() { return h; }
  }

  /** Runs the layer over x[t][0..I-1], t = 0..T-1, from zero state. */
  public Run forward(double[][] x) {
    Run r = new Run(x);
    double[] a = new double[4 * hidden];
    double[] v = p.values;
    for (int t = 0; t < r.steps; t++) {
      double[] xt = x[t];
      double[] hp = t == 0 ? null : r.h[t - 1];
      for (int j = 0; j < 4 * hidden; j++) {
        double s = v[b + j];
        int wr = w + j * in;
        for (int i = 0; i < in; i++) s += v[wr + i] * xt[i];
        if (hp != null) {
          int ur = u + j * hidden;
          for (int k = 0; k < hidden; k++) s += v[ur + k] * hp[k];
        }
        a[j] = s;
      }
      double[] gt = r.gates[t];
      for (int k = 0; k < hidden; k++) {
        double ig = sigmoid(a[k]), fg = sigmoid(a[hidden + k]), gg = Math.tanh(a[2 * hidden + k]), og = sigmoid(a[3 * hidden + k]);
        gt[k] = ig;
        gt[hidden + k] = fg;
        gt[2 * hidden + k] = gg;
        gt[3 * hidden + k] = og;
        double cp = t == 0 ? 0 : r.c[t - 1][k];
        double ct = fg * cp + ig * gg;
        r.c[t][k] = ct;
        r.h[t][k] = og * Math.tanh(ct);
      }
    }
    return r;
  }

  /**
   * Backpropagation through time: given dL/dh_t for every step (dh[t], may be null for steps with
   * no gradient from above), accumulates the parameter gradient and returns dL/dx_t.
   */
  public double[][] backward(Run r, double[][] dh) {
    double[] v = p.values, g = p.gradient;
    double[][] dx = new double[r.steps][in];
    double[] dhNext = new double[hidden], dcNext = new double[hidden], da = new double[4 * hidden];
    for (int t = r.steps - 1; t >= 0; t--) {
      double[] gt = r.gates[t];
      for (int k = 0; k < hidden; k++) {
        double dht = dhNext[k] + (dh[t] == null ? 0 : dh[t][k]);
        double ig = gt[k], fg = gt[hidden + k], gg = gt[2 * hidden + k], og = gt[3 * hidden + k];
        double tc = Math.tanh(r.c[t][k]);
        double dc = dht * og * (1 - tc * tc) + dcNext[k];
        double cp = t == 0 ? 0 : r.c[t - 1][k];
        da[k] = dc * gg * ig * (1 - ig);
        da[hidden + k] = dc * cp * fg * (1 - fg);
        da[2 * hidden + k] = dc * ig * (1 - gg * gg);
        da[3 * hidden + k] = dht * tc * og * (1 - og);
        dcNext[k] = dc * fg;
      }
      double[] xt = r.x[t];
      double[] hp = t == 0 ? null : r.h[t - 1];
      Arrays.fill(dhNext, 0);
      for (int j = 0; j < 4 * hidden; j++) {
        double d = da[j];
        if (d == 0) continue;
        g[b + j] += d;
        int wr = w + j * in;
        for (int i = 0; i < in; i++) {
          g[wr + i] += d * xt[i];
          dx[t][i] += d * v[wr + i];
        }
        int ur = u + j * hidden;
        if (hp != null) {
          for (int k = 0; k < hidden; k++) {
            g[ur + k] += d * hp[k];
            dhNext[k] += d * v[ur + k];
          }
        }
      }
    }
    return dx;
  }

  static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }
}
