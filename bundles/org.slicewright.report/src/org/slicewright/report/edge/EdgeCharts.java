package org.slicewright.report.edge;

import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.slicewright.model.scenario.Run;
import org.slicewright.report.ChartStyle;
import org.slicewright.sim.scenario.EdgeRunRecords;
import org.slicewright.sim.scenario.RunMetrics;

/**
 * Interactive charts of stored edge runs (one per policy and board) for the workbench. Categories
 * are "policy / board" in the runs' order, so category i is run i when each policy and board has one
 * run (callers pass the latest run of each).
 */
public final class EdgeCharts {
  /** What a chart plots. */
  public enum Kind {
    BREAKDOWN("Latency breakdown per board (network, CPU, accelerator)"), P95("95th percentile latency per policy and board"), VIOLATIONS("QoS violations per policy and board (% of requests)");

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

  /** The bars of stored edge runs, in their order (runs stored before the share was kept have only the counts). */
  public static List<Bar> bars(List<Run> runs) {
    List<Bar> out = new ArrayList<>();
    for (Run r : runs) {
      out.add(new Bar(r.getPolicy(), EdgeRunRecords.board(r), RunMetrics.get(r, "network_ms"), RunMetrics.get(r, "cpu_ms"), RunMetrics.get(r, "accelerator_ms"),
          RunMetrics.get(r, "p95_ms"), violationShare(r)));
    }
    return out;
  }

  public static double violationShare(Run r) {
    Double share = RunMetrics.find(r, "violation_share");
    if (share != null) return share;
    double requests = RunMetrics.get(r, "requests");
    return requests == 0 ? 0 : RunMetrics.get(r, "violations") / requests;
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
    ChartStyle.plain(chart);
    chart.getCategoryPlot().getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    return chart;
  }
}
