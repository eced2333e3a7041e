package org.slicewright.ui.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slicewright.model.scenario.Run;
import org.slicewright.report.offloading.OffloadingCharts;
import org.slicewright.sim.offloading.OffloadingStudy;
import org.slicewright.sim.scenario.OffloadingRunRecords;
import org.slicewright.sim.scenario.RunKind;
import org.slicewright.sim.scenario.RunMetrics;

/** Total cost and mean latency against the share resolved locally, one curve per policy. */
final class OffloadingChartProvider implements RunChartProvider {
  @Override
  public RunKind kind() {
    return RunKind.OFFLOADING;
  }

  @Override
  public List<ChartChoice> charts(List<Run> runs, String scenarioId) {
    List<OffloadingStudy.CurvePoint> points = runs.stream().map(OffloadingRunRecords::point).toList();
    List<ChartChoice> out = new ArrayList<>();
    for (OffloadingCharts.Kind k : OffloadingCharts.Kind.values()) {
      out.add(new ChartChoice(k, k.title(), () -> PoolingChartProvider.xy(OffloadingCharts.build(k, points), runs)));
    }
    return out;
  }

  @Override
  public String describe(Run run) {
    return String.format(Locale.ROOT, "%s: %s, parameter %s%nlocal share %.3f, total cost %.4g, latency %.1f ms", run.getId(), run.getPolicy(),
        run.getParameters(), RunMetrics.get(run, "local_share"), RunMetrics.get(run, "total_cost"), RunMetrics.get(run, "latency_ms"));
  }
}
