package org.slicewright.sim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.slicewright.model.scenario.Run;

/**
 * The latest run of each key, in the order the keys first appear. A study run again adds runs of the
 * same policy and board (or slice) to the scenario; a chart with one bar per policy and board shows
 * the latest.
 */
public final class LatestRuns {
  private LatestRuns() {
  }

  public static List<Run> of(List<Run> runs, Function<Run, String> key) {
    Map<String, Run> last = new LinkedHashMap<>();
    for (Run r : runs) last.put(key.apply(r), r);
    return new ArrayList<>(last.values());
  }

  /** An edge run's bar: its policy and board. */
  public static String edgeBar(Run r) {
    return r.getPolicy() + " / " + EdgeRunRecords.board(r);
  }

  /** A twin run's bar: its policy and slice. */
  public static String twinBar(Run r) {
    return r.getPolicy() + " / " + TwinRunRecords.slice(r);
  }
}
