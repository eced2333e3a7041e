package org.slicewright.report.pooling;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.slicewright.report.ParetoFront;
import org.slicewright.report.ReportDocument;
import org.slicewright.sim.pooling.PoolingConfig;
import org.slicewright.sim.pooling.PoolingRunResult;
import org.slicewright.sim.pooling.ResourceUnitCosts.TrainingCharge;

/**
 * The pooling what-if report: how the number of sub-pools and the data-arrival rate trade learning
 * accuracy and speed against resource units. Results of several seeds for the same point are averaged.
 */
public final class PoolingReport {
  private PoolingReport() {
  }

  /** Mean of a metric per (sub-pools, lambda max) point over seeds. */
  record Point(int k, double lambda, double accuracy, double convergence, double comm, double comp, double exchange, double shortfall, double total) {
  }

  static List<Point> points(List<PoolingRunResult> results) {
    Map<String, List<PoolingRunResult>> groups = results.stream()
        .collect(Collectors.groupingBy(r -> r.subpools() + "@" + r.lambdaMax(), TreeMap::new, Collectors.toList()));
    List<Point> out = new ArrayList<>();
    for (List<PoolingRunResult> g : groups.values()) {
      out.add(new Point(g.get(0).subpools(), g.get(0).lambdaMax(), mean(g, PoolingRunResult::accuracy), mean(g, PoolingRunResult::convergenceRate),
          mean(g, PoolingRunResult::ruCommunication), mean(g, PoolingRunResult::ruComputing), mean(g, PoolingRunResult::ruModelExchange),
          mean(g, PoolingRunResult::ruShortfall), mean(g, PoolingRunResult::ruTotal)));
    }
    out.sort((a, b) -> a.lambda() != b.lambda() ? Double.compare(a.lambda(), b.lambda()) : Integer.compare(a.k(), b.k()));
    return out;
  }

  private static double mean(List<PoolingRunResult> g, ToDoubleFunction<PoolingRunResult> f) {
    return g.stream().mapToDouble(f).average().orElse(Double.NaN);
  }

  public static String lam(double l) {
    return l == Math.rint(l) ? Long.toString((long) l) : String.format(Locale.ROOT, "%.2f", l);
  }

  /**
   * Builds the report.
   *
   * @param summary key/value rows describing the scenario and the sweep (shown first)
   */
  public static ReportDocument build(String title, List<String[]> summary, List<PoolingRunResult> results, boolean canceled) {
    ReportDocument doc = new ReportDocument(title);
    doc.heading("Scenario and sweep");
    doc.add(new ReportDocument.KeyValues(summary));
    if (canceled) doc.paragraph("The sweep was cancelled: the report covers the " + results.size() + " runs that finished.");
    if (results.isEmpty()) {
      doc.paragraph("No run finished, so there is nothing to chart.");
      return doc;
    }
    List<Point> pts = points(results);
    TreeSet<Double> lambdas = pts.stream().map(Point::lambda).collect(Collectors.toCollection(TreeSet::new));
    TreeSet<Integer> ks = pts.stream().map(Point::k).collect(Collectors.toCollection(TreeSet::new));

    doc.heading("Findings");
    for (double l : lambdas) {
      Point lo = find(pts, ks.first(), l), hi = find(pts, ks.last(), l);
      if (lo != null && hi != null && ks.size() > 1) {
        doc.paragraph(String.format(Locale.ROOT,
            "lambda max = %s: from %d to %d sub-pools, accuracy %.1f%% -> %.1f%% (%+.1f points), convergence rate %.3f -> %.3f per round, "
                + "communication %.0f -> %.0f RU, computing %.0f -> %.0f RU, total %.0f -> %.0f RU.",
            lam(l), lo.k(), hi.k(), 100 * lo.accuracy(), 100 * hi.accuracy(), 100 * (hi.accuracy() - lo.accuracy()), lo.convergence(),
            hi.convergence(), lo.comm(), hi.comm(), lo.comp(), hi.comp(), lo.total(), hi.total()));
      }
    }

    if (ks.size() > 1) doc.add(tradeOffTable(pts, lambdas));

    doc.heading("Learning performance against the number of sub-pools");
    doc.add(new ReportDocument.Chart(lineChart("Accuracy vs sub-pools", "sub-pools k", "accuracy (fraction of test digits)", pts, lambdas, Point::accuracy),
        900, 420, "Final accuracy of the global model on the 1 000 held-out digits, one line per lambda max (data units/s per AP)."));
    doc.add(new ReportDocument.Chart(lineChart("Loss convergence rate vs sub-pools", "sub-pools k", "convergence rate (0 to 1, per round)", pts, lambdas, Point::convergence),
        900, 420, "Share of the remaining excess test loss one aggregation round removes: 1 - exp(-b), b the decay of the fitted L_r = c + a exp(-b r)."));

    double lmax = lambdas.last();
    doc.heading("Resource units against the number of sub-pools");
    DefaultCategoryDataset stacked = new DefaultCategoryDataset();
    for (Point p : pts) {
      if (p.lambda() != lmax) continue;
      String col = Integer.toString(p.k());
      stacked.addValue(p.comm(), "communication", col);
      stacked.addValue(p.comp(), "computing", col);
      stacked.addValue(p.exchange(), "model exchange", col);
      stacked.addValue(p.shortfall(), "shortfall", col);
    }
    JFreeChart bars = ChartFactory.createStackedBarChart("RU by kind vs sub-pools (lambda max = " + lam(lmax) + ")", "sub-pools k", "RU",
        stacked, PlotOrientation.VERTICAL, true, true, false);
    bars.setBackgroundPaint(Color.WHITE);
    doc.add(new ReportDocument.Chart(bars, 900, 420,
        "Fewer sub-pools move more data to trainers (communication); more sub-pools train more models (computing)."));

    doc.heading("Resource units and accuracy against lambda max");
    List<Integer> shown = new ArrayList<>(new TreeSet<>(List.of(ks.first(), midK(ks), ks.last())));
    doc.add(new ReportDocument.Chart(byLambda("Total RU vs lambda max", "total RU", pts, shown, Point::total), 900, 380,
        "Resource use grows with the data-arrival rate: more data to move and to train."));
    doc.add(new ReportDocument.Chart(byLambda("Accuracy vs lambda max", "accuracy", pts, shown, Point::accuracy), 900, 380,
        "With little data per AP (small lambda max) accuracy drops."));

    doc.heading("Accuracy against resource cost");
    doc.add(new ReportDocument.Chart(tradeOff(pts, lambdas), 900, 480,
        "Every evaluated policy; the black lines join each load's Pareto front (no other policy at the same lambda max is both cheaper and more accurate)."));
    List<List<String>> frontRows = new ArrayList<>();
    for (double l : lambdas) {
      for (Point p : front(pts, l)) frontRows.add(List.of(Integer.toString(p.k()), lam(p.lambda()), pct(p.accuracy()), f0(p.total())));
    }
    doc.add(new ReportDocument.Table("Pareto-optimal policies at each load (the load is the demand, not a choice: policies compete at equal lambda max)",
        List.of("sub-pools", "lambda max", "accuracy", "total RU"), frontRows));

    doc.heading("All runs");
    doc.add(runsTable(results));
    return doc;
  }

  /** A pooling run's learning, data, capacity and price settings as the reports print them. */
  public static List<String[]> settings(PoolingConfig c) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] { "learning", String.format(Locale.ROOT, "784-%d-10 network, SGD lr %.3g, batch %d, %d local epochs per tick, %d ticks, FedAvg every %d ticks, label skew %.2f",
        c.hiddenUnits(), c.learningRate(), c.batchSize(), c.localEpochs(), c.ticks(), c.aggregationPeriod(), c.labelSkew()) });
    rows.add(new String[] { "data unit", c.dataUnitSamples() + " digits; a unit waits at most " + c.maxWaitTicks() + " ticks for its trainer, then it is dropped" });
    rows.add(new String[] { "trainer capacity", capacityRange(c.capacity().trainingUnitsPerTick()) + " data units per tick (compute), access link "
        + capacityRange(c.capacity().linkUnitsPerTick()) + " units per tick" });
    rows.add(new String[] { "RU prices", String.format(Locale.ROOT, "%.3g per data unit moved, %.3g per unit trained + %.3g per model trained (%s), %.3g per model transfer, shortfall x%.3g",
        c.costs().communicationPerDataUnit(), c.costs().computingPerDataUnit(), c.costs().modelTraining(),
        c.costs().modelTrainingPer() == TrainingCharge.ROUND ? "one per trainer and FedAvg round" : "one per trainer and tick with data",
        c.costs().modelExchangePerTransfer(), c.costs().shortfallMultiplier()) });
    return rows;
  }

  private static String capacityRange(double[] v) {
    double lo = Double.POSITIVE_INFINITY, hi = 0;
    for (double x : v) { lo = Math.min(lo, x); hi = Math.max(hi, x); }
    if (Double.isInfinite(lo)) return "unlimited";
    String l = String.format(Locale.ROOT, "%.1f", lo), h = Double.isInfinite(hi) ? "unlimited" : String.format(Locale.ROOT, "%.1f", hi);
    return l.equals(h) ? l : l + " to " + h;
  }

  /** One row per run: policy coordinates, performance and RU by kind. */
  public static ReportDocument.Table runsTable(List<PoolingRunResult> results) {
    List<List<String>> rows = new ArrayList<>();
    for (PoolingRunResult r : results) {
      rows.add(List.of(Integer.toString(r.subpools()), lam(r.lambdaMax()), Long.toString(r.seed()), pct(r.accuracy()),
          String.format(Locale.ROOT, "%.3f", r.convergenceRate()), f0(r.ruCommunication()), f0(r.ruComputing()), f0(r.ruModelExchange()),
          f0(r.ruShortfall()), f0(r.ruTotal()), pct(r.droppedShare())));
    }
    return new ReportDocument.Table(null, List.of("sub-pools", "lambda max", "seed", "accuracy", "conv. rate", "RU comm.", "RU comp.",
        "RU exchange", "RU shortfall", "RU total", "dropped"), rows);
  }

  /**
   * Per load, the cheapest policy and the most accurate one: where they differ, pooling is a
   * trade-off between accuracy and RU; where they coincide, one policy dominates at that load.
   */
  static ReportDocument.Table tradeOffTable(List<Point> pts, TreeSet<Double> lambdas) {
    List<List<String>> rows = new ArrayList<>();
    for (double l : lambdas) {
      Point cheapest = null, best = null;
      for (Point p : pts) {
        if (p.lambda() != l) continue;
        if (cheapest == null || p.total() < cheapest.total()) cheapest = p;
        if (best == null || p.accuracy() > best.accuracy()) best = p;
      }
      String verdict = cheapest == best
          ? "k = " + best.k() + " dominates: cheapest and most accurate"
          : String.format(Locale.ROOT, "trade-off: %.1f points of accuracy cost %.0f RU more", 100 * (best.accuracy() - cheapest.accuracy()), best.total() - cheapest.total());
      rows.add(List.of(lam(l), cheapest.k() + " (" + pct(cheapest.accuracy()) + ", " + f0(cheapest.total()) + " RU)",
          best.k() + " (" + pct(best.accuracy()) + ", " + f0(best.total()) + " RU)", verdict));
    }
    return new ReportDocument.Table("Cheapest and most accurate policy per load", List.of("lambda max", "cheapest k", "most accurate k", "at this load"), rows);
  }

  private static int midK(TreeSet<Integer> ks) {
    List<Integer> l = new ArrayList<>(ks);
    return l.get(l.size() / 2);
  }

  private static Point find(List<Point> pts, int k, double l) {
    return pts.stream().filter(p -> p.k() == k && p.lambda() == l).findFirst().orElse(null);
  }

  private static String pct(double v) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * v);
  }

  private static String f0(double v) {
    return String.format(Locale.ROOT, "%.0f", v);
  }

  private static JFreeChart lineChart(String title, String x, String y, List<Point> pts, TreeSet<Double> lambdas, ToDoubleFunction<Point> f) {
    XYSeriesCollection data = new XYSeriesCollection();
    for (double l : lambdas) {
      XYSeries s = new XYSeries("lambda max = " + lam(l));
      for (Point p : pts) if (p.lambda() == l) s.add(p.k(), f.applyAsDouble(p));
      data.addSeries(s);
    }
    JFreeChart c = ChartFactory.createXYLineChart(title, x, y, data, PlotOrientation.VERTICAL, true, true, false);
    style(c);
    return c;
  }

  private static JFreeChart byLambda(String title, String y, List<Point> pts, List<Integer> ks, ToDoubleFunction<Point> f) {
    XYSeriesCollection data = new XYSeriesCollection();
    for (int k : ks) {
      XYSeries s = new XYSeries(k + (k == 1 ? " sub-pool" : " sub-pools"));
      for (Point p : pts) if (p.k() == k) s.add(p.lambda(), f.applyAsDouble(p));
      data.addSeries(s);
    }
    JFreeChart c = ChartFactory.createXYLineChart(title, "lambda max (data units/s per AP)", y, data, PlotOrientation.VERTICAL, true, true, false);
    style(c);
    return c;
  }

  /** The Pareto front among the policies run at one load. */
  private static List<Point> front(List<Point> pts, double lambda) {
    return ParetoFront.of(pts.stream().filter(p -> p.lambda() == lambda).toList(), Point::total, Point::accuracy);
  }

  private static JFreeChart tradeOff(List<Point> pts, TreeSet<Double> lambdas) {
    XYSeriesCollection data = new XYSeriesCollection();
    for (double l : lambdas) {
      // One black line per load; the legend names the first for all.
      XYSeries frontSeries = new XYSeries(l == lambdas.first() ? "Pareto front per load" : "Pareto front, lambda max = " + lam(l), true);
      for (Point p : front(pts, l)) frontSeries.add(p.total(), p.accuracy());
      data.addSeries(frontSeries);
    }
    int fronts = lambdas.size();
    for (double l : lambdas) {
      XYSeries s = new XYSeries("lambda max = " + lam(l));
      for (Point p : pts) if (p.lambda() == l) s.add(p.total(), p.accuracy());
      data.addSeries(s);
    }
    JFreeChart c = ChartFactory.createScatterPlot("Accuracy vs total RU", "total RU", "accuracy", data, PlotOrientation.VERTICAL, true, true, false);
    style(c);
    XYPlot plot = c.getXYPlot();
    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
    for (int i = 0; i < fronts; i++) {
      r.setSeriesLinesVisible(i, true);
      r.setSeriesShapesVisible(i, false);
      r.setSeriesPaint(i, Color.BLACK);
      r.setSeriesVisibleInLegend(i, i == 0);
      r.setSeriesStroke(i, new BasicStroke(2f));
    }
    plot.setRenderer(r);
    return c;
  }

  private static void style(JFreeChart c) {
    c.setBackgroundPaint(Color.WHITE);
    XYPlot plot = c.getXYPlot();
    plot.setBackgroundPaint(new Color(250, 250, 250));
    plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
    if (plot.getRenderer() instanceof XYLineAndShapeRenderer r) r.setDefaultShapesVisible(true);
  }
}
