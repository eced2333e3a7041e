package org.slicewright.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.Set;

import org.slicewright.cluster.ClusterSettings;
import org.slicewright.cluster.PoolingSweeps;
import org.slicewright.cluster.SweepOutcome;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.scenario.Sweep;
import org.slicewright.model.util.ScenarioResources;
import org.slicewright.report.HtmlReportWriter;
import org.slicewright.report.PdfReportWriter;
import org.slicewright.report.ReportDocument;
import org.slicewright.report.pooling.PoolingReport;
import org.slicewright.report.tasks.ComplianceReport;
import org.slicewright.sim.pooling.PoolingConfig;
import org.slicewright.sim.pooling.PoolingRunResult;
import org.slicewright.sim.scenario.PoolingPlan;
import org.slicewright.sim.scenario.PoolingScenarioMapper;
import org.slicewright.sim.scenario.RunKind;
import org.slicewright.sim.tasks.TrainingCompliance;

/**
 * {@code evaluate FILE --out DIR [--study KIND] [--seeds N] [--threads N] [--quick]}: runs the
 * scenario's studies (pooling, edge, offloading, twins, in the order the workbench lists them; each
 * into DIR/KIND when there are several) or the one named with {@code --study}. The pooling sweep
 * writes {@code results.csv} row by row (an interrupted sweep keeps its finished rows), then
 * {@code report.html} and {@code report.pdf}; the other kinds write their own results and report. Ctrl-C cancels the sweep cleanly: running
 * runs stop at their next tick, the report covers the finished ones, and the exit code is 130.
 */
final class EvaluateCommand implements Command {
  private final PrintStream out;
  private final PrintStream err;
  private ClusterSettings cluster;

  EvaluateCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public String name() {
    return "evaluate";
  }

  @Override
  public String synopsis() {
    return "FILE --out DIR [--study pooling|edge|offloading|twins] [--seeds N] [--threads N] [--quick] [--cluster NAME --member HOST:PORT,... [--interface IP]]";
  }

  @Override
  public String summary() {
    return "run the scenario's studies (each into DIR/KIND when several); writes results.csv, report.html, report.pdf";
  }

  @Override
  public Set<String> options() {
    return Set.of("out", "study", "seeds", "threads", "cluster", "member", "interface");
  }

  @Override
  public Set<String> flags() {
    return Set.of("quick");
  }

  @Override
  public int run(Arguments a) throws UsageException {
    Path file = a.file("scenario file");
    Path outDir = a.outFolder();
    int seeds = a.intValue("seeds", 0, 1);
    int threads = a.intValue("threads", 0, 1);
    boolean quick = a.flag("quick");
    cluster = cluster(a);
    Scenario s = ScenarioInput.loadValid(file);
    List<RunKind> studies = chosen(file, s, a.value("study"));
    if (cluster != null && !studies.contains(RunKind.POOLING)) {
      throw new UsageException(file + ": --cluster runs the pooling sweep, and scenario '" + s.getId() + "' has none to run here");
    }
    if (studies.isEmpty()) {
      if (s.getSlices().stream().anyMatch(sl -> sl.getServices().stream().anyMatch(v -> !v.getRequirements().isEmpty()))) {
        return new ComplianceEvaluation(out).run(file, s, a.createOutFolder());
      }
      throw new UsageException(file + ": scenario '" + s.getId() + "' has nothing to evaluate (no pooling study, offloading or selection policy, twin study or requirement)");
    }
    // One study writes into DIR; several write each into DIR/KIND, in the order the workbench lists them.
    int worst = ExitCodes.OK;
    for (RunKind kind : studies) {
      Path dir = Arguments.createFolder(studies.size() == 1 ? outDir : outDir.resolve(kind.title().toLowerCase(Locale.ROOT)));
      int code = switch (kind) {
        case POOLING -> pooling(file, s, dir, seeds, threads, quick);
        case EDGE -> new EdgeEvaluation(out, err).run(file, s, dir, quick);
        case OFFLOADING -> new OffloadingEvaluation(out, err).run(file, s, dir, quick);
        case TWINS -> new TwinEvaluation(out, err).run(file, s, dir, quick, threads);
        default -> throw new IllegalStateException("no evaluation for " + kind);
      };
      if (code == ExitCodes.CANCELED) return code;
      worst = Math.max(worst, code);
    }
    return worst;
  }

  /** The cluster to run the pooling sweep on ({@code --cluster NAME --member HOST:PORT,...}), or null for this machine. */
  static ClusterSettings cluster(Arguments a) throws UsageException {
    if (a.value("cluster") == null) {
      if (a.value("member") != null || a.value("interface") != null) throw new UsageException("--member and --interface need --cluster NAME");
      return null;
    }
    if (a.value("member") == null) throw new UsageException("--cluster needs --member HOST:PORT (a worker to join)");
    try {
      // This process is a lite member: it takes the first free port from 5701 up.
      return ClusterSettings.of(a.value("cluster"), a.value("member"), a.value("interface"), ClusterSettings.DEFAULT_PORT);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /**
   * The studies to run: the one named with {@code --study}, else every study of the scenario, in
   * the order the workbench's Run What-If lists them.
   */
  private static List<RunKind> chosen(Path file, Scenario s, String study) throws UsageException {
    List<RunKind> all = RunKind.studiesOf(s);
    if (study == null) return all;
    String names = String.join(", ", all.stream().map(k -> k.title().toLowerCase(Locale.ROOT)).toList());
    for (RunKind k : all) if (k.title().equalsIgnoreCase(study.trim())) return List.of(k);
    throw new UsageException(file + ": scenario '" + s.getId() + "' has no " + study + " study (" + (all.isEmpty() ? "it has none" : "it has: " + names) + ")");
  }

  /** The pooling sweep: results.csv streamed row by row, then the report with QoAIS compliance and recommendations. */
  private int pooling(Path file, Scenario s, Path dir, int seeds, int threads, boolean quick) throws UsageException {
    PoolingPlan plan;
    try {
      plan = PoolingScenarioMapper.plan(s, seeds, threads, quick);
    } catch (IllegalArgumentException e) {
      throw new UsageException(file + ": " + e.getMessage());
    }
    TerminalProgress progress = new TerminalProgress(err, System.console() != null);
    Path csv = dir.resolve("results.csv");
    long t0 = System.nanoTime();
    try (CtrlCHandler ctrlC = new CtrlCHandler(progress); BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      w.write(PoolingRunResult.csvHeader());
      w.newLine();
      w.flush();
      Consumer<PoolingRunResult> row = r -> {
        try {
          w.write(r.toCsvRow());
          w.newLine();
          w.flush();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      };
      SweepOutcome outcome;
      try {
        outcome = PoolingSweeps.run(cluster, plan, progress, row);
      } catch (IllegalStateException e) {
        throw new UsageException(e.getMessage());
      } catch (IOException e) {
        // The digit data of the installation cannot be read (the output folder is not at fault).
        throw new UsageException(e.getMessage());
      }
      double wall = (System.nanoTime() - t0) / 1e9;
      List<PoolingRunResult> results = new ArrayList<>(outcome.results());
      w.close();
      // Rows were streamed in the order runs finished; rewrite them in sweep order (atomically).
      StringBuilder sorted = new StringBuilder(PoolingRunResult.csvHeader()).append('\n');
      for (PoolingRunResult r : results) sorted.append(r.toCsvRow()).append('\n');
      ScenarioResources.writeAtomically(csv, sorted.toString().getBytes(StandardCharsets.UTF_8), false);
      ReportDocument doc = PoolingReport.build("Pooling what-if: " + (s.getName() == null ? s.getId() : s.getName()),
          summary(file, s, plan, results.size(), wall), results, outcome.canceled());
      if (TrainingCompliance.applies(s)) {
        TrainingCompliance.Outcome qoais = TrainingCompliance.of(s, PoolingScenarioMapper.baseConfig(s, s.getPoolingStudies().get(0)), results);
        ComplianceReport.RunRows chosen = new ComplianceReport.RunRows(qoais.chosen() == null ? "none" : qoais.chosen().run(), qoais.rows());
        ComplianceEvaluation.write(dir, List.of(chosen));
        ComplianceReport.add(doc, "QoAIS compliance of the scenario's policy", List.of(new ComplianceReport.RunRows(qoais.choice(), qoais.rows())));
        ComplianceReport.runs(doc, qoais.runs());
        out.println("  QoAIS of " + qoais.choice() + ": " + ComplianceEvaluation.summary(qoais.rows()) + " -> " + dir.resolve("compliance.csv"));
      }
      if (results.size() >= 4) {
        // The learning module's view of the same runs: fitted curves, surrogate errors, recommended policies.
        org.slicewright.report.learn.RecommendationReport.appendTo(doc, org.slicewright.learn.pooling.PoolingRecommender.fromRuns(s, results, s.getSeed()));
      }
      HtmlReportWriter.write(doc, dir.resolve("report.html"));
      PdfReportWriter.write(doc, dir.resolve("report.pdf"));
      out.println(String.format(Locale.ROOT, "%s: %d of %d runs in %.1f s -> %s, %s, %s", file, results.size(), plan.runs().size(), wall,
          csv, dir.resolve("report.html"), dir.resolve("report.pdf")));
      if (outcome.canceled()) {
        err.println("slicewright evaluate: cancelled; kept the " + results.size() + " finished runs");
        return ExitCodes.CANCELED;
      }
      if (!outcome.failures().isEmpty()) {
        for (String f : outcome.failureLines()) err.println("slicewright evaluate: run " + f);
        err.println("slicewright evaluate: " + csv + " holds " + results.size() + " of " + plan.runs().size() + " runs; the " + outcome.failures().size() + " above failed");
        return ExitCodes.INCOMPLETE;
      }
      return ExitCodes.OK;
    } catch (IOException | UncheckedIOException e) {
      throw new UsageException("cannot write to " + dir + ": " + e.getMessage());
    }
  }

  private static List<String[]> summary(Path file, Scenario s, PoolingPlan plan, int finished, double wall) {
    PoolingConfig c = plan.runs().get(0);
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] { "scenario", s.getId() + (s.getName() == null ? "" : " (" + s.getName() + ")") });
    rows.add(new String[] { "file", file.toString() });
    if (s.getDescription() != null) rows.add(new String[] { "description", s.getDescription() });
    rows.add(new String[] { "access points", Integer.toString(c.apCount()) });
    rows.add(new String[] { "pooling policy", c.policy() + (c.apRates() == null ? ", rates drawn from U(0, lambda max]" : ", rates from the twins") });
    rows.addAll(PoolingReport.settings(c));
    if (!s.getSweeps().isEmpty()) {
      Sweep w = s.getSweeps().get(0);
      rows.add(new String[] { "sweep", w.getId() + (plan.quick() ? " (quick: reduced k values and ticks)" : "") });
    }
    rows.add(new String[] { "runs", finished + " of " + plan.runs().size() + String.format(Locale.ROOT, " in %.1f s", wall) });
    return rows;
  }
}
