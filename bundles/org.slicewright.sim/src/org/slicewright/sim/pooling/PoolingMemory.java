package org.slicewright.sim.pooling;

import java.util.List;
import java.util.Locale;

/**
 * The memory a pooling sweep needs, estimated before it starts so that an impossible sweep is refused
 * with the estimate instead of ending in an out-of-memory error minutes later. A run holds the global
 * model and one local model per sub-pool, each with its weights and a gradient of the same size, and
 * the data units arriving at every AP in every tick; the sweep runs {@code threads} runs at once.
 */
public final class PoolingMemory {
  /** Share of the Java heap a sweep may plan to use: the rest holds the digits, the results and the JVM's own. */
  static final double HEAP_SHARE = 0.6;
  /** The case study's network: 28 x 28 pixels in, ten digits out. */
  private static final int DIGIT_PIXELS = 28 * 28, DIGIT_CLASSES = 10;

  private PoolingMemory() {
  }

  /** Bytes one run needs. */
  public static long bytes(PoolingConfig c) {
    long weights = (long) (DIGIT_PIXELS + 1) * c.hiddenUnits() + (long) (c.hiddenUnits() + 1) * DIGIT_CLASSES;
    long models = (long) (c.subPools() + 1) * weights * Double.BYTES * 2;
    long demand = (long) c.ticks() * c.apCount() * Integer.BYTES;
    return models + demand;
  }

  /**
   * @param threads runs at once (0 = one per core)
   * @param heapBytes the heap the JVM may grow to
   * @throws IllegalArgumentException with the estimate when the sweep's largest runs cannot fit
   */
  public static void check(List<PoolingConfig> runs, int threads, long heapBytes) {
    if (runs.isEmpty()) return;
    int parallel = Math.min(runs.size(), threads > 0 ? threads : Runtime.getRuntime().availableProcessors());
    PoolingConfig largest = runs.stream().max((a, b) -> Long.compare(bytes(a), bytes(b))).orElseThrow();
    long need = bytes(largest) * parallel;
    if (need > HEAP_SHARE * heapBytes) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "the sweep needs about %.1f GB of memory (%d runs at once, the largest with k = %d sub-pools of %d hidden units over %d ticks), "
              + "more than the %.1f GB it may use of the %.1f GB Java heap: lower the hidden units or sub-pools, run fewer threads, or give Java more memory",
          need / 1e9, parallel, largest.subPools(), largest.hiddenUnits(), largest.ticks(), HEAP_SHARE * heapBytes / 1e9, heapBytes / 1e9));
    }
  }
}
