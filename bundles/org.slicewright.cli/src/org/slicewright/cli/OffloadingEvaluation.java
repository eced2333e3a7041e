package org.slicewright.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.util.ScenarioResources;
import org.slicewright.report.HtmlReportWriter;
import org.slicewright.report.PdfReportWriter;
import org.slicewright.report.ReportDocument;
import org.slicewright.report.offloading.OffloadingReport;
import org.slicewright.sim.CanceledException;
import org.slicewright.sim.offloading.OffloadingConfig;
import org.slicewright.sim.offloading.OffloadingStudy;
import org.slicewright.sim.scenario.OffloadingScenarioMapper;

/**
 * {@code evaluate} for a scenario with offloading policies: trains the DDNN and the centralised
 * baseline, traces each policy's operating points, and writes {@code results.csv}
 * ({@code policy,parameter,local_share,total_cost,latency_ms,seed}), {@code report.html} and
 * {@code report.pdf}. Cancelling (Ctrl-C) stops training and writes nothing partial.
 */
final class OffloadingEvaluation {
  static final String HEADER = "policy,parameter,local_share,total_cost,latency_ms,seed";
  private final PrintStream out;
  private final PrintStream err;

  OffloadingEvaluation(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(Path file, Scenario s, Path dir, boolean quick) throws UsageException {
    OffloadingConfig c;
    try {
      c = OffloadingScenarioMapper.config(s, quick);
    } catch (IllegalArgumentException e) {
      throw new UsageException(file + ": " + e.getMessage());
    }
    TerminalProgress progress = new TerminalProgress(err, System.console() != null);
    long t0 = System.nanoTime();
    try (CtrlCHandler ctrlC = new CtrlCHandler(progress)) {
      OffloadingStudy.Result r;
      try {
        r = new OffloadingStudy(c).run(progress);
      } catch (CanceledException e) {
        err.println("slicewright evaluate: cancelled during training; nothing written");
        return ExitCodes.CANCELED;
      }
      double wall = (System.nanoTime() - t0) / 1e9;
      StringBuilder csv = new StringBuilder(HEADER).append('\n');
      for (OffloadingStudy.CurvePoint p : r.points()) {
        csv.append(String.join(",", p.policy(), param(p.parameter()), String.format(Locale.ROOT, "%.4f", p.localShare()),
            String.format(Locale.ROOT, "%.4f", p.totalCost()), String.format(Locale.ROOT, "%.4f", p.latencyMs()), Long.toString(c.seed()))).append('\n');
      }
      ScenarioResources.writeAtomically(dir.resolve("results.csv"), csv.toString().getBytes(StandardCharsets.UTF_8), false);
      ReportDocument doc = OffloadingReport.build("Offloading what-if: " + (s.getName() == null ? s.getId() : s.getName()), summary(file, s, c, wall), r);
      HtmlReportWriter.write(doc, dir.resolve("report.html"));
      PdfReportWriter.write(doc, dir.resolve("report.pdf"));
      out.println(String.format(Locale.ROOT, "%s: %d operating points of 4 policies on %d test samples in %.1f s -> %s", file, r.points().size(),
          r.testSamples(), wall, dir));
      return ExitCodes.OK;
    } catch (IOException e) {
      throw new UsageException("cannot write to " + dir + ": " + e.getMessage());
    }
  }

  private static String param(double v) {
    if (v == Double.POSITIVE_INFINITY) return "inf";
    if (v == Double.NEGATIVE_INFINITY) return "-inf";
    return String.format(Locale.ROOT, "%.6g", v);
  }

  private static List<String[]> summary(Path file, Scenario s, OffloadingConfig c, double wall) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] { "scenario", s.getId() + (s.getName() == null ? "" : " (" + s.getName() + ")") });
    rows.add(new String[] { "file", file.toString() });
    rows.add(new String[] { "demand", String.format(Locale.ROOT, "%d series x %d samples (synthetic, seed %d, 144 a day), history N = %d",
        c.traces().series(), c.traces().length(), c.seed(), c.history()) });
    rows.add(new String[] { "DDNN", c.architecture() + String.format(Locale.ROOT, ", joint training w_L = %.2f, %s lr %.3g, %d epochs",
        c.localWeight(), c.adam() ? "Adam" : "SGD", c.learningRate(), c.epochs()) });
    rows.add(new String[] { "cost", String.format(Locale.ROOT, "c1 = %.3g, c2 = %.3g (eq. 3)", c.cost().c1(), c.cost().c2()) });
    rows.add(new String[] { "policies", String.format(Locale.ROOT, "oracle, random, confidence (dropout %.2f, J = %d), ML (logistic regression)", c.dropout(), c.passes()) });
    rows.add(new String[] { "latency model", String.format(Locale.ROOT, "RTT %.2f ms; local/remote times measured on this machine", c.rttMs()) });
    rows.add(new String[] { "wall time", String.format(Locale.ROOT, "%.1f s", wall) });
    return rows;
  }
}
