package org.slicewright.learn;

import java.util.List;

/**
 * A learned map from policy parameters (and load) to one metric: the controller's knowledge of how a
 * pooling policy performs without simulating it (the resource-pooling study, section IV-A).
 */
public interface Surrogate {
  /** The input parameters in order, e.g. {@code subpools, lambda_max}. */
  List<String> features();

  double predict(double[] x);

  /** A short name of the learner, for tables. */
  String learner();
}
