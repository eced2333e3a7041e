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
import org.slicewright.sim.scenario.OffloadingResultsCsv;
import org.slicewright.sim.scenario.OffloadingScenarioMapper;

/**
 * {@code evaluate} for a scenario with offloading policies: trains the DDNN at each local weight and
 * the centralised baselines, traces each policy's operating points, and writes {@code results.csv}
 * (see {@link OffloadingResultsCsv}), {@code report.html} and {@code report.pdf}. Cancelling (Ctrl-C)
 * stops training and writes nothing partial.
 */
final class OffloadingEvaluation {
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
      ScenarioResources.writeAtomically(dir.resolve("results.csv"), OffloadingResultsCsv.write(r, c.seed()).getBytes(StandardCharsets.UTF_8), false);
      ReportDocument doc = OffloadingReport.build("Offloading what-if: " + (s.getName() == null ? s.getId() : s.getName()), summary(file, s, c, r, wall), r);
      HtmlReportWriter.write(doc, dir.resolve("report.html"));
      PdfReportWriter.write(doc, dir.resolve("report.pdf"));
      out.println(String.format(Locale.ROOT, "%s: %d operating points of 4 policies at %d local weights and %d centralised baselines on %d test samples in %.1f s -> %s",
          file, r.points().size(), r.weights().size(), r.baselines().size(), r.testSamples(), wall, dir));
      return ExitCodes.OK;
    } catch (IOException e) {
      throw new UsageException("cannot write to " + dir + ": " + e.getMessage());
    }
  }

  private static List<String[]> summary(Path file, Scenario s, OffloadingConfig c, OffloadingStudy.Result r, double wall) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] { "scenario", s.getId() + (s.getName() == null ? "" : " (" + s.getName() + ")") });
    rows.add(new String[] { "file", file.toString() });
    rows.addAll(OffloadingReport.settings(c));
    rows.add(new String[] { "wall time", String.format(Locale.ROOT, "%.1f s (training %.1f s)", wall, r.trainingSeconds()) });
    return rows;
  }
}
