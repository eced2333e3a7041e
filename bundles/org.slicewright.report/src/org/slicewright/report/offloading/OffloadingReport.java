package org.slicewright.report.offloading;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.slicewright.report.ReportDocument;
import org.slicewright.sim.offloading.OffloadingStudy;

/** The offloading what-if report: trade-off curves, one cell's allocations, and the latency table. */
public final class OffloadingReport {
  private OffloadingReport() {
  }

  public static final List<String> POLICIES = List.of("oracle", "ml", "confidence", "random");

  public static ReportDocument build(String title, List<String[]> summary, OffloadingStudy.Result r) {
    ReportDocument doc = new ReportDocument(title);
    doc.heading("Scenario and study");
    doc.add(new ReportDocument.KeyValues(summary));
    doc.heading("Findings");
    doc.paragraph(String.format(Locale.ROOT,
        "On %d test samples: all remote costs %.1f, all local %.1f, the centralised LSTM %.1f (eq. 9). The oracle resolves %.0f%% of the samples locally at no extra cost over resolving all remotely.",
        r.testSamples(), r.allRemoteCost(), r.allLocalCost(), r.centralisedCost(), 100 * r.freeLocalShare()));
    doc.paragraph(String.format(Locale.ROOT,
        "At 50%% local the ML policy costs %.1f (random %.1f, confidence %.1f, oracle %.1f) with a latency of %.2f ms per sample, against %.2f ms for the centralised LSTM (%.0f%% less).",
        r.costAt("ml", 0.5), r.costAt("random", 0.5), r.costAt("confidence", 0.5), r.costAt("oracle", 0.5), r.latencyAt("ml", 0.5),
        r.centralisedLatencyMs(), 100 * (1 - r.latencyAt("ml", 0.5) / r.centralisedLatencyMs())));

    doc.heading("Trade-off: total cost against the share resolved locally");
    XYSeriesCollection curves = new XYSeriesCollection();
    for (String pol : POLICIES) {
      XYSeries s = new XYSeries(pol, true, true);
      for (OffloadingStudy.CurvePoint p : r.points()) if (p.policy().equals(pol)) s.addOrUpdate(100 * p.localShare(), p.totalCost());
      curves.addSeries(s);
    }
    JFreeChart trade = ChartFactory.createXYLineChart("Total cost vs local share", "samples resolved locally (%)", "total cost (eq. 9)", curves,
        PlotOrientation.VERTICAL, true, true, false);
    style(trade);
    doc.add(new ReportDocument.Chart(trade, 900, 440,
        "Oracle (hindsight) is the lower bound, random the upper bound; a useful policy lies between them, as close to the oracle as it can."));

    doc.heading("Demand and allocations of " + r.cell());
    XYSeriesCollection series = new XYSeriesCollection();
    XYSeries d = new XYSeries("demand"), l = new XYSeries("local exit"), rm = new XYSeries("remote exit");
    for (int t = 0; t < r.demand().length; t++) {
      d.add(t, r.demand()[t]);
      l.add(t, r.localAllocation()[t]);
      rm.add(t, r.remoteAllocation()[t]);
    }
    series.addSeries(d);
    series.addSeries(l);
    series.addSeries(rm);
    JFreeChart alloc = ChartFactory.createXYLineChart("Demand vs allocations (test set)", "test sample", "normalised demand", series,
        PlotOrientation.VERTICAL, true, true, false);
    style(alloc);
    ((XYLineAndShapeRenderer) alloc.getXYPlot().getRenderer()).setDefaultShapesVisible(false);
    doc.add(new ReportDocument.Chart(alloc, 900, 380, "Allocations sit above demand: under-provisioning costs 50 (c1) times more, quadratically."));

    doc.heading("Latency per sample");
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("centralised LSTM", "0%", f(r.centralisedLatencyMs()), f(r.centralisedCost())));
    for (int s = 0; s <= 10; s++) {
      double share = s / 10.0;
      rows.add(List.of("DDNN, ML offloading", (s * 10) + "%", f(r.latencyAt("ml", share)), f(r.costAt("ml", share))));
    }
    doc.add(new ReportDocument.Table(String.format(Locale.ROOT, "Measured on this machine: local part %.3f ms, remote part %.3f ms, ML block %.4f ms, confidence block %.4f ms per sample; RTT added for remote samples.",
        r.localMs(), r.remoteMs(), r.mlBlockMs(), r.confidenceBlockMs()), List.of("model", "local share", "latency (ms)", "total cost"), rows));
    return doc;
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  private static void style(JFreeChart c) {
    c.setBackgroundPaint(Color.WHITE);
    XYPlot plot = c.getXYPlot();
    plot.setBackgroundPaint(new Color(250, 250, 250));
    plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    if (plot.getRenderer() instanceof XYLineAndShapeRenderer r) r.setDefaultShapesVisible(true);
  }
}
