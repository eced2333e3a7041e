package org.slicewright.ui.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.entity.CategoryItemEntity;
import org.slicewright.model.scenario.Run;
import org.slicewright.report.edge.EdgeCharts;
import org.slicewright.sim.scenario.EdgeRunRecords;
import org.slicewright.sim.scenario.LatestRuns;
import org.slicewright.sim.scenario.RunKind;
import org.slicewright.sim.scenario.RunMetrics;

/** Per policy and board: the latency breakdown, the p95 and the share of requests over budget. */
final class EdgeChartProvider implements RunChartProvider {
  @Override
  public RunKind kind() {
    return RunKind.EDGE;
  }

  @Override
  public List<ChartChoice> charts(List<Run> all, String scenarioId) {
    List<Run> runs = LatestRuns.of(all, LatestRuns::edgeBar);
    List<EdgeCharts.Bar> bars = EdgeCharts.bars(runs);
    List<ChartChoice> out = new ArrayList<>();
    for (EdgeCharts.Kind k : EdgeCharts.Kind.values()) {
      // Category i is run i (EdgeCharts keeps the runs' order).
      out.add(new ChartChoice(k, k.title(), () -> new ChartPlot(EdgeCharts.build(k, bars), e -> {
        if (!(e instanceof CategoryItemEntity item)) return null;
        int column = item.getDataset().getColumnIndex(item.getColumnKey());
        return column >= 0 && column < runs.size() ? runs.get(column) : null;
      })));
    }
    return out;
  }

  private static double metric(Run r, String name) {
    return RunMetrics.get(r, name);
  }

  @Override
  public String describe(Run run) {
    return String.format(Locale.ROOT, "%s: %s on %s%np95 %.1f ms, violations %.1f %%; per frame network %.1f, CPU %.1f, accelerator %.1f ms", run.getId(),
        run.getPolicy(), EdgeRunRecords.board(run), metric(run, "p95_ms"), 100 * EdgeCharts.violationShare(run), metric(run, "network_ms"), metric(run, "cpu_ms"),
        metric(run, "accelerator_ms"));
  }
}
