package org.slicewright.sim.offloading;

import java.util.List;
import java.util.SplittableRandom;

import org.slicewright.sim.nn.Adam;
import org.slicewright.sim.nn.DenseLayer;
import org.slicewright.sim.nn.ParameterBlock;

/**
 * The ML offloading block as the study describes it: a network of three fully connected layers
 * (two ReLU hidden layers and a sigmoid output p, the probability that the sample is best resolved
 * locally), trained with binary cross-entropy and Adam to mimic the oracle's labels on the training
 * windows. Local iff p >= 0.5. Every draw (initialisation, sample order) comes from the given stream.
 */
final class MlpOffloadingClassifier implements OffloadingClassifier {
  static final int[] HIDDEN = { 32, 16 };
  static final int EPOCHS = 30;
  private static final int BATCH = 16;
  private static final double LEARNING_RATE = 0.003;

  private final FeatureStandardiser std;
  private final DenseLayer[] layers;

  private MlpOffloadingClassifier(FeatureStandardiser std, int inputs, SplittableRandom rng) {
    this.std = std;
    layers = new DenseLayer[] { new DenseLayer(inputs, HIDDEN[0], true), new DenseLayer(HIDDEN[0], HIDDEN[1], true), new DenseLayer(HIDDEN[1], 1, false) };
    for (DenseLayer l : layers) l.initialise(rng);
  }

  static OffloadingClassifier fit(FeatureStandardiser std, double[][] x, int[] labels, SplittableRandom rng) {
    if (OffloadingClassifier.singleClass(labels)) return OffloadingClassifier.constant(labels[0] == 1);
    double[][] z = new double[x.length][];
    for (int i = 0; i < x.length; i++) z[i] = std.apply(x[i]);
    MlpOffloadingClassifier m = new MlpOffloadingClassifier(std, z[0].length, rng);
    List<ParameterBlock> blocks = List.of(m.layers[0].parameters(), m.layers[1].parameters(), m.layers[2].parameters());
    Adam opt = new Adam(blocks, LEARNING_RATE, true);
    int[] order = new int[z.length];
    for (int i = 0; i < order.length; i++) order[i] = i;
    for (int e = 0; e < EPOCHS; e++) {
      for (int i = order.length - 1; i > 0; i--) {
        int j = rng.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      int inBatch = 0;
      for (int i : order) {
        m.accumulate(z[i], labels[i]);
        if (++inBatch == BATCH) { opt.step(inBatch); inBatch = 0; }
      }
      if (inBatch > 0) opt.step(inBatch);
    }
    return m;
  }

  /** Cross-entropy gradient of one sample: d(loss)/d(logit) = p - label. */
  private void accumulate(double[] x, int label) {
    double[][] a = new double[layers.length + 1][];
    a[0] = x;
    for (int i = 0; i < layers.length; i++) a[i + 1] = layers[i].forward(a[i]);
    double[] d = { sigmoid(a[layers.length][0]) - label };
    for (int i = layers.length - 1; i >= 0; i--) d = layers[i].backward(a[i], a[i + 1], d);
  }

  double probability(double[] features) {
    double[] a = std.apply(features);
    for (DenseLayer l : layers) a = l.forward(a);
    return sigmoid(a[0]);
  }

  @Override
  public boolean local(double[] features) {
    return probability(features) >= 0.5;
  }

  private static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }
}
