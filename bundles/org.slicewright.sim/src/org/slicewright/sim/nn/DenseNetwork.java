package org.slicewright.sim.nn;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A fully connected network inputs-H-outputs with ReLU hidden units and a softmax output trained with
 * cross-entropy and SGD: the 784-200-10 digit classifier of the pooling case study.
 * <p>
 * Parameters are kept as rows, each its own array: W1 by input ({@code [in][hidden]}), b1, W2 by output
 * ({@code [out][hidden]}), b2. Every inner loop then runs over the hidden units of one row with the same
 * index in every array ({@code z[h] += x * w[h]}): Java 17's JIT vectorises such loops, and does not
 * vectorise the same loop on one flat array read at a row offset (measured: 18-20 against about 4
 * GFLOP/s). Input-major W1 also lets the first layer skip zero inputs: about 80 % of digit pixels are
 * zero. {@link #parameterRows()} gives FedAvg the live rows; {@link #parameters()} a flat copy.
 * ReLU rather than sigmoid: it trains faster at the case study's learning rate of 0.01.
 * Not thread-safe: each trainer owns its network.
 */
public final class DenseNetwork {
  private final int in;
  private final int hidden;
  private final int out;
  private final float[][] w1;
  private final float[] b1;
  private final float[][] w2;
  private final float[] b2;
  /** All parameter rows in layout order: w1 rows, b1, w2 rows, b2. */
  private final float[][] rows;
  // gradient rows of the same shapes (mini-batch steps and gradient checks)
  private final float[][] gw1;
  private final float[] gb1;
  private final float[][] gw2;
  private final float[] gb2;
  // work buffers for one sample
  private final float[] z1;
  private final float[] a1;
  private final float[] z2;
  private final float[] dz1;

  public DenseNetwork(int in, int hidden, int out) {
    if (in <= 0 || hidden <= 0 || out <= 1) throw new IllegalArgumentException("bad network shape " + in + "-" + hidden + "-" + out);
    this.in = in;
    this.hidden = hidden;
    this.out = out;
    w1 = new float[in][hidden];
    b1 = new float[hidden];
    w2 = new float[out][hidden];
    b2 = new float[out];
    rows = new float[in + 1 + out + 1][];
    System.arraycopy(w1, 0, rows, 0, in);
    rows[in] = b1;
    System.arraycopy(w2, 0, rows, in + 1, out);
    rows[in + 1 + out] = b2;
    gw1 = new float[in][hidden];
    gb1 = new float[hidden];
    gw2 = new float[out][hidden];
    gb2 = new float[out];
    z1 = new float[hidden];
    a1 = new float[hidden];
    z2 = new float[out];
    dz1 = new float[hidden];
  }

  /** He initialisation for the ReLU layer, Glorot for the output layer, zero biases. */
  public void initialise(SplittableRandom rng) {
    double s1 = Math.sqrt(2.0 / in);
    for (float[] row : w1) for (int h = 0; h < hidden; h++) row[h] = (float) (gaussian(rng) * s1);
    double s2 = Math.sqrt(2.0 / (hidden + out));
    for (float[] row : w2) for (int h = 0; h < hidden; h++) row[h] = (float) (gaussian(rng) * s2);
    Arrays.fill(b1, 0f);
    Arrays.fill(b2, 0f);
  }

  private static double gaussian(SplittableRandom rng) {
    // Box-Muller on the run's own generator (java.util.Random#nextGaussian would need a Random).
    double u1 = 1.0 - rng.nextDouble();
    double u2 = rng.nextDouble();
    return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }

  public int parameterCount() { return in * hidden + hidden + out * hidden + out; }
  public int inputs() { return in; }
  public int outputs() { return out; }
  public int hiddenUnits() { return hidden; }

  /** The live parameter rows in layout order (FedAvg reads and writes them). */
  public float[][] parameterRows() { return rows; }

  /** A flat copy of the parameters: W1 input-major, b1, W2 output-major, b2. */
  public float[] parameters() {
    return flatten(rows, parameterCount());
  }

  public void setParameters(float[] p) {
    if (p.length != parameterCount()) throw new IllegalArgumentException("expected " + parameterCount() + " parameters, got " + p.length);
    int o = 0;
    for (float[] row : rows) {
      System.arraycopy(p, o, row, 0, row.length);
      o += row.length;
    }
  }

  /** Copies another network's parameters (same shape). */
  public void copyFrom(DenseNetwork other) {
    if (other.in != in || other.hidden != hidden || other.out != out) throw new IllegalArgumentException("networks differ in shape");
    for (int r = 0; r < rows.length; r++) System.arraycopy(other.rows[r], 0, rows[r], 0, rows[r].length);
  }

  /** Forward pass of one sample; leaves the class probabilities in {@code probs}. Returns -ln p(label) if label >= 0. */
  public double forward(float[] x, int xOff, int label, float[] probs) {
    System.arraycopy(b1, 0, z1, 0, hidden);
    for (int i = 0; i < in; i++) {
      float xi = x[xOff + i];
      if (xi == 0f) continue;
      float[] w = w1[i];
      for (int h = 0; h < hidden; h++) z1[h] += xi * w[h];
    }
    return outputLayer(label, probs);
  }

  /**
   * Forward pass of one sparse row; leaves the class probabilities in {@code probs} and returns
   * -ln p(label) (label >= 0).
   */
  public double forward(SparseInputs x, int row, int label, float[] probs) {
    if (x.width() != in) throw new IllegalArgumentException("inputs have " + x.width() + " values, the network " + in);
    int[] idx = x.indices();
    float[] val = x.values();
    System.arraycopy(b1, 0, z1, 0, hidden);
    for (int k = x.from(row), end = x.to(row); k < end; k++) {
      float v = val[k];
      float[] w = w1[idx[k]];
      for (int h = 0; h < hidden; h++) z1[h] += v * w[h];
    }
    return outputLayer(label, probs);
  }

  /**
   * One SGD step on a mini-batch (rows {@code from..to-1} of {@code xs}, {@code in} floats each):
   * the gradient of the mean cross-entropy, then {@code params -= lr * grad}. Returns the mean loss
   * before the step.
   */
  public double trainBatch(float[] xs, int[] labels, int from, int to, float lr) {
    int n = to - from;
    if (n <= 0) return 0;
    double loss = accumulateBatchGradient(xs, labels, from, to);
    for (int i = 0; i < in; i++) step(w1[i], gw1[i], lr);
    step(b1, gb1, lr);
    for (int o = 0; o < out; o++) step(w2[o], gw2[o], lr);
    step(b2, gb2, lr);
    return loss / n;
  }

  private static void step(float[] w, float[] g, float lr) {
    for (int h = 0; h < w.length; h++) w[h] -= lr * g[h];
  }

  /**
   * Per-sample SGD (batch size 1) fused into the backward pass: the same update as
   * {@code trainBatch(x, label, b, b + 1, lr)} without a gradient buffer, so the first layer touches
   * only the rows of non-zero pixels. Returns the loss before the step.
   */
  public double trainSample(float[] x, int xOff, int label, float lr, float[] probs) {
    double loss = forward(x, xOff, label, probs);
    backwardToHidden(label, lr, probs);
    for (int i = 0; i < in; i++) {
      float xi = x[xOff + i];
      if (xi == 0f) continue;
      float[] w = w1[i];
      for (int h = 0; h < hidden; h++) w[h] -= xi * dz1[h];
    }
    return loss;
  }

  /** The same step as {@link #trainSample(float[], int, int, float, float[])} on a sparse row. */
  public double trainSample(SparseInputs x, int row, int label, float lr, float[] probs) {
    double loss = forward(x, row, label, probs);
    backwardToHidden(label, lr, probs);
    int[] idx = x.indices();
    float[] val = x.values();
    for (int k = x.from(row), end = x.to(row); k < end; k++) {
      float v = val[k];
      float[] w = w1[idx[k]];
      for (int h = 0; h < hidden; h++) w[h] -= v * dz1[h];
    }
    return loss;
  }

  /** Mean cross-entropy and accuracy over the given rows of sparse inputs. */
  public Evaluation evaluate(SparseInputs x, int[] rowsToEvaluate, int[] labels) {
    float[] probs = new float[out];
    double loss = 0;
    int correct = 0;
    for (int b = 0; b < rowsToEvaluate.length; b++) {
      loss += forward(x, rowsToEvaluate[b], labels[b], probs);
      if (argmax(probs) == labels[b]) correct++;
    }
    return new Evaluation(loss / rowsToEvaluate.length, (double) correct / rowsToEvaluate.length);
  }

  /** Mean cross-entropy and accuracy over a set of samples. */
  public Evaluation evaluate(float[] xs, int[] labels) {
    float[] probs = new float[out];
    double loss = 0;
    int correct = 0;
    int n = labels.length;
    for (int b = 0; b < n; b++) {
      loss += forward(xs, b * in, labels[b], probs);
      if (argmax(probs) == labels[b]) correct++;
    }
    return new Evaluation(loss / n, (double) correct / n);
  }

  private int argmax(float[] probs) {
    int best = 0;
    for (int o = 1; o < out; o++) if (probs[o] > probs[best]) best = o;
    return best;
  }

  /** Gradient of the mean loss over a batch without updating (for gradient checks), flat layout. */
  public float[] gradient(float[] xs, int[] labels, int from, int to) {
    accumulateBatchGradient(xs, labels, from, to);
    float[][] g = new float[rows.length][];
    System.arraycopy(gw1, 0, g, 0, in);
    g[in] = gb1;
    System.arraycopy(gw2, 0, g, in + 1, out);
    g[in + 1 + out] = gb2;
    return flatten(g, parameterCount());
  }

  /** Mean cross-entropy and accuracy. */
  public record Evaluation(double loss, double accuracy) {
  }

  /** FLOPs of one dense training step per sample (forward + backward + update), for benchmarks. */
  public long denseTrainFlopsPerSample() {
    return trainingFlopsPerSample(in, hidden, out);
  }

  /**
   * FLOPs of training an in-H-out network on one sample without exploiting zero inputs: forward,
   * backward and update, each one multiply-add per weight (6 per weight), plus 2 per parameter for the
   * step. About 1.27 MFLOP for 784-200-10.
   */
  public static long trainingFlopsPerSample(int in, int hidden, int out) {
    long macs = (long) in * hidden + (long) hidden * out;
    long params = macs + hidden + out;
    return 2 * (3 * macs) + 2L * params;
  }

  /** Hidden activations, output layer and softmax from the hidden sums in z1. */
  private double outputLayer(int label, float[] probs) {
    for (int h = 0; h < hidden; h++) a1[h] = z1[h] > 0f ? z1[h] : 0f;
    float max = Float.NEGATIVE_INFINITY;
    for (int o = 0; o < out; o++) {
      float[] w = w2[o];
      float s = b2[o];
      for (int h = 0; h < hidden; h++) s += a1[h] * w[h];
      z2[o] = s;
      if (s > max) max = s;
    }
    double sum = 0;
    for (int o = 0; o < out; o++) {
      float e = (float) Math.exp(z2[o] - max);
      probs[o] = e;
      sum += e;
    }
    for (int o = 0; o < out; o++) probs[o] = (float) (probs[o] / sum);
    return label >= 0 ? -Math.log(Math.max(probs[label], 1e-12f)) : Double.NaN;
  }

  /**
   * The output layer's SGD step and the hidden layer's error scaled by the learning rate, left in
   * dz1 (the first layer's update is {@code -x_i * dz1}).
   */
  private void backwardToHidden(int label, float lr, float[] probs) {
    Arrays.fill(dz1, 0f);
    for (int o = 0; o < out; o++) {
      float d = probs[o] - (o == label ? 1f : 0f);
      float[] w = w2[o];
      for (int h = 0; h < hidden; h++) dz1[h] += d * w[h];
    }
    for (int o = 0; o < out; o++) {
      float step = lr * (probs[o] - (o == label ? 1f : 0f));
      b2[o] -= step;
      float[] w = w2[o];
      for (int h = 0; h < hidden; h++) w[h] -= step * a1[h];
    }
    for (int h = 0; h < hidden; h++) {
      if (z1[h] <= 0f) dz1[h] = 0f;
      dz1[h] *= lr;
      b1[h] -= dz1[h];
    }
  }

  /** Sets the gradient rows to the summed gradient of the batch's mean loss; returns the summed loss. */
  private double accumulateBatchGradient(float[] xs, int[] labels, int from, int to) {
    for (float[] g : gw1) Arrays.fill(g, 0f);
    for (float[] g : gw2) Arrays.fill(g, 0f);
    Arrays.fill(gb1, 0f);
    Arrays.fill(gb2, 0f);
    float[] probs = new float[out];
    float scale = 1f / (to - from);
    double loss = 0;
    for (int b = from; b < to; b++) {
      int xOff = b * in;
      loss += forward(xs, xOff, labels[b], probs);
      Arrays.fill(dz1, 0f);
      for (int o = 0; o < out; o++) {
        float d = (probs[o] - (o == labels[b] ? 1f : 0f)) * scale;
        gb2[o] += d;
        float[] g = gw2[o], w = w2[o];
        for (int h = 0; h < hidden; h++) {
          g[h] += d * a1[h];
          dz1[h] += d * w[h];
        }
      }
      for (int h = 0; h < hidden; h++) {
        if (z1[h] <= 0f) dz1[h] = 0f;
        gb1[h] += dz1[h];
      }
      for (int i = 0; i < in; i++) {
        float xi = xs[xOff + i];
        if (xi == 0f) continue;
        float[] g = gw1[i];
        for (int h = 0; h < hidden; h++) g[h] += xi * dz1[h];
      }
    }
    return loss;
  }

  private static float[] flatten(float[][] parts, int size) {
    float[] flat = new float[size];
    int o = 0;
    for (float[] row : parts) {
      System.arraycopy(row, 0, flat, o, row.length);
      o += row.length;
    }
    return flat;
  }
}
