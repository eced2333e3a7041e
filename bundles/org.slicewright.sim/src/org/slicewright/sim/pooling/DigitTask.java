package org.slicewright.sim.pooling;

import java.io.IOException;

import org.slicewright.data.digits.DigitSet;
import org.slicewright.sim.nn.SparseInputs;

/**
 * The learning task of the pooling case study, prepared once and shared read-only by all runs of a
 * sweep: the digit set, its class-balanced split, the held-out test set as one flat float array, and
 * every digit's non-zero pixels ({@link SparseInputs}) for the per-sample training and evaluation loops.
 */
public final class DigitTask {
  private final DigitSet digits;
  private final int[][] trainByClass;
  private final float[] testX;
  private final int[] testY;
  private final int[] testRows;
  private final SparseInputs sparse;
  private final int testPerClass;

  public DigitTask(DigitSet digits, int testPerClass) {
    this.digits = digits;
    this.testPerClass = testPerClass;
    DigitSet.Split split = digits.split(testPerClass);
    this.trainByClass = split.trainByClass();
    int[] test = split.test();
    this.testRows = test.clone();
    this.sparse = SparseInputs.of(digits.size(), digits.features(), digits::copyTo);
    int f = digits.features();
    testX = new float[test.length * f];
    testY = new int[test.length];
    for (int i = 0; i < test.length; i++) {
      digits.copyTo(test[i], testX, i * f);
      testY[i] = digits.label(test[i]);
    }
  }

  public static DigitTask loadDefault(int testPerClass) throws IOException {
    return new DigitTask(DigitSet.loadDefault(), testPerClass);
  }

  public DigitSet digits() { return digits; }
  public int testPerClass() { return testPerClass; }
  public int features() { return digits.features(); }
  public int classes() { return DigitSet.CLASSES; }
  /** Training sample indices of a class (do not modify). */
  int[] train(int label) { return trainByClass[label]; }
  float[] testX() { return testX; }
  /** Digit indices of the test set, in the order of {@link #testY()}. */
  int[] testRows() { return testRows; }
  /** Every digit's non-zero pixels, row = digit index. */
  public SparseInputs digitsSparse() { return sparse; }
  int[] testY() { return testY; }
}
