package org.slicewright.sim.nn;

import java.util.Arrays;

/**
 * Federated averaging: the global model is the average of the trainers' parameters weighted by the
 * number of samples each trained on since the last aggregation (McMahan et al.). Trainers with no
 * new samples keep weight 0; if nobody trained, the global model is unchanged.
 */
public final class FedAvg {
  private FedAvg() {
  }

  /** Writes the weighted average of {@code models} into {@code global}; returns false if all weights are 0. */
  public static boolean average(float[] global, float[][] models, double[] weights) {
    double total = 0;
    for (double w : weights) {
      if (w < 0) throw new IllegalArgumentException("negative FedAvg weight " + w);
      total += w;
    }
    if (total == 0) return false;
    Arrays.fill(global, 0f);
    for (int m = 0; m < models.length; m++) {
      if (weights[m] == 0) continue;
      float f = (float) (weights[m] / total);
      float[] p = models[m];
      for (int i = 0; i < global.length; i++) global[i] += f * p[i];
    }
    return true;
  }

  /** Writes the weighted average of the models' parameters into {@code global}, row by row; false if all weights are 0. */
  public static boolean average(DenseNetwork global, DenseNetwork[] models, double[] weights) {
    float[][] rows = global.parameterRows();
    float[][] column = new float[models.length][];
    for (int r = 0; r < rows.length; r++) {
      for (int m = 0; m < models.length; m++) column[m] = models[m].parameterRows()[r];
      if (!average(rows[r], column, weights)) return false;
    }
    return true;
  }
}
