package org.slicewright.report.offloading;

import java.awt.Color;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.slicewright.report.ReportDocument;
import org.slicewright.sim.nn.EarlyStoppingTrainer;
import org.slicewright.sim.offloading.OffloadingConfig;
import org.slicewright.sim.offloading.OffloadingStudy;

/**
 * The offloading what-if report: the study's settings, findings computed from the run, the trade-off
 * curves, the local-weight comparison, each model's training, one cell's allocations and the latency
 * table (Table II of the distributed-LSTM study).
 */
public final class OffloadingReport {
  /** The local shares of the study's Table II. */
  public static final double[] TABLE_II_SHARES = { 0.05, 0.20, 0.40, 0.50, 0.60, 0.80, 0.95 };

  private OffloadingReport() {
  }

  /** The study's settings as key-value rows (shared by evaluate and reproduce). */
  public static List<String[]> settings(OffloadingConfig c) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] { "demand", String.format(Locale.ROOT, "%d series x %d samples (%s), history N = %d", c.traces().series(), c.traces().length(),
        c.traceSource(), c.history()) });
    rows.add(new String[] { "windows", String.format(Locale.ROOT, "first %.0f%% training (the last %.0f%% of all windows of it held out for early stopping), last %.0f%% test",
        100 * c.trainFraction(), 100 * c.validationFraction(), 100 * (1 - c.trainFraction())) });
    rows.add(new String[] { "DDNN", c.architecture() + (c.residual() ? "; remote exit predicts a correction to the last demand" : "") });
    rows.add(new String[] { "local weights", "w_L = " + weights(c.localWeights()) + " (reported: " + num(c.localWeight()) + ")" });
    rows.add(new String[] { "baselines", "centralised LSTM (the remote stack alone, no joint training), DeepCog (3D-CNN over the cells as frames)" + (c.residual() ? ", same residual target" : "") });
    rows.add(new String[] { "training", String.format(Locale.ROOT, "%s lr %.3g, batches of %d, at most %d epochs, early stopping after %d without a better validation cost; same for every model",
        c.training().adam() ? "Adam" : "SGD", c.training().learningRate(), c.training().batch(), c.training().maxEpochs(), c.training().patience()) });
    rows.add(new String[] { "cost", String.format(Locale.ROOT, "c1 = %.3g, c2 = %.3g (eq. 3)", c.cost().c1(), c.cost().c2()) });
    rows.add(new String[] { "policies", String.format(Locale.ROOT, "oracle, random, confidence (dropout %.2f, J = %d), ML (%s)", c.dropout(), c.passes(), c.block().description()) });
    rows.add(new String[] { "latency model", String.format(Locale.ROOT, "RTT %.2f ms; local, remote and block times measured on this machine (cloud %.3gx faster)", c.rttMs(), c.cloudSpeedup()) });
    return rows;
  }

  public static ReportDocument build(String title, List<String[]> summary, OffloadingStudy.Result r) {
    ReportDocument doc = new ReportDocument(title);
    doc.heading("Scenario and study");
    doc.add(new ReportDocument.KeyValues(summary));
    doc.heading("Findings");
    for (String p : findings(r)) doc.paragraph(p);

    doc.heading("Trade-off: total cost against the share resolved locally");
    doc.add(new ReportDocument.Chart(tradeOff(r, r.localWeight(), OffloadingStudy.POLICIES, true), 900, 440, String.format(Locale.ROOT,
        "w_L = %s. Oracle (hindsight) is the lower bound, random the upper bound; a useful policy lies between them. The centralised baselines resolve every sample in the cloud (share 0).",
        num(r.localWeight()))));

    if (r.weights().size() > 1) {
      doc.heading("Local weight w_L of the joint training");
      List<List<String>> rows = new ArrayList<>();
      for (OffloadingStudy.WeightOutcome w : r.weights()) {
        rows.add(List.of(num(w.localWeight()), twoDecimals(w.allLocalCost()), twoDecimals(w.allRemoteCost()), pct(w.freeLocalShare().get(OffloadingStudy.ML)),
            pct(w.freeLocalShare().get(OffloadingStudy.CONFIDENCE)), w.training().bestEpoch() + " of " + w.training().epochs()));
      }
      doc.add(new ReportDocument.Table("Test cost of each exit when every sample exits there, and the free local share of the realisable policies, per w_L.",
          List.of("w_L", "all local", "all remote", "free share ML", "free share confidence", "best epoch"), rows));
      XYSeriesCollection curves = new XYSeriesCollection();
      for (OffloadingStudy.WeightOutcome w : r.weights()) {
        XYSeries s = new XYSeries("ML, w_L " + num(w.localWeight()), true, true);
        for (OffloadingStudy.CurvePoint p : r.curve(OffloadingStudy.ML, w.localWeight())) s.addOrUpdate(100 * p.localShare(), p.totalCost());
        curves.addSeries(s);
      }
      JFreeChart c = ChartFactory.createXYLineChart("ML offloading per local weight", "samples resolved locally (%)", "total cost (eq. 9)", curves,
          PlotOrientation.VERTICAL, true, true, false);
      style(c);
      doc.add(new ReportDocument.Chart(c, 900, 400, "The same DDNN, initial weights and sample order; only w_L differs."));
    }

    doc.heading("Training");
    List<List<String>> train = new ArrayList<>();
    for (OffloadingStudy.WeightOutcome w : r.weights()) train.add(trainingRow("DDNN, w_L " + num(w.localWeight()), w.training(), w.allRemoteCost()));
    for (OffloadingStudy.BaselineOutcome b : r.baselines()) train.add(trainingRow(b.policy() + " (" + b.architecture() + ")", b.training(), b.testCost()));
    doc.add(new ReportDocument.Table(String.format(Locale.ROOT, "Every model trained with the same optimiser and early stopping; %.1f s of training in all.", r.trainingSeconds()),
        List.of("model", "epochs run", "best epoch", "best validation cost per window", "test cost (remote exit)"), train));

    doc.heading("Demand and allocations of " + r.cell());
    XYSeriesCollection series = new XYSeriesCollection();
    XYSeries d = new XYSeries("demand"), l = new XYSeries("local exit"), rm = new XYSeries("remote exit");
    int coveredLocal = 0, coveredRemote = 0;
    for (int t = 0; t < r.demand().length; t++) {
      d.add(t, r.demand()[t]);
      l.add(t, r.localAllocation()[t]);
      rm.add(t, r.remoteAllocation()[t]);
      if (r.localAllocation()[t] >= r.demand()[t]) coveredLocal++;
      if (r.remoteAllocation()[t] >= r.demand()[t]) coveredRemote++;
    }
    series.addSeries(d);
    series.addSeries(l);
    series.addSeries(rm);
    JFreeChart alloc = ChartFactory.createXYLineChart("Demand vs allocations (test set)", "test sample", "normalised demand", series,
        PlotOrientation.VERTICAL, true, true, false);
    style(alloc);
    ((XYLineAndShapeRenderer) alloc.getXYPlot().getRenderer()).setDefaultShapesVisible(false);
    int n = Math.max(1, r.demand().length);
    doc.add(new ReportDocument.Chart(alloc, 900, 380, String.format(Locale.ROOT,
        "w_L = %s, no offloading. The local exit covers the demand in %.0f%% of the test samples, the remote exit in %.0f%%.",
        num(r.localWeight()), 100.0 * coveredLocal / n, 100.0 * coveredRemote / n)));

    doc.heading("Latency per sample (Table II)");
    List<String> header = new ArrayList<>(List.of("model"));
    for (double s : TABLE_II_SHARES) header.add(Math.round(100 * s) + "% local");
    List<List<String>> rows = new ArrayList<>();
    for (String pol : List.of(OffloadingStudy.ML, OffloadingStudy.CONFIDENCE)) {
      List<String> row = new ArrayList<>(List.of("DDNN, " + pol + " offloading (ms)"));
      for (double s : TABLE_II_SHARES) row.add(twoDecimals(r.latencyAt(pol, s)));
      rows.add(row);
    }
    List<String> paper = new ArrayList<>(List.of("study, Table II (ms)"));
    for (double v : new double[] { 40.40, 34.05, 25.43, 21.09, 16.78, 8.20, 1.75 }) paper.add(twoDecimals(v));
    rows.add(paper);
    doc.add(new ReportDocument.Table(String.format(Locale.ROOT,
        "Measured on this machine: local part %.3f ms, remote part %.3f ms, ML block %.4f ms, confidence block %.4f ms per sample; RTT added for remote samples. %s",
        r.localMs(), r.remoteMs(), r.mlBlockMs(), r.confidenceBlockMs(), baselineLatencies(r)), header, rows));
    return doc;
  }

  /** The findings paragraphs, each computed from the run. */
  static List<String> findings(OffloadingStudy.Result r) {
    List<String> out = new ArrayList<>();
    StringBuilder base = new StringBuilder();
    for (OffloadingStudy.BaselineOutcome b : r.baselines()) {
      base.append(String.format(Locale.ROOT, "; %s %.1f (all remote is %.0f%% %s)", b.policy(), b.testCost(),
          100 * Math.abs(1 - r.allRemoteCost() / b.testCost()), r.allRemoteCost() <= b.testCost() ? "lower" : "higher"));
    }
    out.add(String.format(Locale.ROOT, "On %d test samples with w_L = %s: all remote costs %.1f, all local %.1f (eq. 9)%s.", r.testSamples(),
        num(r.localWeight()), r.allRemoteCost(), r.allLocalCost(), base));
    double bestModel = Math.min(r.allLocalCost(), r.allRemoteCost());
    for (OffloadingStudy.BaselineOutcome b : r.baselines()) bestModel = Math.min(bestModel, b.testCost());
    out.add(String.format(Locale.ROOT, "Reference: allocating the last demand plus a margin per VNF fitted on the training windows costs %.1f; the best model %s it by %.0f%%%s",
        r.persistenceCost(), bestModel <= r.persistenceCost() ? "beats" : "trails", 100 * Math.abs(1 - bestModel / r.persistenceCost()),
        r.allRemoteCost() > r.allLocalCost()
            ? ". The remote exit is not better than the local one on these traces, so resolving locally costs nothing "
                + "and the trade-off the study describes (a better remote exit worth its round trip) does not arise."
            : "."));
    Map<String, Double> free = r.main().freeLocalShare();
    out.add(String.format(Locale.ROOT, "Free local share (the largest share before the cost first exceeds the policy's all-remote cost by %.0f%%): "
        + "ML %.0f%%, confidence %.0f%%, random %.0f%%; the oracle (hindsight) %.0f%%.",
        100 * OffloadingStudy.FREE_TOLERANCE, 100 * free.get(OffloadingStudy.ML), 100 * free.get(OffloadingStudy.CONFIDENCE), 100 * free.get(OffloadingStudy.RANDOM),
        100 * free.get(OffloadingStudy.ORACLE)));
    int better = 0, shares = 0;
    for (int s = 1; s <= 19; s++) {
      shares++;
      if (r.costAt(OffloadingStudy.ML, s / 20.0) <= r.costAt(OffloadingStudy.CONFIDENCE, s / 20.0)) better++;
    }
    out.add(String.format(Locale.ROOT, "ML offloading costs no more than the confidence heuristic at %d of %d local shares (5%% to 95%%).", better, shares));
    if (!r.baselines().isEmpty()) {
      OffloadingStudy.BaselineOutcome lstm = r.baseline(OffloadingStudy.CENTRALISED_LSTM);
      double ml = r.costAt(OffloadingStudy.ML, 0.5), lat = r.latencyAt(OffloadingStudy.ML, 0.5);
      out.add(String.format(Locale.ROOT, "At 50%% local the ML policy costs %.1f against %.1f for the centralised LSTM (%+.0f%%), with %.2f ms per sample against %.2f ms (%.0f%% less).",
          ml, lstm.testCost(), 100 * (ml / lstm.testCost() - 1), lat, lstm.latencyMs(), 100 * (1 - lat / lstm.latencyMs())));
    }
    if (r.weights().size() > 1) {
      OffloadingStudy.WeightOutcome best = r.weights().stream().min((a, b) -> Double.compare(a.allLocalCost(), b.allLocalCost())).orElseThrow();
      out.add(String.format(Locale.ROOT, "Of the local weights %s, w_L = %s gives the cheapest local exit (all local %.1f).",
          weights(r.weights().stream().map(OffloadingStudy.WeightOutcome::localWeight).toList()), num(best.localWeight()), best.allLocalCost()));
    }
    return out;
  }

  private static String baselineLatencies(OffloadingStudy.Result r) {
    StringBuilder s = new StringBuilder();
    for (OffloadingStudy.BaselineOutcome b : r.baselines()) s.append(String.format(Locale.ROOT, "%s %.2f ms; ", b.policy(), b.latencyMs()));
    if (s.length() == 0) return "";
    return "Centralised: " + s.substring(0, s.length() - 2) + " (study: centralised LSTM 42.67, DeepCog 42.63).";
  }

  private static List<String> trainingRow(String model, EarlyStoppingTrainer.Outcome o, double testCost) {
    return List.of(model, Integer.toString(o.epochs()), Integer.toString(o.bestEpoch()), String.format(Locale.ROOT, "%.4f", o.bestValidationLoss()), twoDecimals(testCost));
  }

  /** The trade-off chart of one local weight; with {@code baselines} the centralised models as points at share 0. */
  public static JFreeChart tradeOff(OffloadingStudy.Result r, double w, List<String> policies, boolean baselines) {
    XYSeriesCollection curves = new XYSeriesCollection();
    for (String pol : policies) {
      XYSeries s = new XYSeries(pol, true, true);
      for (OffloadingStudy.CurvePoint p : r.curve(pol, w)) s.addOrUpdate(100 * p.localShare(), p.totalCost());
      curves.addSeries(s);
    }
    if (baselines) {
      for (OffloadingStudy.BaselineOutcome b : r.baselines()) {
        XYSeries s = new XYSeries(b.policy());
        s.add(0, b.testCost());
        curves.addSeries(s);
      }
    }
    JFreeChart trade = ChartFactory.createXYLineChart("Total cost vs local share", "samples resolved locally (%)", "total cost (eq. 9)", curves,
        PlotOrientation.VERTICAL, true, true, false);
    style(trade);
    return trade;
  }

  static String weights(List<Double> ws) {
    return String.join(", ", ws.stream().map(OffloadingReport::num).toList());
  }

  /** A local weight as typed: 0.9, not 0.90. */
  static String num(double v) {
    return BigDecimal.valueOf(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
  }

  private static String pct(double v) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * v);
  }

  private static String twoDecimals(double v) {
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
