package org.slicewright.report.twins;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.slicewright.model.scenario.Run;
import org.slicewright.report.ChartStyle;
import org.slicewright.sim.scenario.RunMetrics;
import org.slicewright.sim.scenario.TwinRunRecords;

/**
 * Charts of a twin what-if, for the report and the workbench: a slice's true demand, the demand a
 * policy predicted and the reservation it made, per period; and the share of periods each policy
 * met the SLA, per slice.
 */
public final class TwinCharts {
  /** One policy's SLA share on one slice: a bar. */
  public record SlaBar(String policy, String slice, double slaShare) {
  }

  private TwinCharts() {
  }

  /** Demand, prediction and reservation of one slice under one policy, against hours into the study. */
  public static JFreeChart timeline(String title, double periodS, double[] demand, double[] prediction, double[] reserved) {
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(series("demand", periodS, demand));
    data.addSeries(series("prediction", periodS, prediction));
    data.addSeries(series("reserved", periodS, reserved));
    JFreeChart c = ChartFactory.createXYLineChart(title, "hours into the study", "data units/s", data, PlotOrientation.VERTICAL, true, true, false);
    XYPlot plot = c.getXYPlot();
    XYLineAndShapeRenderer lr = new XYLineAndShapeRenderer(true, false);
    lr.setSeriesPaint(0, Color.DARK_GRAY);
    lr.setSeriesPaint(1, new Color(0x1f, 0x77, 0xb4));
    lr.setSeriesPaint(2, new Color(0xd6, 0x27, 0x28));
    lr.setSeriesStroke(2, new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 5f, 3f }, 0f));
    plot.setRenderer(lr);
    return ChartStyle.plain(c);
  }

  private static XYSeries series(String name, double periodS, double[] values) {
    XYSeries s = new XYSeries(name);
    for (int i = 0; i < values.length; i++) s.add(i * periodS / 3600, values[i]);
    return s;
  }

  /** The bars of stored twin runs. */
  public static List<SlaBar> slaBars(List<Run> runs) {
    return runs.stream().map(r -> new SlaBar(r.getPolicy(), TwinRunRecords.slice(r), RunMetrics.get(r, "sla_share"))).toList();
  }

  /** Bars of SLA met (% of periods), grouped by slice, one colour per policy. */
  public static JFreeChart slaByPolicy(List<SlaBar> bars) {
    DefaultCategoryDataset d = new DefaultCategoryDataset();
    for (SlaBar b : bars) d.addValue(100 * b.slaShare(), b.policy(), b.slice());
    JFreeChart chart = ChartFactory.createBarChart("Twins: SLA met per slice and reservation policy", "slice", "periods meeting the SLA (%)", d,
        PlotOrientation.VERTICAL, true, true, false);
    ChartStyle.plain(chart);
    chart.getCategoryPlot().getRangeAxis().setRange(0, 100);
    return chart;
  }
}
