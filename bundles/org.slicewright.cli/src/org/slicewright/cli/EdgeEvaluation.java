package org.slicewright.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.util.ScenarioResources;
import org.slicewright.report.HtmlReportWriter;
import org.slicewright.report.PdfReportWriter;
import org.slicewright.report.ReportDocument;
import org.slicewright.report.edge.EdgeReport;
import org.slicewright.report.tasks.ComplianceReport;
import org.slicewright.sim.CanceledException;
import org.slicewright.sim.edge.EdgeConfig;
import org.slicewright.sim.edge.EdgeEmulation;
import org.slicewright.sim.edge.FrameDoubling;
import org.slicewright.sim.edge.GammaSweep;
import org.slicewright.sim.edge.LatencyModel;
import org.slicewright.sim.scenario.EdgeScenarioMapper;
import org.slicewright.sim.tasks.ComplianceChecker;
import org.slicewright.sim.tasks.QoaisMeasurement;

/**
 * {@code evaluate} for a scenario with node-selection policies: emulates the edge cluster once per
 * policy and writes {@code results.csv}
 * ({@code policy,instances,frame_size,node,p50_ms,p95_ms,p99_ms,violations,migrations,utilisation,seed},
 * one row per policy, board and frame size served; instances is the time-averaged number of
 * applications of that frame size on the board),
 * {@code compliance.csv} (each policy's run against the services' QoAIS requirements, latency as the
 * 95th percentile end to end), {@code report.html} and {@code report.pdf}.
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
      configs.addAll(EdgeScenarioMapper.configs(s, duration));
    } catch (IllegalArgumentException e) {
      throw new UsageException(file + ": " + e.getMessage());
    }
    TerminalProgress progress = new TerminalProgress(err, System.console() != null);
    progress.begin("Edge emulation", configs.size() + GammaSweep.GAMMAS.length);
    long t0 = System.nanoTime();
    try (CtrlCHandler ctrlC = new CtrlCHandler(progress)) {
      List<EdgeEmulation.Result> results = new ArrayList<>();
      List<GammaSweep.Point> gamma;
      List<FrameDoubling.Point> doubling;
      try {
        for (EdgeConfig c : configs) {
          results.add(new EdgeEmulation(c).run(progress));
          progress.worked(1);
        }
        gamma = GammaSweep.run(configs.get(0), progress);
        doubling = FrameDoubling.run(configs.get(0), FrameDoubling.STUDY_FRAME);
      } catch (CanceledException e) {
        err.println("slicewright evaluate: cancelled; nothing written");
        return ExitCodes.CANCELED;
      }
      StringBuilder csv = new StringBuilder(HEADER).append('\n');
      long requests = 0;
      for (EdgeEmulation.Result r : results) {
        requests += r.requests();
        for (EdgeEmulation.BoardStats st : r.boards()) {
          for (EdgeEmulation.FrameStats fs : st.byFrame()) {
            if (fs.requests() == 0) continue;
            csv.append(String.join(",", r.policy().contains(",") ? '"' + r.policy() + '"' : r.policy(), f(fs.meanInstances()),
                Integer.toString(fs.frameSize()), st.board(), f(fs.p50Ms()), f(fs.p95Ms()), f(fs.p99Ms()), Long.toString(fs.violations()),
                Integer.toString(r.migrations()), f(st.utilisation()), Long.toString(s.getSeed()))).append('\n');
          }
        }
      }
      ScenarioResources.writeAtomically(dir.resolve("results.csv"), csv.toString().getBytes(StandardCharsets.UTF_8), false);
      double wall = (System.nanoTime() - t0) / 1e9;
      List<String[]> summary = new ArrayList<>();
      summary.add(new String[] { "scenario", s.getId() + (s.getName() == null ? "" : " (" + s.getName() + ")") });
      summary.add(new String[] { "file", file.toString() });
      EdgeConfig first = configs.get(0);
      summary.add(new String[] { "emulation", String.format(Locale.ROOT, "%d boards, %d devices (%s), %.0f s emulated per policy, health checks every %s s",
          first.boards().size(), first.devices().size(), streams(first), duration, f(first.checkPeriodS()).replaceAll("\\.?0+$", "")) });
      summary.add(new String[] { "network", links(first) });
      summary.add(new String[] { "latency score", String.format(Locale.ROOT, "S = %s EMA1 + %s EMA5 + %s EMA15 (weights normalised to sum 1)",
          f(first.emaWeights()[0]), f(first.emaWeights()[1]), f(first.emaWeights()[2])) });
      summary.add(new String[] { "QoS budget", String.format(Locale.ROOT, "%.0f ms", configs.get(0).qosBudgetMs()) });
      summary.add(new String[] { "requests", String.format(Locale.ROOT, "%d in %.1f s", requests, wall) });
      ReportDocument doc = EdgeReport.build("Edge inference what-if: " + (s.getName() == null ? s.getId() : s.getName()), summary, first, results,
          doubling, gamma);
      if (ComplianceChecker.services(s).stream().anyMatch(v -> !v.getRequirements().isEmpty())) {
        // Each selection policy is an alternative the planner may deploy: every one is checked on its own run.
        List<ComplianceReport.RunRows> qoais = new ArrayList<>();
        for (EdgeEmulation.Result r : results) qoais.add(new ComplianceReport.RunRows(r.policy(), ComplianceChecker.check(s, QoaisMeasurement.ofInference(r))));
        ComplianceEvaluation.write(dir, qoais);
        ComplianceReport.add(doc, "QoAIS compliance per node-selection policy", qoais);
        for (ComplianceReport.RunRows q : qoais) out.println("  QoAIS of " + q.run() + ": " + ComplianceEvaluation.summary(q.rows()));
      }
      HtmlReportWriter.write(doc, dir.resolve("report.html"));
      PdfReportWriter.write(doc, dir.resolve("report.pdf"));
      out.println(String.format(Locale.ROOT, "%s: %d policies, %d requests in %.1f s -> %s", file, results.size(), requests, wall, dir));
      return ExitCodes.OK;
    } catch (IOException e) {
      throw new UsageException("cannot write to " + dir + ": " + e.getMessage());
    }
  }

  /** The links' latency laws, one line per distinct law: what the emulation samples, one sample per request. */
  static String links(EdgeConfig c) {
    Map<String, Long> groups = new TreeMap<>();
    for (List<LatencyModel> row : c.links()) {
      for (LatencyModel m : row) {
        String law = m.kind() == LatencyModel.Kind.STABLE
            ? String.format(Locale.ROOT, "stable alpha %.4f, scale %.3f ms, location %.3f ms (fitted to mean %.3f ms, sd %.3f ms)", m.stableAlpha(),
                m.stableScaleMs(), m.stableLocationMs(), m.meanMs(), m.stdMs())
            : String.format(Locale.ROOT, "%s mean %.3f ms, sd %.3f ms", m.kind().name().toLowerCase(Locale.ROOT), m.meanMs(), m.stdMs());
        groups.merge(law, 1L, Long::sum);
      }
    }
    StringBuilder b = new StringBuilder("one latency sample per request; ");
    groups.forEach((k, n) -> b.append(n).append(" x ").append(k).append("; "));
    return b.substring(0, b.length() - 2);
  }

  /** "2 x 1200 px at 2 fps, 4 x 600 px at 5 fps". */
  static String streams(EdgeConfig c) {
    Map<String, Long> groups = new TreeMap<>();
    for (EdgeConfig.Device d : c.devices()) groups.merge(String.format(Locale.ROOT, "%d px at %s fps", d.frameSize(), f(d.framesPerSecond()).replaceAll("\\.?0+$", "")), 1L, Long::sum);
    StringBuilder b = new StringBuilder();
    groups.forEach((k, n) -> b.append(b.length() == 0 ? "" : ", ").append(n).append(" x ").append(k));
    return b.toString();
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }
}
