package org.slicewright.sim.nn;

import java.util.Arrays;

/**
 * Trainable parameters of one layer and their accumulated gradient, on flat arrays so an optimiser
 * can update every layer the same way.
 */
public final class ParameterBlock {
  public final double[] values;
  public final double[] gradient;

  public ParameterBlock(int size) {
    values = new double[size];
    gradient = new double[size];
  }

  public void zeroGradient() {
    Arrays.fill(gradient, 0);
  }
}
