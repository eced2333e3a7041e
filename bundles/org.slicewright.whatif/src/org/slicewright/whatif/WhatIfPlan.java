package org.slicewright.whatif;

import java.util.List;

/**
 * A what-if's plan: its independent runs, and how many may run at a time on this machine (the
 * pooling sweep's threads are bounded by the memory its runs need).
 *
 * @param threads runs at a time on this machine (0 = one per core)
 */
public record WhatIfPlan<S>(List<S> runs, int threads) {
  public WhatIfPlan {
    if (runs.isEmpty()) throw new IllegalArgumentException("the what-if has no runs");
    runs = List.copyOf(runs);
  }
}
