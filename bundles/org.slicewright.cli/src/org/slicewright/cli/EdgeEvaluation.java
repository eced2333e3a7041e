package org.slicewright.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slicewright.model.scenario.NodeSelectionPolicy;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.util.ScenarioResources;
import org.slicewright.report.HtmlReportWriter;
import org.slicewright.report.PdfReportWriter;
import org.slicewright.report.ReportDocument;
import org.slicewright.report.edge.EdgeReport;
import org.slicewright.sim.CanceledException;
import org.slicewright.sim.edge.EdgeConfig;
import org.slicewright.sim.edge.EdgeEmulation;
import org.slicewright.sim.scenario.EdgeScenarioMapper;

/**
 * {@code evaluate} for a scenario with node-selection policies: emulates the edge cluster once per
 * policy and writes {@code results.csv}
 * ({@code policy,instances,frame_size,node,p50_ms,p95_ms,p99_ms,violations,migrations,utilisation,seed},
 * one row per policy and board; instances is the time-averaged number of applications on the board),
 * {@code report.html} and {@code report.pdf}.
 */
final class EdgeEvaluation {
  static final String HEADER = "policy,instances,frame_size,node,p50_ms,p95_ms,p99_ms,violations,migrations,utilisation,seed";
  private final PrintStream out;
  private final PrintStream err;

  EdgeEvaluation(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(Path file, Scenario s, Path dir, boolean quick) throws UsageException {
    double duration = quick ? 60 : 600;
    List<EdgeConfig> configs = new ArrayList<>();
    try {
      for (NodeSelectionPolicy p : s.getSelectionPolicies()) configs.add(EdgeScenarioMapper.config(s, p, duration));
    } catch (IllegalArgumentException e) {
      throw new UsageException(file + ": " + e.getMessage());
    }
    TerminalProgress progress = new TerminalProgress(err, System.console() != null);
    progress.begin("Edge emulation", configs.size());
    long t0 = System.nanoTime();
    try (CtrlCHandler ctrlC = new CtrlCHandler(progress)) {
      List<EdgeEmulation.Result> results = new ArrayList<>();
      try {
        for (EdgeConfig c : configs) {
          results.add(new EdgeEmulation(c).run(progress));
          progress.worked(1);
        }
      } catch (CanceledException e) {
        err.println("slicewright evaluate: cancelled; nothing written");
        return ExitCodes.CANCELED;
      }
      StringBuilder csv = new StringBuilder(HEADER).append('\n');
      long requests = 0;
      for (EdgeEmulation.Result r : results) {
        requests += r.requests();
        for (int b = 0; b < r.boards().size(); b++) {
          EdgeEmulation.BoardStats st = r.boards().get(b);
          int capacity = configs.get(0).boards().get(b).capacity();
          csv.append(String.join(",", r.policy().contains(",") ? '"' + r.policy() + '"' : r.policy(), f(st.utilisation() * capacity),
              Integer.toString(EdgeScenarioMapper.FRAME_SIZE), st.board(), f(st.p50Ms()), f(st.p95Ms()), f(st.p99Ms()),
              Long.toString(st.violations()), Integer.toString(r.migrations()), f(st.utilisation()), Long.toString(s.getSeed()))).append('\n');
        }
      }
      ScenarioResources.writeAtomically(dir.resolve("results.csv"), csv.toString().getBytes(StandardCharsets.UTF_8), false);
      double wall = (System.nanoTime() - t0) / 1e9;
      List<String[]> summary = new ArrayList<>();
      summary.add(new String[] { "scenario", s.getId() + (s.getName() == null ? "" : " (" + s.getName() + ")") });
      summary.add(new String[] { "file", file.toString() });
      summary.add(new String[] { "emulation", String.format(Locale.ROOT, "%d boards, %d devices at %.0f frames/s of %dx%d, %.0f s emulated per policy, health checks every 1 s",
          configs.get(0).boards().size(), configs.get(0).devices().size(), EdgeScenarioMapper.FPS, EdgeScenarioMapper.FRAME_SIZE,
          EdgeScenarioMapper.FRAME_SIZE, duration) });
      summary.add(new String[] { "QoS budget", String.format(Locale.ROOT, "%.0f ms", configs.get(0).qosBudgetMs()) });
      summary.add(new String[] { "requests", String.format(Locale.ROOT, "%d in %.1f s", requests, wall) });
      ReportDocument doc = EdgeReport.build("Edge inference what-if: " + (s.getName() == null ? s.getId() : s.getName()), summary, configs.get(0), results);
      HtmlReportWriter.write(doc, dir.resolve("report.html"));
      PdfReportWriter.write(doc, dir.resolve("report.pdf"));
      out.println(String.format(Locale.ROOT, "%s: %d policies, %d requests in %.1f s -> %s", file, results.size(), requests, wall, dir));
      return ExitCodes.OK;
    } catch (IOException e) {
      throw new UsageException("cannot write to " + dir + ": " + e.getMessage());
    }
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }
}
