package org.slicewright.sim.pooling;

import java.util.SplittableRandom;

import org.slicewright.sim.nn.DenseNetwork;

/**
 * One tick of a trainer's local training, as FedAvg's clients train (McMahan et al., AISTATS 2017):
 * {@code localEpochs} passes over the samples taken in this tick, in a fresh random order each pass,
 * in mini-batches of {@code batchSize} (1 = per-sample SGD, the case study's optimiser). Several passes
 * let a trainer with little data make progress between two aggregations, which is what lets
 * distributed sub-pools converge within the run.
 */
final class LocalTraining {
  private final DigitTask task;
  private final int epochs;
  private final int batch;
  private final float learningRate;
  private final SplittableRandom order;
  private final float[] batchX;
  private final int[] batchY;
  private final float[] probs;

  LocalTraining(DigitTask task, PoolingConfig c, SplittableRandom order) {
    this.task = task;
    this.epochs = c.localEpochs();
    this.batch = c.batchSize();
    this.learningRate = (float) c.learningRate();
    this.order = order;
    this.batchX = new float[batch * task.features()];
    this.batchY = new int[batch];
    this.probs = new float[task.classes()];
  }

  /** Trains {@code net} on the first {@code n} digit indices of {@code samples} (reordered in place). */
  void train(DenseNetwork net, int[] samples, int n) {
    int f = task.features();
    for (int e = 0; e < epochs; e++) {
      shuffle(samples, n);
      for (int from = 0; from < n; from += batch) {
        int to = Math.min(n, from + batch);
        if (to - from == 1) {
          net.trainSample(task.digitsSparse(), samples[from], task.digits().label(samples[from]), learningRate, probs);
        } else {
          for (int i = from; i < to; i++) {
            task.digits().copyTo(samples[i], batchX, (i - from) * f);
            batchY[i - from] = task.digits().label(samples[i]);
          }
          net.trainBatch(batchX, batchY, 0, to - from, learningRate);
        }
      }
    }
  }

  private void shuffle(int[] a, int n) {
    for (int i = n - 1; i > 0; i--) {
      int r = order.nextInt(i + 1);
      int tmp = a[i];
      a[i] = a[r];
      a[r] = tmp;
    }
  }
}
