package org.slicewright.report.edge;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.slicewright.report.ReportDocument;
import org.slicewright.sim.edge.EdgeConfig;
import org.slicewright.sim.edge.EdgeEmulation;
import org.slicewright.sim.edge.FrameDoubling;
import org.slicewright.sim.edge.GammaSweep;

/** The edge-inference report: latency breakdown per board, health shares, and the policy comparison. */
public final class EdgeReport {
  private EdgeReport() {
  }

  public static ReportDocument build(String title, List<String[]> summary, EdgeConfig config, List<EdgeEmulation.Result> results,
      List<FrameDoubling.Point> doubling, List<GammaSweep.Point> gamma) {
    ReportDocument doc = new ReportDocument(title);
    doc.heading("Scenario and emulation");
    doc.add(new ReportDocument.KeyValues(summary));

    doc.heading("Latency breakdown per board (CPU vs accelerator)");
    DefaultCategoryDataset breakdown = new DefaultCategoryDataset();
    for (EdgeConfig.Board b : config.boards()) {
      for (int frame : new int[] { 600, 1200 }) {
        for (int inst = 1; inst <= b.capacity(); inst++) {
          String col = b.name() + " " + frame + "/" + inst;
          var t = b.profile().at(frame, inst);
          breakdown.addValue(t.cpuMs(), "CPU (pre/post-processing)", col);
          breakdown.addValue(t.acceleratorMs(), "accelerator (inference)", col);
        }
      }
    }
    JFreeChart bars = ChartFactory.createStackedBarChart("Per-frame latency by board, frame size / instances", "board frame/instances", "ms",
        breakdown, PlotOrientation.VERTICAL, true, true, false);
    bars.setBackgroundPaint(Color.WHITE);
    bars.getCategoryPlot().getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    doc.add(new ReportDocument.Chart(bars, 900, 460, "The boards' hardware profiles (input): per-frame CPU and accelerator time by frame size and instances."));
    frameDoubling(doc, doubling);

    doc.heading("Policy comparison");
    DefaultCategoryDataset viol = new DefaultCategoryDataset();
    List<List<String>> rows = new ArrayList<>();
    for (EdgeEmulation.Result r : results) {
      viol.addValue(100.0 * r.violations() / Math.max(1, r.requests()), "QoS violations (%)", r.policy());
      double p95 = r.apps().stream().mapToDouble(EdgeEmulation.AppStats::p95Ms).max().orElse(Double.NaN);
      rows.add(List.of(r.policy(), Long.toString(r.requests()), Long.toString(r.violations()),
          String.format(Locale.ROOT, "%.1f%%", 100.0 * r.violations() / Math.max(1, r.requests())), String.format(Locale.ROOT, "%.1f", p95),
          Integer.toString(r.migrations()), String.format(Locale.ROOT, "%.2f", r.meanNetworkMs()), String.format(Locale.ROOT, "%.3f", r.utilisationImbalance())));
    }
    JFreeChart vc = ChartFactory.createBarChart("QoS violations by selection policy", "policy", "% of requests over the budget", viol,
        PlotOrientation.VERTICAL, false, true, false);
    vc.setBackgroundPaint(Color.WHITE);
    doc.add(new ReportDocument.Chart(vc, 900, 360, "Share of requests whose InfLat exceeded the QoS budget."));
    doc.add(new ReportDocument.Table(null, List.of("policy", "requests", "violations", "share", "worst app p95 (ms)", "migrations",
        "mean network (ms)", "utilisation imbalance"), rows));
    gammaSweep(doc, gamma);

    doc.heading("Health timeline");
    for (EdgeEmulation.Result r : results) {
      XYSeriesCollection lines = new XYSeriesCollection();
      for (int b = 0; b < config.boards().size(); b++) {
        XYSeries s = new XYSeries(config.boards().get(b).name());
        for (int t = 0; t < r.timeline().size(); t++) {
          double v = r.timeline().get(t)[b];
          if (!Double.isNaN(v)) s.add(t + 1, v);
        }
        lines.addSeries(s);
      }
      JFreeChart tl = ChartFactory.createXYLineChart("Board mean InfLat over time: " + r.policy(), "time (s)", "mean InfLat (ms)", lines,
          PlotOrientation.VERTICAL, true, true, false);
      tl.setBackgroundPaint(Color.WHITE);
      var plot = tl.getXYPlot();
      plot.addRangeMarker(new ValueMarker(0.75 * config.qosBudgetMs(), Color.ORANGE, new BasicStroke(1.5f)));
      plot.addRangeMarker(new ValueMarker(0.90 * config.qosBudgetMs(), Color.RED, new BasicStroke(1.5f)));
      ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
      doc.add(new ReportDocument.Chart(tl, 900, 300, "Orange: warning (75 % of the " + Math.round(config.qosBudgetMs())
          + " ms budget); red: critical (90 %). A board above red takes no new work and sheds its slowest application."));
    }

    doc.heading("Health per board (share of emulated time)");
    List<List<String>> health = new ArrayList<>();
    for (EdgeEmulation.Result r : results) {
      for (EdgeEmulation.BoardStats b : r.boards()) {
        health.add(List.of(r.policy(), b.board(), pct(b.healthShare()[0]), pct(b.healthShare()[1]), pct(b.healthShare()[2]),
            String.format(Locale.ROOT, "%.1f", b.p50Ms()), String.format(Locale.ROOT, "%.1f", b.p99Ms()), String.format(Locale.ROOT, "%.2f", b.utilisation())));
      }
    }
    doc.add(new ReportDocument.Table("Pass below 75 % of the budget, warning to 90 %, critical above.", List.of("policy", "board", "pass", "warning",
        "critical", "p50 (ms)", "p99 (ms)", "utilisation"), health));
    return doc;
  }

  /** The combined weight's gamma sweep: violations against utilisation imbalance, with the Pareto front. */
  static void gammaSweep(ReportDocument doc, List<GammaSweep.Point> points) {
    if (points.isEmpty()) return;
    doc.heading("Combined weight: network latency (gamma) against processing load (alpha = beta)");
    XYSeriesCollection data = new XYSeriesCollection();
    XYSeries all = new XYSeries("gamma values", false, true), front = new XYSeries("Pareto front", false, true);
    List<List<String>> rows = new ArrayList<>();
    for (GammaSweep.Point p : points) {
      all.add(p.imbalance(), 100 * p.violationShare());
      if (p.pareto()) front.add(p.imbalance(), 100 * p.violationShare());
      rows.add(List.of(String.format(Locale.ROOT, "%.1f", p.gamma()), String.format(Locale.ROOT, "%.2f", (1 - p.gamma()) / 2),
          String.format(Locale.ROOT, "%.2f%%", 100 * p.violationShare()), String.format(Locale.ROOT, "%.3f", p.imbalance()), f1(p.networkMs()), p.pareto() ? "yes" : ""));
    }
    data.addSeries(all);
    data.addSeries(front);
    JFreeChart c = ChartFactory.createScatterPlot("Violations vs utilisation imbalance per gamma", "utilisation imbalance (sd of board utilisation)",
        "QoS violations (%)", data, PlotOrientation.VERTICAL, true, true, false);
    c.setBackgroundPaint(Color.WHITE);
    long onFront = points.stream().filter(GammaSweep.Point::pareto).count();
    doc.add(new ReportDocument.Chart(c, 900, 380, String.format(Locale.ROOT, "%d of %d gamma values are on the front (no other value has both fewer violations and a lower imbalance).",
        onFront, points.size())));
    doc.add(new ReportDocument.Table(null, List.of("gamma", "alpha = beta", "violations", "imbalance", "network (ms)", "Pareto"), rows));
  }

  /** The emulated output check of Fig. 6: growth of InfLat when the frame doubles, per board, beside the study's ranges. */
  public static void frameDoubling(ReportDocument doc, List<FrameDoubling.Point> points) {
    if (points.isEmpty()) return;
    doc.heading("Frame doubling: emulated InfLat against the study's Fig. 6");
    List<List<String>> rows = new ArrayList<>();
    for (FrameDoubling.Point p : points) {
      FrameDoubling.Band band = FrameDoubling.band(p.board());
      rows.add(List.of(p.board(), Integer.toString(p.instances()), f1(p.processingMs()), f1(p.doubledProcessingMs()), pct(p.processingGrowth()),
          f1(p.endToEndMs()), f1(p.doubledEndToEndMs()), pct(p.endToEndGrowth()), pct(band.low()) + " to " + pct(band.high())));
    }
    doc.add(new ReportDocument.Table(String.format(Locale.ROOT,
        "Each board alone, 1 to its capacity of applications, %.0f s emulated per point at each frame size; processing = CPU + accelerator, end to end adds the network. "
            + "The study's ranges are for the processing latency (its Fig. 6 breakdown).",
        FrameDoubling.SECONDS),
        List.of("board", "instances", "processing (ms)", "doubled frame", "growth", "end to end (ms)", "doubled frame", "growth", "study"), rows));
  }

  private static String f1(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private static String pct(double v) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * v);
  }
}
