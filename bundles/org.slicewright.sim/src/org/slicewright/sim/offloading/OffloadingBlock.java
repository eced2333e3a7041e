package org.slicewright.sim.offloading;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/** Which classifier the ML offloading policy uses. */
public enum OffloadingBlock {
  /** The study's block: three fully connected layers trained to mimic the oracle. */
  NETWORK("three-layer network " + MlpOffloadingClassifier.HIDDEN[0] + "/" + MlpOffloadingClassifier.HIDDEN[1] + "/1"),
  /** A lighter, training-free-of-draws alternative. */
  LOGISTIC("logistic regression");

  private final String description;

  OffloadingBlock(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }

  OffloadingClassifier fit(FeatureStandardiser std, double[][] x, int[] labels, SplittableRandom rng) {
    return this == NETWORK ? MlpOffloadingClassifier.fit(std, x, labels, rng) : LogisticOffloadingClassifier.fit(std, x, labels);
  }

  public static OffloadingBlock parse(String name) {
    for (OffloadingBlock b : values()) if (b.name().equalsIgnoreCase(name.trim())) return b;
    throw new IllegalArgumentException("unknown ML offloading block '" + name + "' (" + String.join(", ", Arrays.stream(values()).map(v -> v.name().toLowerCase(Locale.ROOT)).toList()) + ")");
  }
}
