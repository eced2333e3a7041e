package org.slicewright.report.learn;

import java.awt.BasicStroke;
import java.awt.Color;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.slicewright.learn.FittedSurrogate;
import org.slicewright.learn.GaussianTwoTerm;
import org.slicewright.learn.pooling.PoolingRecommender;
import org.slicewright.learn.pooling.SamplingEfficiency;
import org.slicewright.report.ChartStyle;
import org.slicewright.report.ReportDocument;
import org.slicewright.sim.pooling.PoolingRunResult;
import org.slicewright.solver.CandidateSelection;
import org.slicewright.solver.PolicyPoint;

/**
 * The learning module's pages of the pooling report: the seed's two-term Gaussian fits (one term where
 * two are not identifiable) with their 95 % confidence bands over the simulated points and their
 * coefficients with 95 % bounds, the surrogates' cross-validated errors, and the
 * policies recommended for the service's requirements.
 */
public final class RecommendationReport {
  private static final int SHOWN = 15;

  private RecommendationReport() {
  }

  public static void appendTo(ReportDocument doc, PoolingRecommender.Recommendation rec) {
    doc.heading("Learned curves (Gaussian of two terms or one, 95 % confidence band)");
    if (rec.gaussians().isEmpty()) doc.paragraph("Fewer than 6 simulated sub-pool counts per lambda max: no Gaussian fit.");
    List<List<String>> coeffRows = new ArrayList<>();
    for (Map.Entry<Double, Map<String, GaussianTwoTerm>> e : rec.gaussians().entrySet()) {
      for (Map.Entry<String, GaussianTwoTerm> f : e.getValue().entrySet()) {
        GaussianTwoTerm g = f.getValue();
        doc.add(new ReportDocument.Chart(curve(f.getKey(), e.getKey(), g, rec.simulated()), 900, 380,
            String.format(Locale.ROOT, "%s against sub-pools at lambda max %s: simulated runs (points), fitted %s and its 95 %% band; RMSE %.4g%s",
                f.getKey().replace('_', ' '), num(e.getKey()), g.terms() == 2 ? "curve" : "one-term curve", g.rmse(), g.note().isEmpty() ? "" : ". " + g.note())));
        coeffRows.add(coefficientRow(num(e.getKey()), f.getKey(), g));
      }
    }
    if (!coeffRows.isEmpty()) {
      doc.add(new ReportDocument.Table("a1 exp(-((k-b1)/c1)^2) + a2 exp(-((k-b2)/c2)^2): coefficients with 95 % bounds",
          List.of("lambda max", "metric", "a1", "b1", "c1", "a2", "b2", "c2", "RMSE", "note"), coeffRows));
      doc.paragraph(String.format(Locale.ROOT, "The fit is held inside limits so that its terms cannot cancel: centres at most %s swept ranges beyond "
          + "either end, widths from %s spacing of k to %s ranges, amplitudes up to %s times the largest value (the first term of the metric's sign). "
          + "Bounds reaching a limit are cut there. A second term is kept only if it is identifiable and significant (F test at %s %%); "
          + "otherwise the curve has one term and the note says why.", plain(GaussianTwoTerm.CENTRE_MARGIN), plain(GaussianTwoTerm.WIDTH_SPACINGS),
          plain(GaussianTwoTerm.WIDTH_RANGES), plain(GaussianTwoTerm.AMPLITUDE_LIMIT), plain(100 * GaussianTwoTerm.SIGNIFICANCE)));
    }
    doc.heading("Surrogate error");
    doc.paragraph(String.format(Locale.ROOT, "%d of the %d policies of the grid were simulated%s; the others are predicted. Errors are %d-fold cross-validated "
        + "RMSE on the simulated runs, in the metric's unit; the first learner of each metric (lowest error) predicts.", rec.simulated().size(), rec.gridSize(),
        rec.simulated().size() < rec.gridSize() ? " (chosen by active sampling where the random forest was least certain)" : "", FittedSurrogate.FOLDS));
    List<List<String>> errRows = new ArrayList<>();
    for (Map.Entry<String, List<FittedSurrogate>> e : rec.surrogates().entrySet()) {
      for (FittedSurrogate f : e.getValue()) {
        errRows.add(List.of(e.getKey(), f.surrogate().learner(), String.format(Locale.ROOT, "%.4g", f.cvRmse()), Integer.toString(f.data().size())));
      }
    }
    doc.add(new ReportDocument.Table(null, List.of("metric", "learner", "CV RMSE", "runs"), errRows));
    doc.heading("Recommended policies");
    doc.paragraph(rec.requirements().isEmpty()
        ? "The AI service states no accuracy or convergence-rate requirement."
        : "Requirements: " + rec.requirements().stream().map(Object::toString).reduce((a, b) -> a + ", " + b).get() + "; policies are ranked by total RU "
            + "at equal load (lambda max is demand, not a choice). The study's load is lambda max " + num(rec.load()) + ".");
    for (String i : rec.ignored()) doc.paragraph("Not applied: " + i + ".");
    for (String line : rec.selection().explanation()) doc.paragraph(line + ".");
    List<List<String>> rows = new ArrayList<>();
    for (CandidateSelection.Candidate c : rec.selection().candidates().subList(0, Math.min(SHOWN, rec.selection().candidates().size()))) {
      PolicyPoint p = c.point();
      rows.add(List.of(c.rank() + (c.tied() ? " (tie)" : ""), p.policy(), num(p.parameters().get("subpools")), num(p.parameters().get("lambda_max")),
          String.format(Locale.ROOT, "%.4f", p.metric("accuracy")), String.format(Locale.ROOT, "%.4f", p.metric("convergence_rate")),
          String.format(Locale.ROOT, "%.0f", p.metric("ru_total")), p.simulated() ? "simulated" : "predicted"));
    }
    if (!rows.isEmpty()) {
      doc.add(new ReportDocument.Table("At lambda max " + num(rec.load()) + (rec.selection().candidates().size() > SHOWN
          ? ": the " + SHOWN + " cheapest of "
              + rec.selection().candidates().size()
          : ""), List.of("rank", "policy", "sub-pools", "lambda max", "accuracy", "conv. rate", "total RU", "source"), rows));
    }
    List<List<String>> other = new ArrayList<>();
    for (Map.Entry<Double, CandidateSelection.Selection> e : rec.byLoad().entrySet()) {
      if (e.getKey() == rec.load()) continue;
      CandidateSelection.Selection sel = e.getValue();
      if (!sel.feasible()) {
        other.add(List.of(num(e.getKey()), "none", "-", "-", "-", sel.explanation().size() > 1 ? sel.explanation().get(1) : sel.explanation().get(0)));
        continue;
      }
      PolicyPoint p = sel.candidates().get(0).point();
      other.add(List.of(num(e.getKey()), num(p.parameters().get("subpools")), String.format(Locale.ROOT, "%.4f", p.metric("accuracy")),
          String.format(Locale.ROOT, "%.0f", p.metric("ru_total")), p.simulated() ? "simulated" : "predicted", sel.candidates().size() + " policies qualify"));
    }
    if (!other.isEmpty()) {
      doc.add(new ReportDocument.Table("Cheapest qualifying policy at the other loads", List.of("lambda max", "sub-pools", "accuracy", "total RU", "source", "note"), other));
    }
  }

  /** The --check section: surrogate error on unseen policies by budget, active against random sampling. */
  public static void appendSampling(ReportDocument doc, List<SamplingEfficiency.Row> rows, int grid) {
    doc.heading("Runs saved by active sampling");
    doc.paragraph("The whole grid (" + grid + " policies) was simulated to check: at each budget, the surrogate trained on the actively sampled runs "
        + "(and on as many random runs) predicts the policies it did not see; the reference is the cross-validated error of a surrogate of the full grid.");
    List<List<String>> t = new ArrayList<>();
    for (SamplingEfficiency.Row r : rows) {
      t.add(List.of(Integer.toString(r.budget()), r.metric(), String.format(Locale.ROOT, "%.4g", r.activeRmse()), String.format(Locale.ROOT, "%.4g", r.randomRmse()),
          String.format(Locale.ROOT, "%.4g", r.fullGridCvRmse()), r.activeRmse() <= r.fullGridCvRmse() ? "yes" : "no"));
    }
    doc.add(new ReportDocument.Table(null, List.of("runs", "metric", "active RMSE", "random RMSE", "full-grid CV RMSE", "matches"), t));
  }

  /** One row of the coefficient table: each coefficient with its bounds, "not fitted" for a one-term fit's second term, and the fit's note. */
  static List<String> coefficientRow(String lambda, String metric, GaussianTwoTerm g) {
    List<String> row = new ArrayList<>(List.of(lambda, metric));
    for (int i = 0; i < GaussianTwoTerm.COEFFICIENTS.length; i++) row.add(coefficientCell(g, i));
    row.add(String.format(Locale.ROOT, "%.4g", g.rmse()));
    row.add(g.note());
    return row;
  }

  /** Coefficient i as "value [low, high]"; without bounds the note column says why. */
  static String coefficientCell(GaussianTwoTerm g, int i) {
    if (i >= 3 * g.terms()) return "not fitted";
    double v = g.coefficients()[i];
    if (!g.hasBounds(i)) return String.format(Locale.ROOT, "%.4g (no bounds, see note)", v);
    double[] b = g.bounds(i);
    return String.format(Locale.ROOT, "%.4g [%.3g, %.3g]", v, b[0], b[1]);
  }

  static JFreeChart curve(String metric, double lambda, GaussianTwoTerm g, List<PoolingRunResult> runs) {
    XYSeries pts = new XYSeries("simulated");
    double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
    for (PoolingRunResult r : runs) {
      if (r.lambdaMax() != lambda) continue;
      pts.add(r.subpools(), metric.equals("accuracy") ? r.accuracy() : r.convergenceRate());
      lo = Math.min(lo, r.subpools());
      hi = Math.max(hi, r.subpools());
    }
    YIntervalSeries fit = new YIntervalSeries("fit and 95 % band");
    for (int i = 0; i <= 100; i++) {
      double x = lo + (hi - lo) * i / 100;
      double y = g.predict(new double[] { x }), h = g.bandHalfWidth(x);
      if (Double.isNaN(h)) h = 0;
      fit.add(x, y, y - h, y + h);
    }
    YIntervalSeriesCollection band = new YIntervalSeriesCollection();
    band.addSeries(fit);
    NumberAxis xa = new NumberAxis("sub-pools k"), ya = new NumberAxis(metric.replace('_', ' '));
    ya.setAutoRangeIncludesZero(false);
    DeviationRenderer dr = new DeviationRenderer(true, false);
    dr.setSeriesPaint(0, new Color(0x1f, 0x77, 0xb4));
    dr.setSeriesFillPaint(0, new Color(0x1f, 0x77, 0xb4));
    dr.setSeriesStroke(0, new BasicStroke(2f));
    dr.setAlpha(0.25f);
    XYPlot plot = new XYPlot(band, xa, ya, dr);
    XYSeriesCollection points = new XYSeriesCollection(pts);
    XYLineAndShapeRenderer pr = new XYLineAndShapeRenderer(false, true);
    pr.setSeriesPaint(0, new Color(0xd6, 0x27, 0x28));
    plot.setDataset(1, points);
    plot.setRenderer(1, pr);
    JFreeChart c = new JFreeChart(metric.replace('_', ' ') + " vs sub-pools, lambda max " + num(lambda), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    return ChartStyle.plain(c);
  }

  /** A constant as written in the source: 0.5, 2, 5. */
  private static String plain(double v) {
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  static String num(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.3g", v);
  }
}
