package org.slicewright.ui.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.entity.CategoryItemEntity;
import org.slicewright.model.scenario.Run;
import org.slicewright.report.edge.EdgeCharts;
import org.slicewright.sim.scenario.EdgeRunRecords;
import org.slicewright.sim.scenario.RunKind;
import org.slicewright.sim.scenario.RunMetrics;

/** Per policy and board: the latency breakdown, the p95 and the share of requests over budget. */
final class EdgeChartProvider implements RunChartProvider {
  @Override
  public RunKind kind() {
    return RunKind.EDGE;
  }

  @Override
  public List<ChartChoice> charts(List<Run> runs, String scenarioId) {
    List<EdgeCharts.Bar> bars = new ArrayList<>();
    for (Run r : runs) {
      bars.add(new EdgeCharts.Bar(r.getPolicy(), EdgeRunRecords.board(r), m(r, "network_ms"), m(r, "cpu_ms"), m(r, "accelerator_ms"), m(r, "p95_ms"),
          violationShare(r)));
    }
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

  /** Runs stored before the share was recorded have only the counts. */
  static double violationShare(Run r) {
    Double share = RunMetrics.find(r, "violation_share");
    if (share != null) return share;
    double requests = m(r, "requests");
    return requests == 0 ? 0 : m(r, "violations") / requests;
  }

  private static double m(Run r, String name) {
    return RunMetrics.get(r, name);
  }

  @Override
  public String describe(Run run) {
    return String.format(Locale.ROOT, "%s: %s on %s%np95 %.1f ms, violations %.1f %%; per frame network %.1f, CPU %.1f, accelerator %.1f ms", run.getId(),
        run.getPolicy(), EdgeRunRecords.board(run), m(run, "p95_ms"), 100 * violationShare(run), m(run, "network_ms"), m(run, "cpu_ms"),
        m(run, "accelerator_ms"));
  }
}
