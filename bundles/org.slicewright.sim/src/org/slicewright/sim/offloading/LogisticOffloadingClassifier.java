package org.slicewright.sim.offloading;

import smile.classification.LogisticRegression;

/**
 * The ML offloading block as a logistic regression (Smile; deterministic: no random draws) on
 * standardised features: the lighter alternative to the study's three-layer network.
 */
final class LogisticOffloadingClassifier implements OffloadingClassifier {
  private final FeatureStandardiser std;
  private final LogisticRegression model;

  private LogisticOffloadingClassifier(FeatureStandardiser std, LogisticRegression model) {
    this.std = std;
    this.model = model;
  }

  static OffloadingClassifier fit(FeatureStandardiser std, double[][] x, int[] labels) {
    if (OffloadingClassifier.singleClass(labels)) return OffloadingClassifier.constant(labels[0] == 1);
    double[][] z = new double[x.length][];
    for (int i = 0; i < x.length; i++) z[i] = std.apply(x[i]);
    return new LogisticOffloadingClassifier(std, LogisticRegression.binomial(z, labels, 0.01, 1e-5, 500));
  }

  @Override
  public boolean local(double[] features) {
    return model.predict(std.apply(features)) == 1;
  }
}
