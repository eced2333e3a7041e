package org.slicewright.sim.offloading;

import smile.classification.LogisticRegression;

/**
 * The ML offloading block of seed 002: a binary classifier, trained after the DDNN on the training
 * windows, that predicts whether a sample should be resolved locally (class 1: C_T >= C_L - C_R).
 * Smile's logistic regression (deterministic: no random draws, so runs stay reproducible in
 * parallel) on standardised features; when the training labels are all one class the block answers
 * that class.
 */
final class OffloadingClassifier {
  private final Standardiser std;
  private final LogisticRegression model;
  private final int constant;

  private OffloadingClassifier(Standardiser std, LogisticRegression model, int constant) {
    this.std = std;
    this.model = model;
    this.constant = constant;
  }

  static OffloadingClassifier fit(Standardiser std, double[][] x, int[] labels) {
    int ones = 0;
    for (int l : labels) ones += l;
    if (ones == 0 || ones == labels.length) return new OffloadingClassifier(std, null, ones == 0 ? 0 : 1);
    double[][] z = new double[x.length][];
    for (int i = 0; i < x.length; i++) z[i] = std.apply(x[i]);
    return new OffloadingClassifier(std, LogisticRegression.binomial(z, labels, 0.01, 1e-5, 500), -1);
  }

  boolean local(double[] features) {
    if (model == null) return constant == 1;
    return model.predict(std.apply(features)) == 1;
  }

  /** Zero mean, unit variance per feature, fitted on the training windows. */
  static final class Standardiser {
    private final double[] mean;
    private final double[] scale;

    Standardiser(double[][] x) {
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
}
