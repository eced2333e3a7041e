package org.slicewright.sim.pooling;

import org.slicewright.data.digits.DigitSet;
import org.slicewright.sim.nn.DenseNetwork;

/**
 * What one data unit of the pooling study is, in the resources it takes: {@code samples} digit images
 * of {@link #SAMPLE_BYTES} bytes, trained {@code localEpochs} times by the 784-H-10 network. The one
 * place that turns data units into GFLOP and Mbit, for the simulation's capacities and the
 * reservation MILP alike.
 */
public record DataUnit(int samples, int localEpochs, int hiddenUnits) {
  /** Bytes of one digit: 28 x 28 grey pixels, one byte each. */
  public static final int SAMPLE_BYTES = 28 * 28;

  public DataUnit {
    if (samples < 1 || localEpochs < 1 || hiddenUnits < 1) {
      throw new IllegalArgumentException("samples per data unit, local epochs and hidden units must be >= 1, are " + samples + ", " + localEpochs + ", " + hiddenUnits);
    }
  }

  /** GFLOP to train one unit: every sample, every local epoch, forward, backward and update. */
  public double gflopToTrain() {
    return (double) samples * localEpochs * DenseNetwork.trainingFlopsPerSample(SAMPLE_BYTES, hiddenUnits, DigitSet.CLASSES) / 1e9;
  }

  /** Mbit to move one unit between two APs. */
  public double megabits() {
    return samples * SAMPLE_BYTES * 8 / 1e6;
  }
}
