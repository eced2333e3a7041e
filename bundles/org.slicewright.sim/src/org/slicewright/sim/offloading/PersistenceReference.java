package org.slicewright.sim.offloading;

/**
 * A reference, not a policy: allocate the last observed demand plus a margin per VNF, the margin
 * fitted on the training windows (a grid of 0 to 0.5 in steps of 0.005 of the normalised demand).
 * Its test cost says how predictable the traces are beyond persistence: where no model beats it by
 * much, the models' differences come from how well they learn persistence, not the demand's pattern.
 */
final class PersistenceReference {
  private PersistenceReference() {
  }

  static double testCost(StudyWindows w, AsymmetricCost cost) {
    int k = w.vnfs();
    double total = 0;
    for (int j = 0; j < k; j++) {
      double best = Double.POSITIVE_INFINITY, margin = 0;
      for (int step = 0; step <= 100; step++) {
        double m = step * 0.005, s = 0;
        for (int i = 0; i < w.testStart; i++) s += cost.cost(w.traces.value(i + w.history - 1, j) + m, w.traces.value(i + w.history, j));
        if (s < best) {
          best = s;
          margin = m;
        }
      }
      for (int i = w.testStart; i < w.count; i++) total += cost.cost(w.traces.value(i + w.history - 1, j) + margin, w.traces.value(i + w.history, j));
    }
    return total;
  }
}
