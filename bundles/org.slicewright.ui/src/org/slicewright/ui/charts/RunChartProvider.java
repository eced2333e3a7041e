package org.slicewright.ui.charts;

import java.util.List;

import org.slicewright.model.scenario.Run;
import org.slicewright.sim.scenario.RunKind;

/** The charts of one kind of stored run (pooling, edge, offloading, twins). */
public interface RunChartProvider {
  RunKind kind();

  /** The charts of these runs (all of this provider's kind), in the order the view lists them. */
  List<ChartChoice> charts(List<Run> runs, String scenarioId);

  /** A run's tooltip: its parameters and main metrics. */
  String describe(Run run);
}
