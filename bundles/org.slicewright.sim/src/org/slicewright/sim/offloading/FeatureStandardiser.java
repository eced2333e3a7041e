package org.slicewright.sim.offloading;

/** Zero mean, unit variance per feature, fitted on the training windows (a classifier's input scaling). */
final class FeatureStandardiser {
  private final double[] mean;
  private final double[] scale;

  FeatureStandardiser(double[][] x) {
    int d = x[0].length;
    mean = new double[d];
    scale = new double[d];
    for (double[] r : x) for (int j = 0; j < d; j++) mean[j] += r[j] / x.length;
    for (double[] r : x) for (int j = 0; j < d; j++) scale[j] += (r[j] - mean[j]) * (r[j] - mean[j]) / x.length;
    for (int j = 0; j < d; j++) scale[j] = scale[j] > 1e-12 ? Math.sqrt(scale[j]) : 1;
  }

  double[] apply(double[] r) {
    double[] z = new double[r.length];
    for (int j = 0; j < r.length; j++) z[j] = (r[j] - mean[j]) / scale[j];
    return z;
  }
}
