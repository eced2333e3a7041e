package org.slicewright.report;

import java.awt.Color;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;

/**
 * The plain look the product's charts share, in the report and the workbench: a white chart and plot
 * with light grey grid lines (along the values only on bar charts, whose categories need none).
 */
public final class ChartStyle {
  private ChartStyle() {
  }

  public static JFreeChart plain(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    Plot plot = chart.getPlot();
    plot.setBackgroundPaint(Color.WHITE);
    if (plot instanceof XYPlot xy) {
      xy.setDomainGridlinePaint(Color.LIGHT_GRAY);
      xy.setRangeGridlinePaint(Color.LIGHT_GRAY);
    } else if (plot instanceof CategoryPlot bars) {
      bars.setRangeGridlinePaint(Color.LIGHT_GRAY);
    }
    return chart;
  }
}
