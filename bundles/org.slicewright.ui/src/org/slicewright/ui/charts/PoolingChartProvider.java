package org.slicewright.ui.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.entity.XYItemEntity;
import org.slicewright.model.scenario.Run;
import org.slicewright.report.pooling.PoolingCharts;
import org.slicewright.sim.pooling.PoolingRunResult;
import org.slicewright.sim.scenario.PoolingRunRecords;
import org.slicewright.sim.scenario.RunKind;

/** Accuracy, convergence and RU against sub-pools, and the accuracy/RU trade-off with its Pareto front per lambda max. */
final class PoolingChartProvider implements RunChartProvider {
  @Override
  public RunKind kind() {
    return RunKind.POOLING;
  }

  @Override
  public List<ChartChoice> charts(List<Run> runs, String scenarioId) {
    List<PoolingRunResult> results = runs.stream().map(r -> PoolingRunRecords.fromRun(r, scenarioId)).toList();
    List<ChartChoice> out = new ArrayList<>();
    for (PoolingCharts.Kind k : PoolingCharts.Kind.values()) out.add(new ChartChoice(k, k.title(), () -> xy(PoolingCharts.build(k, results), runs)));
    return out;
  }

  /** An XY chart whose first dataset's items map to runs through {@link PoolingCharts.Plotted#runOf()}. */
  static ChartPlot xy(PoolingCharts.Plotted p, List<Run> runs) {
    return new ChartPlot(p.chart(), e -> e instanceof XYItemEntity item && item.getDataset() == p.chart().getXYPlot().getDataset(0)
        ? runs.get(p.runOf()[item.getSeriesIndex()][item.getItem()])
        : null);
  }

  @Override
  public String describe(Run run) {
    PoolingRunResult r = PoolingRunRecords.fromRun(run, "");
    return String.format(Locale.ROOT, "%s: %s, sub-pools %d, lambda max %s, seed %d%naccuracy %.4f, convergence %.4f, total RU %.0f", run.getId(), r.policy(),
        r.subpools(), r.lambdaMax(), r.seed(), r.accuracy(), r.convergenceRate(), r.ruTotal());
  }
}
