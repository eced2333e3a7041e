package org.slicewright.report.pooling;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.slicewright.report.ChartStyle;
import org.slicewright.report.ParetoFront;
import org.slicewright.sim.pooling.PoolingRunResult;

/**
 * Interactive charts of pooling runs for the workbench: one series per lambda max, and for every
 * plotted item the run it came from, so a click or a tooltip can name the run.
 */
public final class PoolingCharts {
  /** What a chart plots. */
  public enum Kind {
    ACCURACY("Accuracy vs sub-pools", "sub-pools k", "accuracy", r -> r.subpools(), PoolingRunResult::accuracy, true), CONVERGENCE("Convergence rate vs sub-pools", "sub-pools k",
        "convergence rate (0 to 1, per round)", r -> r.subpools(), PoolingRunResult::convergenceRate, true), RU("Total RU vs sub-pools", "sub-pools k", "total RU", r -> r.subpools(),
            PoolingRunResult::ruTotal, true), TRADE_OFF("Trade-off: accuracy vs total RU", "total RU", "accuracy", PoolingRunResult::ruTotal, PoolingRunResult::accuracy, false);

    final String title, x, y;
    final ToDoubleFunction<PoolingRunResult> fx, fy;
    final boolean lines;

    Kind(String title, String x, String y, ToDoubleFunction<PoolingRunResult> fx, ToDoubleFunction<PoolingRunResult> fy, boolean lines) {
      this.title = title;
      this.x = x;
      this.y = y;
      this.fx = fx;
      this.fy = fy;
      this.lines = lines;
    }

    public String title() { return title; }
  }

  /** @param runOf runOf[series][item] = index of the run in the list the chart was built from */
  public record Plotted(JFreeChart chart, int[][] runOf) {
  }

  private PoolingCharts() {
  }

  public static Plotted build(Kind kind, List<PoolingRunResult> runs) {
    TreeMap<Double, List<Integer>> byLambda = new TreeMap<>();
    for (int i = 0; i < runs.size(); i++) byLambda.computeIfAbsent(runs.get(i).lambdaMax(), l -> new ArrayList<>()).add(i);
    XYSeriesCollection data = new XYSeriesCollection();
    int[][] runOf = new int[byLambda.size()][];
    int s = 0;
    for (var e : byLambda.entrySet()) {
      List<Integer> idx = new ArrayList<>(e.getValue());
      idx.sort(Comparator.comparingDouble(i -> kind.fx.applyAsDouble(runs.get(i))));
      XYSeries series = new XYSeries("lambda max " + PoolingReport.lam(e.getKey()), false, true);
      for (int i : idx) series.add(kind.fx.applyAsDouble(runs.get(i)), kind.fy.applyAsDouble(runs.get(i)));
      data.addSeries(series);
      runOf[s++] = idx.stream().mapToInt(Integer::intValue).toArray();
    }
    JFreeChart c = ChartFactory.createXYLineChart(kind.title, kind.x, kind.y, data, PlotOrientation.VERTICAL, true, true, false);
    XYPlot plot = c.getXYPlot();
    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(kind.lines, true);
    plot.setRenderer(r);
    if (kind == Kind.TRADE_OFF && !runs.isEmpty()) {
      // Each load's Pareto front (least RU for the accuracy at that lambda max: policies compete at equal
      // load) as a line over its points, in a dataset of its own so the points keep their run mapping.
      XYSeriesCollection fronts = new XYSeriesCollection();
      XYLineAndShapeRenderer fr = new XYLineAndShapeRenderer(true, false);
      for (double l : byLambda.keySet()) {
        List<PoolingRunResult> atLoad = runs.stream().filter(x -> x.lambdaMax() == l).toList();
        List<PoolingRunResult> front = new ArrayList<>(ParetoFront.of(atLoad, PoolingRunResult::ruTotal, PoolingRunResult::accuracy));
        front.sort(Comparator.comparingDouble(PoolingRunResult::ruTotal));
        XYSeries fs = new XYSeries(fronts.getSeriesCount() == 0 ? "Pareto front per load" : "Pareto front, lambda max " + PoolingReport.lam(l), false, true);
        for (PoolingRunResult f : front) fs.add(f.ruTotal(), f.accuracy());
        fr.setSeriesPaint(fronts.getSeriesCount(), Color.BLACK);
        fr.setSeriesStroke(fronts.getSeriesCount(), new BasicStroke(1.5f));
        fr.setSeriesVisibleInLegend(fronts.getSeriesCount(), fronts.getSeriesCount() == 0);
        fronts.addSeries(fs);
      }
      plot.setDataset(1, fronts);
      plot.setRenderer(1, fr);
    }
    ChartStyle.plain(c);
    ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
    return new Plotted(c, runOf);
  }
}
