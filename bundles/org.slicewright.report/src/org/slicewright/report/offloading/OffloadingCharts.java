package org.slicewright.report.offloading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.slicewright.report.ChartStyle;
import org.slicewright.report.pooling.PoolingCharts;
import org.slicewright.sim.offloading.OffloadingStudy;

/** Interactive offloading curves for the workbench: one series per policy, each item mapped to its point. */
public final class OffloadingCharts {
  /** What a chart plots against the share resolved locally. */
  public enum Kind {
    COST("Offloading: total cost vs share resolved locally", "total cost"), LATENCY("Offloading: mean latency vs share resolved locally", "latency (ms)");

    final String title, y;

    Kind(String title, String y) {
      this.title = title;
      this.y = y;
    }

    public String title() { return title; }
  }

  private OffloadingCharts() {
  }

  /**
   * One series per policy of the reported local weight (the first point's), the ML curve of every
   * other trained weight, and each centralised baseline as a single point at local share 0.
   */
  public static PoolingCharts.Plotted build(Kind kind, List<OffloadingStudy.CurvePoint> points) {
    Map<String, List<Integer>> byPolicy = new LinkedHashMap<>();
    double reported = points.isEmpty() ? Double.NaN : points.get(0).localWeight();
    for (int i = 0; i < points.size(); i++) {
      OffloadingStudy.CurvePoint p = points.get(i);
      String key;
      if (Double.isNaN(p.localWeight())) key = p.policy();
      else if (p.localWeight() == reported) key = p.policy();
      else if (p.policy().equals(OffloadingStudy.ML)) key = String.format(Locale.ROOT, "ml, w_L %.2g", p.localWeight());
      else continue;
      byPolicy.computeIfAbsent(key, x -> new ArrayList<>()).add(i);
    }
    XYSeriesCollection data = new XYSeriesCollection();
    int[][] runOf = new int[byPolicy.size()][];
    int s = 0;
    for (var e : byPolicy.entrySet()) {
      List<Integer> idx = new ArrayList<>(e.getValue());
      idx.sort(Comparator.comparingDouble(i -> points.get(i).localShare()));
      XYSeries series = new XYSeries(e.getKey(), false, true);
      for (int i : idx) series.add(points.get(i).localShare(), kind == Kind.COST ? points.get(i).totalCost() : points.get(i).latencyMs());
      data.addSeries(series);
      runOf[s++] = idx.stream().mapToInt(Integer::intValue).toArray();
    }
    JFreeChart c = ChartFactory.createXYLineChart(kind.title, "share resolved locally", kind.y, data, PlotOrientation.VERTICAL, true, true, false);
    c.getXYPlot().setRenderer(new XYLineAndShapeRenderer(true, true));
    return new PoolingCharts.Plotted(ChartStyle.plain(c), runOf);
  }
}
