package org.slicewright.sim.pooling;

import java.io.IOException;

import org.slicewright.data.digits.DigitSet;
import org.slicewright.sim.nn.SparseInputs;

/**
 * The learning task of the pooling case study, prepared once and shared read-only by all runs of a
 * sweep: the digit set, its class-balanced split, the held-out test set, and every digit's non-zero
 * pixels ({@link SparseInputs}) for the per-sample training and evaluation loops.
 */
public final class DigitTask {
  private final DigitSet digits;
  private final int[][] trainByClass;
  private final int[] testY;
  private final int[] testRows;
  private final SparseInputs sparse;
  private final int testPerClass;

  public DigitTask(DigitSet digits, int testPerClass) {
    this.digits = digits;
    this.testPerClass = testPerClass;
    DigitSet.Split split = digits.split(testPerClass);
    this.trainByClass = split.trainByClass();
    this.testRows = split.test().clone();
    this.sparse = SparseInputs.of(digits.size(), digits.features(), digits::copyTo);
    testY = new int[testRows.length];
    for (int i = 0; i < testRows.length; i++) testY[i] = digits.label(testRows[i]);
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
  /** Digit indices of the test set, in the order of {@link #testY()}. */
  int[] testRows() { return testRows; }
  /** Every digit's non-zero pixels, row = digit index. */
  public SparseInputs digitsSparse() { return sparse; }
  int[] testY() { return testY; }
}
