package org.slicewright.sim;

import java.util.SplittableRandom;

/**
 * Derives independent random streams from a user seed. Each part of a run (demand, model
 * initialisation, clustering...) draws from its own stream, so changing one part (e.g. k) leaves the
 * draws of the others (e.g. the demand) unchanged.
 */
public final class Seeds {
  private Seeds() {
  }

  /** A generator for stream {@code id} of {@code seed}. */
  public static SplittableRandom stream(long seed, long id) {
    return new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + id));
  }

  /** SplitMix64 finaliser: spreads nearby seeds over the whole 64-bit space. */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
