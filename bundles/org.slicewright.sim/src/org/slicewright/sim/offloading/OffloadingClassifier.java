package org.slicewright.sim.offloading;

/**
 * The ML offloading block: trained after the DDNN on the training windows, it predicts whether a
 * sample should be resolved locally (class 1: C_T >= C_L - C_R).
 */
interface OffloadingClassifier {
  boolean local(double[] features);

  /** A block that always answers the one class its training labels held. */
  static OffloadingClassifier constant(boolean local) {
    return f -> local;
  }

  /** True when every label is the same class. */
  static boolean singleClass(int[] labels) {
    int ones = 0;
    for (int l : labels) ones += l;
    return ones == 0 || ones == labels.length;
  }
}
