package org.slicewright.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.slicewright.cluster.ClusterSettings;
import org.slicewright.cluster.WhatIfRunner;
import org.slicewright.data.traces.TraceFormatException;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.sim.sweep.SweepOutcome;
import org.slicewright.whatif.WhatIf;
import org.slicewright.whatif.WhatIfFiles;
import org.slicewright.whatif.WhatIfOptions;
import org.slicewright.whatif.WhatIfPlan;
import org.slicewright.whatif.WhatIfResults;
import org.slicewright.whatif.WhatIfs;

/**
 * {@code evaluate FILE --out DIR [--study KIND] [--seeds N] [--threads N] [--quick]}: runs the
 * scenario's studies (pooling, edge, offloading, twins, in the order the workbench lists them; each
 * into DIR/KIND when there are several) or the one named with {@code --study}; a scenario with
 * QoAIS requirements but no study gets its compliance table. Each study is a {@link WhatIf}: its CSV
 * files, {@code report.html} and {@code report.pdf}. The pooling sweep writes {@code results.csv}
 * row by row (an interrupted sweep keeps its finished rows). Ctrl-C cancels cleanly: running runs
 * stop at their next tick, a sweep's report covers the finished ones, and the exit code is 130.
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
    return "FILE --out DIR [--study pooling|edge|offloading|twins] [--seeds N] [--threads N] [--quick] " + Arguments.CLUSTER_SYNOPSIS;
  }

  @Override
  public String summary() {
    return "run the scenario's studies (each into DIR/KIND when several); writes results.csv, report.html, report.pdf";
  }

  @Override
  public Set<String> options() {
    return Arguments.withClusterOptions("out", "study", "seeds", "threads");
  }

  @Override
  public Set<String> flags() {
    return Set.of("quick");
  }

  @Override
  public int run(Arguments a) throws UsageException {
    Path file = a.file("scenario file");
    Path outDir = a.outFolder();
    boolean quick = a.flag("quick");
    WhatIfOptions options = WhatIfOptions.of(quick).withSweep(a.intValue("seeds", 0, 1), a.intValue("threads", 0, 1))
        .withTraceFolder(file.toAbsolutePath().getParent());
    cluster = a.cluster();
    Scenario s = ScenarioInput.loadValid(file);
    List<WhatIf<?, ?>> chosen = chosen(file, s, a.value("study"));
    if (chosen.isEmpty()) {
      throw new UsageException(file + ": scenario '" + s.getId() + "' has nothing to evaluate (no pooling study, offloading or selection policy, twin study or requirement)");
    }
    if (cluster != null && chosen.stream().noneMatch(WhatIf::distributable)) {
      throw new UsageException(file + ": --cluster runs the pooling sweep, and scenario '" + s.getId() + "' has none to run here");
    }
    // Every study is planned before any runs: a study the engines refuse stops the command before work starts.
    List<Planned<?, ?>> plans = new ArrayList<>();
    for (WhatIf<?, ?> w : chosen) plans.add(Planned.of(file, s, w, options));
    // One study writes into DIR; several write each into DIR/NAME, in the order the workbench lists them.
    int worst = ExitCodes.OK;
    for (Planned<?, ?> p : plans) {
      Path dir = Arguments.createFolder(plans.size() == 1 ? outDir : outDir.resolve(p.whatIf().name()));
      int code = evaluate(file, s, p, options, dir);
      if (code == ExitCodes.CANCELED) return code;
      worst = Math.max(worst, code);
    }
    return worst;
  }

  /** A what-if with its plan. */
  private record Planned<S, R>(WhatIf<S, R> whatIf, WhatIfPlan<S> plan) {
    static <S, R> Planned<S, R> of(Path file, Scenario s, WhatIf<S, R> w, WhatIfOptions options) throws UsageException {
      try {
        return new Planned<>(w, w.plan(s, options));
      } catch (IllegalArgumentException | TraceFormatException e) {
        throw new UsageException(file + ": " + e.getMessage());
      } catch (IOException e) {
        throw new UsageException(file + ": cannot read what the " + w.name() + " study needs: " + e.getMessage());
      }
    }
  }

  /**
   * What to evaluate: the study named with {@code --study}, else every study of the scenario in the
   * order the workbench's Run What-If lists them (or its compliance table when it has requirements
   * but no study).
   */
  private static List<WhatIf<?, ?>> chosen(Path file, Scenario s, String study) throws UsageException {
    if (study == null) return WhatIfs.evaluationsOf(s);
    List<WhatIf<?, ?>> all = WhatIfs.studiesOf(s);
    for (WhatIf<?, ?> w : all) if (w.name().equals(study.trim().toLowerCase(Locale.ROOT))) return List.of(w);
    String names = String.join(", ", all.stream().map(WhatIf::name).toList());
    throw new UsageException(file + ": scenario '" + s.getId() + "' has no " + study + " study (" + (all.isEmpty() ? "it has none" : "it has: " + names) + ")");
  }

  /**
   * Runs one what-if into {@code dir}: a sweep's rows are streamed to its results CSV as runs finish
   * (an interrupted sweep keeps them), then the CSV files are rewritten in plan order and the report
   * written. A cancelled what-if whose partial results are not worth keeping writes nothing.
   */
  private <S, R> int evaluate(Path file, Scenario s, Planned<S, R> p, WhatIfOptions options, Path dir) throws UsageException {
    WhatIf<S, R> w = p.whatIf();
    List<S> plan = p.plan().runs();
    TerminalProgress progress = new TerminalProgress(err, System.console() != null);
    long t0 = System.nanoTime();
    try (CtrlCHandler ctrlC = new CtrlCHandler(progress); ResultRows<R> rows = ResultRows.open(dir, w)) {
      SweepOutcome<R> outcome;
      try {
        outcome = WhatIfRunner.run(cluster, w, plan, p.plan().threads(), progress, rows::add);
      } catch (IllegalStateException e) {
        // The cluster has no worker.
        rows.discard();
        throw new UsageException(e.getMessage());
      }
      double wall = (System.nanoTime() - t0) / 1e9;
      rows.close();
      for (SweepOutcome.Failure f : outcome.failures()) {
        // The engines refused a run's input: the scenario is at fault, as when planning.
        if (f.badInput() && outcome.results().isEmpty()) {
          rows.discard();
          throw new UsageException(file + ": " + f.error());
        }
      }
      boolean keep = !outcome.results().isEmpty() && (!outcome.canceled() || w.keepsFinishedRuns());
      if (keep) {
        WhatIfResults<S, R> results = new WhatIfResults<>(s, file.toString(), plan, outcome, wall, options);
        w.writeCsv(dir, results);
        WhatIfFiles.writeReport(w.report(results), dir);
        for (String line : w.summaryLines(results, dir)) out.println(line);
      } else {
        rows.discard();
      }
      if (outcome.canceled()) {
        err.println("slicewright evaluate: cancelled; " + (keep ? "kept the " + outcome.results().size() + " finished runs" : "nothing written"));
        return ExitCodes.CANCELED;
      }
      if (!outcome.failures().isEmpty()) {
        for (String f : outcome.failureLines()) err.println("slicewright evaluate: run " + f);
        err.println("slicewright evaluate: " + (keep
            ? "the " + w.name() + " results in " + dir + " hold " + outcome.results().size() + " of " + plan.size() + " runs; "
            : "nothing written; ") + "the " + outcome.failures().size() + " above failed");
        return ExitCodes.INCOMPLETE;
      }
      return ExitCodes.OK;
    } catch (IOException | UncheckedIOException e) {
      throw new UsageException("cannot write to " + dir + ": " + e.getMessage());
    }
  }
}
