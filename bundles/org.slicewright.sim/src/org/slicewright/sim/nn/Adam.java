package org.slicewright.sim.nn;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adam (Kingma and Ba) over parameter blocks, or plain SGD when {@code adam} is false. Gradients are
 * divided by the batch size before the step and cleared after it.
 */
public final class Adam {
  private final List<ParameterBlock> blocks;
  private final double lr;
  private final boolean adam;
  private final double beta1 = 0.9;
  private final double beta2 = 0.999;
  private final double eps = 1e-8;
  private final Map<ParameterBlock, double[][]> moments = new IdentityHashMap<>();
  private int step;

  public Adam(List<ParameterBlock> blocks, double learningRate, boolean adam) {
    this.blocks = List.copyOf(blocks);
    this.lr = learningRate;
    this.adam = adam;
    for (ParameterBlock b : blocks) moments.put(b, new double[][] { new double[b.values.length], new double[b.values.length] });
  }

  public void step(int batchSize) {
    step++;
    double scale = 1.0 / Math.max(1, batchSize);
    double c1 = 1 - Math.pow(beta1, step), c2 = 1 - Math.pow(beta2, step);
    for (ParameterBlock b : blocks) {
      double[] v = b.values, g = b.gradient;
      if (adam) {
        double[] m = moments.get(b)[0], s = moments.get(b)[1];
        for (int i = 0; i < v.length; i++) {
          double gi = g[i] * scale;
          m[i] = beta1 * m[i] + (1 - beta1) * gi;
          s[i] = beta2 * s[i] + (1 - beta2) * gi * gi;
          v[i] -= lr * (m[i] / c1) / (Math.sqrt(s[i] / c2) + eps);
        }
      } else {
        for (int i = 0; i < v.length; i++) v[i] -= lr * g[i] * scale;
      }
      b.zeroGradient();
    }
  }
}
