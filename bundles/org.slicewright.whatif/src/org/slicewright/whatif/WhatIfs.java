package org.slicewright.whatif;

import java.util.List;
import java.util.Locale;

import org.slicewright.model.scenario.Scenario;

/**
 * The what-ifs, in the one order every front end lists and runs them: pooling, edge, offloading,
 * twins; then the compliance table, for a scenario with requirements but no study.
 */
public final class WhatIfs {
  public static final PoolingWhatIf POOLING = new PoolingWhatIf();
  public static final EdgeWhatIf EDGE = new EdgeWhatIf();
  public static final OffloadingWhatIf OFFLOADING = new OffloadingWhatIf();
  public static final TwinsWhatIf TWINS = new TwinsWhatIf();
  public static final ComplianceWhatIf COMPLIANCE = new ComplianceWhatIf();
  /** The studies, which add runs to a scenario. */
  public static final List<WhatIf<?, ?>> STUDIES = List.of(POOLING, EDGE, OFFLOADING, TWINS);

  private WhatIfs() {
  }

  /** The studies the scenario holds, in order. */
  public static List<WhatIf<?, ?>> studiesOf(Scenario s) {
    return STUDIES.stream().filter(w -> w.appliesTo(s)).toList();
  }

  /**
   * What {@code evaluate} runs: the scenario's studies, or the compliance table alone when it holds
   * none but its services require something; empty when there is nothing to evaluate.
   */
  public static List<WhatIf<?, ?>> evaluationsOf(Scenario s) {
    List<WhatIf<?, ?>> studies = studiesOf(s);
    if (studies.isEmpty() && COMPLIANCE.appliesTo(s)) return List.of(COMPLIANCE);
    return studies;
  }

  /** The what-if of that name ("pooling", case and blanks ignored), or null. */
  public static WhatIf<?, ?> named(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    for (WhatIf<?, ?> w : STUDIES) if (w.name().equals(n)) return w;
    return COMPLIANCE.name().equals(n) ? COMPLIANCE : null;
  }
}
