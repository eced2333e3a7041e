package org.slicewright.whatif;

import java.nio.file.Path;

/**
 * How a what-if is planned: seeds and threads of a pooling sweep (0 = the scenario's / all cores),
 * quick (reduced sweeps, shorter traces and trainings), the emulated seconds of the edge what-if,
 * whether to add the analyses only a report shows (the edge gamma sweep and frame doubling, the
 * twin-model sweep), and the folder relative trace paths are read from (null = the scenario's own).
 */
public record WhatIfOptions(int seeds, int threads, boolean quick, double edgeSeconds, boolean analyses, Path traceFolder) {
  /** Emulated seconds of the edge what-if per policy, quick and full. */
  public static final double EDGE_QUICK_S = 60, EDGE_FULL_S = 600;

  public static WhatIfOptions of(boolean quick) {
    return new WhatIfOptions(0, 0, quick, quick ? EDGE_QUICK_S : EDGE_FULL_S, true, null);
  }

  public WhatIfOptions withSweep(int seeds, int threads) {
    return new WhatIfOptions(seeds, threads, quick, edgeSeconds, analyses, traceFolder);
  }

  public WhatIfOptions withEdgeSeconds(double seconds) {
    return new WhatIfOptions(seeds, threads, quick, seconds, analyses, traceFolder);
  }

  public WhatIfOptions withTraceFolder(Path folder) {
    return new WhatIfOptions(seeds, threads, quick, edgeSeconds, analyses, folder);
  }

  /** Without the report-only analyses: the workbench stores runs, and the analyses make none. */
  public WhatIfOptions withoutAnalyses() {
    return new WhatIfOptions(seeds, threads, quick, edgeSeconds, false, traceFolder);
  }
}
