package org.slicewright.ui.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.entity.CategoryItemEntity;
import org.slicewright.model.scenario.Run;
import org.slicewright.model.scenario.Series;
import org.slicewright.report.twins.TwinCharts;
import org.slicewright.sim.scenario.LatestRuns;
import org.slicewright.sim.scenario.RunKind;
import org.slicewright.sim.scenario.RunMetrics;
import org.slicewright.sim.scenario.TwinRunRecords;

/**
 * The SLA each reservation policy met per slice, and for each policy and slice the demand, the
 * demand it predicted and what it reserved, per period.
 */
final class TwinChartProvider implements RunChartProvider {
  static final String SLA = "twins-sla";

  @Override
  public RunKind kind() {
    return RunKind.TWINS;
  }

  @Override
  public List<ChartChoice> charts(List<Run> all, String scenarioId) {
    List<Run> runs = LatestRuns.of(all, LatestRuns::twinBar);
    List<ChartChoice> out = new ArrayList<>();
    List<TwinCharts.SlaBar> bars = TwinCharts.slaBars(runs);
    out.add(new ChartChoice(SLA, "Twins: SLA met per slice and policy", () -> new ChartPlot(TwinCharts.slaByPolicy(bars), e -> {
      if (!(e instanceof CategoryItemEntity item)) return null;
      return runs.stream().filter(r -> r.getPolicy().equals(item.getRowKey()) && TwinRunRecords.slice(r).equals(item.getColumnKey())).findFirst().orElse(null);
    })));
    for (Run r : runs) {
      Series demand = TwinRunRecords.series(r, "demand"), prediction = TwinRunRecords.series(r, "prediction"), reserved = TwinRunRecords.series(r, "reserved");
      // Runs stored before series were kept have no timeline to draw.
      if (demand == null || prediction == null || reserved == null) continue;
      String title = "Twins: " + TwinRunRecords.slice(r) + " under " + r.getPolicy() + " (demand, prediction, reservation)";
      out.add(new ChartChoice(title, title, () -> new ChartPlot(TwinCharts.timeline(title.substring("Twins: ".length()), demand.getStepS(),
          values(demand), values(prediction), values(reserved)), e -> null)));
    }
    return out;
  }

  private static double[] values(Series s) {
    return s.getValues().stream().mapToDouble(Double::doubleValue).toArray();
  }

  @Override
  public String describe(Run run) {
    return String.format(Locale.ROOT, "%s: %s on %s%nSLA met %.1f %% of periods, utilisation %.1f %%, prediction MAE %.3f", run.getId(), run.getPolicy(),
        TwinRunRecords.slice(run), 100 * RunMetrics.get(run, "sla_share"), 100 * RunMetrics.get(run, "utilisation"),
        RunMetrics.find(run, "prediction_mae") == null ? Double.NaN : RunMetrics.get(run, "prediction_mae"));
  }
}
