package org.slicewright.sim.offloading;

/**
 * The asymmetric provisioning cost of the distributed-LSTM study (eq. 3), on demand normalised to [0, 1]:
 * f(y, d) = c1 (y - d)^2 when y <= d (under-provisioning: SLA violation), c2 (y - d) when y > d
 * (over-provisioning: wasted resources). The study's values ({@link #STUDY}): c1 = 50, c2 = 1.
 */
public record AsymmetricCost(double c1, double c2) {
  public static final AsymmetricCost STUDY = new AsymmetricCost(50, 1);

  public AsymmetricCost {
    if (!(c1 > 0) || !(c2 > 0)) throw new IllegalArgumentException("cost coefficients must be > 0 (c1 = " + c1 + ", c2 = " + c2 + ")");
  }

  public double cost(double y, double d) {
    double e = y - d;
    return e <= 0 ? c1 * e * e : c2 * e;
  }

  /** df/dy. */
  public double derivative(double y, double d) {
    double e = y - d;
    return e <= 0 ? 2 * c1 * e : c2;
  }

  /** Sum over the K VNFs of one sample. */
  public double cost(double[] y, double[] d) {
    double s = 0;
    for (int k = 0; k < y.length; k++) s += cost(y[k], d[k]);
    return s;
  }
}
