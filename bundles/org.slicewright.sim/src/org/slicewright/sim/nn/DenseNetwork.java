package org.slicewright.sim.nn;

import java.util.SplittableRandom;

/**
 * A fully connected network inputs-H-outputs with ReLU hidden units and a softmax output trained with
 * cross-entropy and SGD: the 784-200-10 digit classifier of the pooling case study.
 * <p>
 * Parameters live in one flat {@code float[]} so that FedAvg can read, average and write them
 * without knowing the layout. Layout: W1 stored input-major ({@code [in][hidden]}), b1, W2 stored
 * output-major ({@code [out][hidden]}), b2. Both layouts make the inner loops run over the hidden
 * units with unit stride ({@code y[h] += a * w[h]}), which the JIT vectorises, and let the first
 * layer skip zero inputs: about 80 % of digit pixels are zero.
 * ReLU rather than sigmoid: it trains faster at the case study's learning rate of 0.01.
 * Not thread-safe: each trainer owns its network.
 */
public final class DenseNetwork {
  private final int in;
  private final int hidden;
  private final int out;
  private final float[] params;
  private final int w1;
  private final int b1;
  private final int w2;
  private final int b2;
  // work buffers for one sample
  private final float[] z1;
  private final float[] a1;
  private final float[] z2;
  private final float[] dz1;
  private final float[] grad;

  public DenseNetwork(int in, int hidden, int out) {
    if (in <= 0 || hidden <= 0 || out <= 1) throw new IllegalArgumentException("bad network shape " + in + "-" + hidden + "-" + out);
    this.in = in;
    this.hidden = hidden;
    this.out = out;
    w1 = 0;
    b1 = w1 + in * hidden;
    w2 = b1 + hidden;
    b2 = w2 + out * hidden;
    params = new float[b2 + out];
    grad = new float[params.length];
    z1 = new float[hidden];
    a1 = new float[hidden];
    z2 = new float[out];
    dz1 = new float[hidden];
  }

  /** He initialisation for the ReLU layer, Glorot for the output layer, zero biases. */
  public void initialise(SplittableRandom rng) {
    double s1 = Math.sqrt(2.0 / in);
    for (int i = 0; i < in * hidden; i++) params[w1 + i] = (float) (gaussian(rng) * s1);
    double s2 = Math.sqrt(2.0 / (hidden + out));
    for (int i = 0; i < out * hidden; i++) params[w2 + i] = (float) (gaussian(rng) * s2);
    java.util.Arrays.fill(params, b1, b1 + hidden, 0f);
    java.util.Arrays.fill(params, b2, b2 + out, 0f);
  }

  private static double gaussian(SplittableRandom rng) {
    // Box-Muller on the run's own generator (java.util.Random#nextGaussian would need a Random).
    double u1 = 1.0 - rng.nextDouble();
    double u2 = rng.nextDouble();
    return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }

  public int parameterCount() { return params.length; }
  public int inputs() { return in; }
  public int outputs() { return out; }
  public int hiddenUnits() { return hidden; }

  /** The live parameter vector (FedAvg reads and writes it). */
  public float[] parameters() { return params; }

  public void setParameters(float[] p) {
    if (p.length != params.length) throw new IllegalArgumentException("expected " + params.length + " parameters, got " + p.length);
    System.arraycopy(p, 0, params, 0, p.length);
  }

  /** Forward pass of one sample; leaves the class probabilities in {@code probs}. Returns -ln p(label) if label >= 0. */
  public double forward(float[] x, int xOff, int label, float[] probs) {
    System.arraycopy(params, b1, z1, 0, hidden);
    for (int i = 0; i < in; i++) {
      float xi = x[xOff + i];
      if (xi == 0f) continue;
      int row = w1 + i * hidden;
      for (int h = 0; h < hidden; h++) z1[h] += xi * params[row + h];
    }
    for (int h = 0; h < hidden; h++) a1[h] = z1[h] > 0f ? z1[h] : 0f;
    float max = Float.NEGATIVE_INFINITY;
    for (int o = 0; o < out; o++) {
      int row = w2 + o * hidden;
      float s = params[b2 + o];
      for (int h = 0; h < hidden; h++) s += a1[h] * params[row + h];
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
   * One SGD step on a mini-batch (rows {@code from..to-1} of {@code xs}, {@code in} floats each):
   * the gradient of the mean cross-entropy, then {@code params -= lr * grad}. Returns the mean loss
   * before the step.
   */
  public double trainBatch(float[] xs, int[] labels, int from, int to, float lr) {
    int n = to - from;
    if (n <= 0) return 0;
    java.util.Arrays.fill(grad, 0f);
    float[] probs = new float[out];
    double loss = 0;
    float scale = 1f / n;
    for (int b = from; b < to; b++) {
      int xOff = b * in;
      loss += forward(xs, xOff, labels[b], probs);
      accumulateGradient(xs, xOff, labels[b], probs, scale);
    }
    for (int i = 0; i < params.length; i++) params[i] -= lr * grad[i];
    return loss / n;
  }

  /**
   * Per-sample SGD (batch size 1) fused into the backward pass: the same update as
   * {@code trainBatch(x, label, b, b + 1, lr)} without a dense gradient buffer, so the first layer
   * touches only the rows of non-zero pixels. Returns the loss before the step.
   */
  public double trainSample(float[] x, int xOff, int label, float lr, float[] probs) {
    double loss = forward(x, xOff, label, probs);
    java.util.Arrays.fill(dz1, 0f);
    for (int o = 0; o < out; o++) {
      float d = probs[o] - (o == label ? 1f : 0f);
      int row = w2 + o * hidden;
      for (int h = 0; h < hidden; h++) dz1[h] += d * params[row + h];
    }
    for (int o = 0; o < out; o++) {
      float step = lr * (probs[o] - (o == label ? 1f : 0f));
      params[b2 + o] -= step;
      int row = w2 + o * hidden;
      for (int h = 0; h < hidden; h++) params[row + h] -= step * a1[h];
    }
    for (int h = 0; h < hidden; h++) {
      if (z1[h] <= 0f) dz1[h] = 0f;
      dz1[h] *= lr;
      params[b1 + h] -= dz1[h];
    }
    for (int i = 0; i < in; i++) {
      float xi = x[xOff + i];
      if (xi == 0f) continue;
      int row = w1 + i * hidden;
      for (int h = 0; h < hidden; h++) params[row + h] -= xi * dz1[h];
    }
    return loss;
  }

  /** Adds scale * d(loss)/d(params) of the last forward pass (needs z1, a1 from it) into grad. */
  private void accumulateGradient(float[] x, int xOff, int label, float[] probs, float scale) {
    java.util.Arrays.fill(dz1, 0f);
    for (int o = 0; o < out; o++) {
      float d = (probs[o] - (o == label ? 1f : 0f)) * scale;
      grad[b2 + o] += d;
      int row = w2 + o * hidden;
      for (int h = 0; h < hidden; h++) {
        grad[row + h] += d * a1[h];
        dz1[h] += d * params[row + h];
      }
    }
    for (int h = 0; h < hidden; h++) {
      if (z1[h] <= 0f) dz1[h] = 0f;
      grad[b1 + h] += dz1[h];
    }
    for (int i = 0; i < in; i++) {
      float xi = x[xOff + i];
      if (xi == 0f) continue;
      int row = w1 + i * hidden;
      for (int h = 0; h < hidden; h++) grad[row + h] += xi * dz1[h];
    }
  }

  /** Gradient of the mean loss over a batch without updating (for gradient checks). */
  public float[] gradient(float[] xs, int[] labels, int from, int to) {
    java.util.Arrays.fill(grad, 0f);
    float[] probs = new float[out];
    float scale = 1f / (to - from);
    for (int b = from; b < to; b++) {
      forward(xs, b * in, labels[b], probs);
      accumulateGradient(xs, b * in, labels[b], probs, scale);
    }
    return grad.clone();
  }

  /** Mean cross-entropy and accuracy over a set of samples. */
  public Evaluation evaluate(float[] xs, int[] labels) {
    float[] probs = new float[out];
    double loss = 0;
    int correct = 0;
    int n = labels.length;
    for (int b = 0; b < n; b++) {
      loss += forward(xs, b * in, labels[b], probs);
      int best = 0;
      for (int o = 1; o < out; o++) if (probs[o] > probs[best]) best = o;
      if (best == labels[b]) correct++;
    }
    return new Evaluation(loss / n, (double) correct / n);
  }

  /** Mean test loss and accuracy (fraction correct). */
  public record Evaluation(double loss, double accuracy) {
  }

  /** FLOPs of one dense training step per sample (forward + backward + update), for benchmarks. */
  public long denseTrainFlopsPerSample() {
    return trainingFlopsPerSample(in, hidden, out);
  }

  /**
   * FLOPs of training an in-H-out network on one sample without exploiting zero inputs: forward,
   * backward and update, each one multiply-add per weight (6 per weight), plus 2 per parameter for the
   * step. About 0.95 MFLOP for 784-200-10.
   */
  public static long trainingFlopsPerSample(int in, int hidden, int out) {
    long macs = (long) in * hidden + (long) hidden * out;
    long params = macs + hidden + out;
    return 2 * (3 * macs) + 2L * params;
  }
}
