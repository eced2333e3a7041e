package org.slicewright.report.edge;

import java.awt.Color;
import java.util.List;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Interactive charts of stored edge runs (one per policy and board) for the workbench. Categories
 * are "policy / board" in the runs' order, so category i is run i.
 */
public final class EdgeCharts {
  /** What a chart plots. */
  public enum Kind {
    BREAKDOWN("Latency breakdown per board (network, CPU, accelerator)"),
    P95("95th percentile latency per policy and board"),
    VIOLATIONS("QoS violations per policy and board (% of requests)");

    final String title;

    Kind(String title) {
      this.title = title;
    }

    public String title() { return title; }
  }

  /** A run as the chart needs it. */
  public record Bar(String policy, String board, double networkMs, double cpuMs, double acceleratorMs, double p95Ms, double violationShare) {
  }

  private EdgeCharts() {
  }

  public static String category(Bar b) {
    return b.policy() + " / " + b.board();
  }

  public static JFreeChart build(Kind kind, List<Bar> bars) {
    DefaultCategoryDataset d = new DefaultCategoryDataset();
    for (Bar b : bars) {
      String c = category(b);
      switch (kind) {
        case BREAKDOWN -> {
          d.addValue(b.networkMs(), "network", c);
          d.addValue(b.cpuMs(), "CPU", c);
          d.addValue(b.acceleratorMs(), "accelerator", c);
        }
        case P95 -> d.addValue(b.p95Ms(), "p95", c);
        case VIOLATIONS -> d.addValue(100 * b.violationShare(), "violations", c);
      }
    }
    JFreeChart chart = kind == Kind.BREAKDOWN
        ? ChartFactory.createStackedBarChart(kind.title, "policy / board", "mean ms per frame", d, PlotOrientation.VERTICAL, true, true, false)
        : ChartFactory.createBarChart(kind.title, "policy / board", kind == Kind.P95 ? "ms" : "requests over their latency budget (%)", d, PlotOrientation.VERTICAL, false, true, false);
    chart.setBackgroundPaint(Color.WHITE);
    chart.getCategoryPlot().setBackgroundPaint(Color.WHITE);
    chart.getCategoryPlot().setRangeGridlinePaint(Color.LIGHT_GRAY);
    chart.getCategoryPlot().getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    return chart;
  }
}
