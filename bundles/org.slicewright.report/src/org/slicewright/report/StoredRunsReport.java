package org.slicewright.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.slicewright.model.scenario.Run;
import org.slicewright.report.edge.EdgeCharts;
import org.slicewright.report.offloading.OffloadingCharts;
import org.slicewright.report.twins.TwinCharts;
import org.slicewright.sim.scenario.LatestRuns;
import org.slicewright.sim.scenario.OffloadingRunRecords;
import org.slicewright.sim.scenario.ResultColumn;
import org.slicewright.sim.scenario.ResultColumns;
import org.slicewright.sim.scenario.RunKind;

/**
 * The report section of stored runs of one study kind (edge, offloading, twins) as the workbench
 * exports them: the runs' table, with the columns the Results view shows, and the kind's main chart.
 * The per-period detail of a fresh evaluation (the command line's reports) is not kept with runs.
 */
public final class StoredRunsReport {
  private StoredRunsReport() {
  }

  public static void append(ReportDocument doc, RunKind kind, List<Run> runs) {
    if (runs.isEmpty()) return;
    doc.heading(kind.title() + " runs");
    List<ResultColumn> columns = ResultColumns.of(runs);
    List<List<String>> rows = new ArrayList<>();
    for (Run r : runs) rows.add(columns.stream().map(c -> c.text().apply(r)).toList());
    doc.add(new ReportDocument.Table(runs.size() + " " + kind.title().toLowerCase(Locale.ROOT) + " runs stored with the scenario",
        columns.stream().map(ResultColumn::header).toList(), rows));
    JFreeChart chart = chart(kind, runs);
    if (chart != null) doc.add(new ReportDocument.Chart(chart, 900, 420, chart.getTitle() == null ? kind.title() : chart.getTitle().getText()));
  }

  /** The kind's main chart, of the latest run of each policy and board (or slice): a study run twice keeps both runs. */
  private static JFreeChart chart(RunKind kind, List<Run> runs) {
    return switch (kind) {
      case EDGE -> EdgeCharts.build(EdgeCharts.Kind.VIOLATIONS, EdgeCharts.bars(LatestRuns.of(runs, LatestRuns::edgeBar)));
      case TWINS -> TwinCharts.slaByPolicy(TwinCharts.slaBars(LatestRuns.of(runs, LatestRuns::twinBar)));
      case OFFLOADING -> OffloadingCharts.build(OffloadingCharts.Kind.COST, runs.stream().map(OffloadingRunRecords::point).toList()).chart();
      default -> null;
    };
  }
}
