package org.slicewright.report.twins;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.slicewright.report.ChartStyle;
import org.slicewright.report.ReportDocument;
import org.slicewright.sim.twins.TwinModelSweep;

/**
 * The twin-model sweep in the twin report: sync RU against forecast error per sync period and
 * precision, the SLA share of each, and the Pareto front as a line over the points.
 */
public final class TwinSweepSection {
  private TwinSweepSection() {
  }

  public static void add(ReportDocument doc, List<TwinModelSweep.Point> sweep) {
    if (sweep.isEmpty()) return;
    doc.heading("Twin model: synchronisation period x precision");
    List<List<String>> rows = new ArrayList<>();
    for (TwinModelSweep.Point p : sweep) {
      rows.add(List.of(String.format(Locale.ROOT, "%.0f", p.syncPeriodS()), String.format(Locale.ROOT, "%.3g", p.precision()),
          String.format(Locale.ROOT, "%.2f", p.syncRU()), pct(p.forecastError()), pct(p.twinError()), pct(p.slaShare()), p.pareto() ? "yes" : ""));
    }
    doc.add(new ReportDocument.Table("The forecast instance on the same timeline and seed, each point keeping the twins' history span; errors relative to the mean demand",
        List.of("sync period (s)", "precision", "sync RU", "forecast error", "twin error", "SLA met", "Pareto front"), rows));
    List<TwinModelSweep.Point> front = sweep.stream().filter(TwinModelSweep.Point::pareto).sorted(Comparator.comparingDouble(TwinModelSweep.Point::syncRU)).toList();
    TwinModelSweep.Point cheap = front.get(0), accurate = front.get(front.size() - 1);
    doc.paragraph(String.format(Locale.ROOT, "The front runs from %s (%.2f RU, forecast error %s, SLA met %s) to %s (%.2f RU, %s, %s).", label(cheap),
        cheap.syncRU(), pct(cheap.forecastError()), pct(cheap.slaShare()), label(accurate), accurate.syncRU(), pct(accurate.forecastError()),
        pct(accurate.slaShare())));
    doc.add(new ReportDocument.Chart(chart(sweep, front), 900, 420, "Sync RU against forecast error, one point per sync period and precision; the line joins the Pareto front"));
  }

  private static String label(TwinModelSweep.Point p) {
    return String.format(Locale.ROOT, "sync every %.0f s at precision %.3g", p.syncPeriodS(), p.precision());
  }

  private static JFreeChart chart(List<TwinModelSweep.Point> sweep, List<TwinModelSweep.Point> front) {
    XYSeries all = new XYSeries("sync period x precision", false, true), line = new XYSeries("Pareto front", false, true);
    for (TwinModelSweep.Point p : sweep) all.add(p.syncRU(), 100 * p.forecastError());
    for (TwinModelSweep.Point p : front) line.add(p.syncRU(), 100 * p.forecastError());
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(all);
    data.addSeries(line);
    JFreeChart c = ChartFactory.createScatterPlot("Twin model: sync RU vs forecast error", "sync RU over the study", "forecast error (% of mean demand)", data,
        PlotOrientation.VERTICAL, true, true, false);
    XYPlot plot = c.getXYPlot();
    // Sync RU spans orders of magnitude between the fastest and the slowest sync: a log axis keeps the front readable.
    if (sweep.stream().allMatch(p -> p.syncRU() > 0)) plot.setDomainAxis(new LogAxis("sync RU over the study (log scale)"));
    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer();
    r.setSeriesLinesVisible(0, false);
    r.setSeriesShapesVisible(1, false);
    r.setSeriesPaint(0, new Color(0x1f, 0x77, 0xb4));
    r.setSeriesPaint(1, Color.BLACK);
    r.setSeriesStroke(1, new BasicStroke(1.5f));
    plot.setRenderer(r);
    return ChartStyle.plain(c);
  }

  private static String pct(double v) {
    return String.format(Locale.ROOT, "%.1f %%", 100 * v);
  }
}
