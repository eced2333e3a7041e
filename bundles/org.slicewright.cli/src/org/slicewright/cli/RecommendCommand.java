package org.slicewright.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.slicewright.cluster.ClusterSettings;
import org.slicewright.cluster.PoolingRunner;
import org.slicewright.learn.FittedSurrogate;
import org.slicewright.learn.pooling.PoolingRecommender;
import org.slicewright.learn.pooling.SamplingEfficiency;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.util.FileChangedException;
import org.slicewright.model.util.ScenarioNames;
import org.slicewright.model.util.ScenarioResources;
import org.slicewright.report.HtmlReportWriter;
import org.slicewright.report.PdfReportWriter;
import org.slicewright.report.ReportDocument;
import org.slicewright.report.learn.RecommendationReport;
import org.slicewright.sim.CanceledException;
import org.slicewright.sim.pooling.PoolingConfig;
import org.slicewright.sim.pooling.PoolingRunResult;
import org.slicewright.sim.scenario.PoolingPlan;
import org.slicewright.sim.scenario.PoolingScenarioMapper;
import org.slicewright.sim.sweep.PoolingRuns;
import org.slicewright.sim.sweep.PoolingSweep;
import org.slicewright.solver.CandidateSelection;
import org.slicewright.solver.PolicyPoint;

/**
 * {@code recommend FILE --out DIR [--budget N] [--threads N] [--quick] [--save] [--check]}: simulates
 * {@code budget} policies of the scenario's sweep grid (sub-pools x lambda max, one seed) chosen by
 * active sampling, learns surrogates of accuracy, convergence rate and RU, and lists the policies
 * meeting the AI service's requirements at least RU. Writes {@code candidates.csv},
 * {@code surrogates.csv}, {@code report.html} and {@code report.pdf}; {@code --save} stores the best
 * surrogate of each metric in the scenario file (atomically, keeping a .bak). {@code --check} also
 * simulates the rest of the grid and measures how many runs active sampling needs to predict unseen
 * policies as well as a surrogate of the full grid ({@code sampling.csv}). With {@code --cluster} the
 * runs execute on the cluster's workers.
 */
final class RecommendCommand implements Command {
  static final String CANDIDATES = "rank,tied,policy,subpools,lambda_max,accuracy,convergence_rate,ru_total,source";
  static final String SURROGATES = "metric,learner,cv_rmse,runs,chosen";
  private final PrintStream out;
  private final PrintStream err;

  RecommendCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public String name() {
    return "recommend";
  }

  @Override
  public String synopsis() {
    return "FILE --out DIR [--budget N] [--threads N] [--quick] [--save] [--check] " + Arguments.CLUSTER_SYNOPSIS;
  }

  @Override
  public String summary() {
    return "policies meeting the service's requirements at least RU (active sampling + surrogates)";
  }

  @Override
  public Set<String> options() {
    return Arguments.withClusterOptions("out", "budget", "threads");
  }

  @Override
  public Set<String> flags() {
    return Set.of("quick", "save", "check");
  }

  @Override
  public int run(Arguments a) throws UsageException {
    Path file = a.file("scenario file");
    a.outFolder(); // required: refused before any work
    int threads = a.intValue("threads", 0, 1);
    boolean quick = a.flag("quick");
    Scenario s = ScenarioInput.loadValid(file);
    PoolingPlan plan;
    try {
      PoolingPlan full = PoolingScenarioMapper.plan(s, 1, threads, false);
      List<PoolingConfig> runs = quick ? full.runs().stream().map(PoolingScenarioMapper::quicker).toList() : full.runs();
      plan = new PoolingPlan(full.scenario(), runs, full.threads(), quick);
    } catch (IllegalArgumentException e) {
      throw new UsageException(file + ": " + e.getMessage());
    }
    int grid = plan.runs().size();
    int budget = a.intValue("budget", Math.max(Math.min(grid, 10), grid / 3), 1);
    if (grid < 4) throw new UsageException(file + ": the sweep has " + grid + " policies; recommending needs at least 4");
    if (budget < Math.min(grid, 4)) throw new UsageException("--budget must be at least 4 runs");
    ClusterSettings cluster = a.cluster();
    Path dir = a.createOutFolder();
    TerminalProgress progress = new TerminalProgress(err, System.console() != null);
    long t0 = System.nanoTime();
    PoolingRecommender.Recommendation rec;
    List<SamplingEfficiency.Row> check = null;
    double wall;
    // One cluster membership (or local pool) for the sampling rounds and the --check runs.
    try (PoolingRunner where = new PoolingRunner(cluster); CtrlCHandler ctrlC = new CtrlCHandler(progress)) {
      rec = PoolingRecommender.recommend(s, plan, where, budget, s.getSeed(), progress);
      wall = (System.nanoTime() - t0) / 1e9;
      if (a.flag("check")) check = check(plan, rec, where, progress, s.getSeed());
    } catch (CanceledException e) {
      err.println("slicewright recommend: cancelled; nothing written");
      return ExitCodes.CANCELED;
    } catch (IllegalStateException e) {
      // A cluster without a worker, or runs that failed (the digit data missing, a worker's error).
      throw new UsageException(e.getMessage());
    }
    try {
      if (check != null) {
        StringBuilder b = new StringBuilder("budget,metric,active_rmse,random_rmse,full_grid_cv_rmse\n");
        for (SamplingEfficiency.Row row : check) {
          b.append(String.join(",", Integer.toString(row.budget()), row.metric(), plainNumber(row.activeRmse()), plainNumber(row.randomRmse()), plainNumber(row.fullGridCvRmse()))).append('\n');
        }
        ScenarioResources.writeAtomically(dir.resolve("sampling.csv"), b.toString().getBytes(StandardCharsets.UTF_8), false);
      }
      StringBuilder c = new StringBuilder(CANDIDATES).append('\n');
      for (CandidateSelection.Candidate cand : rec.selection().candidates()) {
        PolicyPoint p = cand.point();
        c.append(String.join(",", Integer.toString(cand.rank()), Boolean.toString(cand.tied()), p.policy(), plainNumber(p.parameters().get("subpools")),
            plainNumber(p.parameters().get("lambda_max")), plainNumber(p.metric("accuracy")), plainNumber(p.metric("convergence_rate")), plainNumber(p.metric("ru_total")),
            p.simulated() ? "simulated" : "predicted")).append('\n');
      }
      ScenarioResources.writeAtomically(dir.resolve("candidates.csv"), c.toString().getBytes(StandardCharsets.UTF_8), false);
      StringBuilder sg = new StringBuilder(SURROGATES).append('\n');
      for (List<FittedSurrogate> fs : rec.surrogates().values()) {
        for (int i = 0; i < fs.size(); i++) {
          sg.append(String.join(",", fs.get(i).metric(), fs.get(i).surrogate().learner(), plainNumber(fs.get(i).cvRmse()), Integer.toString(fs.get(i).data().size()),
              Boolean.toString(i == 0))).append('\n');
        }
      }
      ScenarioResources.writeAtomically(dir.resolve("surrogates.csv"), sg.toString().getBytes(StandardCharsets.UTF_8), false);
      List<String[]> summary = new ArrayList<>();
      summary.add(new String[] { "scenario", ScenarioNames.idAndName(s) });
      summary.add(new String[] { "file", file.toString() });
      summary.add(new String[] { "policy space", grid + " policies (sub-pools x lambda max)" + (quick ? ", a quarter of the ticks (--quick)" : "") });
      summary.add(new String[] { "simulated", String.format(Locale.ROOT, "%d runs by active sampling (%d saved against the full grid) in %.1f s", rec.simulated().size(),
          grid - rec.simulated().size(), wall) });
      ReportDocument doc = new ReportDocument("Recommended pooling policies: " + ScenarioNames.title(s));
      doc.heading("Scenario");
      doc.add(new ReportDocument.KeyValues(summary));
      RecommendationReport.appendTo(doc, rec);
      if (check != null) RecommendationReport.appendSampling(doc, check, grid);
      HtmlReportWriter.write(doc, dir.resolve("report.html"));
      PdfReportWriter.write(doc, dir.resolve("report.pdf"));
      if (a.flag("save")) {
        s.getSurrogates().clear();
        for (List<FittedSurrogate> fs : rec.surrogates().values()) s.getSurrogates().add(fs.get(0).toModel("surrogate-" + fs.get(0).metric().replace('_', '-')));
        ScenarioResources.save(s, file);
      }
    } catch (FileChangedException e) {
      throw new UsageException(file + " changed on disk while recommend ran; the surrogates were not saved (the report is written): run again");
    } catch (IOException e) {
      throw new UsageException("cannot write to " + dir + ": " + e.getMessage());
    }
    for (String line : rec.selection().explanation()) out.println(line);
    for (String i : rec.ignored()) out.println("not applied: " + i);
    List<CandidateSelection.Candidate> cs = rec.selection().candidates();
    for (CandidateSelection.Candidate cand : cs.subList(0, Math.min(5, cs.size()))) {
      PolicyPoint p = cand.point();
      out.println(String.format(Locale.ROOT, "  %d. %s: accuracy %.4f, convergence %.4f, %.0f RU (%s)", cand.rank(), p.label(), p.metric("accuracy"),
          p.metric("convergence_rate"), p.metric("ru_total"), p.simulated() ? "simulated" : "predicted"));
    }
    if (check != null) {
      for (String m : PoolingRecommender.METRICS) {
        int need = SamplingEfficiency.runsToMatch(check, m);
        out.println(need < 0
            ? m + ": no tested budget below the grid matched the full grid's error"
            : String.format(Locale.ROOT, "%s: active sampling matches the full grid's error with %d of %d runs (%d saved)", m, need, grid, grid - need));
      }
    }
    out.println(String.format(Locale.ROOT, "%s: %d of %d policies simulated in %.1f s -> %s", file, rec.simulated().size(), grid, wall, dir));
    return rec.selection().feasible() ? ExitCodes.OK : ExitCodes.PROBLEMS;
  }

  /** Simulates the rest of the grid, then replays sampling at several budgets against it. */
  private static List<SamplingEfficiency.Row> check(PoolingPlan plan, PoolingRecommender.Recommendation rec, PoolingRuns where, TerminalProgress progress, long seed) {
    Map<String, PoolingRunResult> done = new HashMap<>();
    for (PoolingRunResult r : rec.simulated()) done.put(r.subpools() + "@" + r.lambdaMax(), r);
    List<PoolingConfig> rest = plan.runs().stream().filter(c -> !done.containsKey(c.subPools() + "@" + c.lambdaMax())).toList();
    int threads = plan.threads() > 0 ? plan.threads() : Runtime.getRuntime().availableProcessors();
    progress.begin("Simulating the rest of the grid for --check", rest.size());
    PoolingSweep.Outcome o = where.run(rest, threads, progress, null);
    if (o.canceled()) throw new CanceledException();
    for (PoolingRunResult r : o.results()) done.put(r.subpools() + "@" + r.lambdaMax(), r);
    List<double[]> candidates = new ArrayList<>();
    List<double[]> metrics = new ArrayList<>();
    for (PoolingConfig c : plan.runs()) {
      PoolingRunResult r = done.get(c.subPools() + "@" + c.lambdaMax());
      candidates.add(new double[] { c.subPools(), c.lambdaMax() });
      metrics.add(new double[] { r.accuracy(), r.convergenceRate(), r.ruTotal() });
    }
    int g = candidates.size();
    int[] budgets = IntStream.of(g / 8, g / 6, g / 4, g / 3, g / 2, 3 * g / 4).filter(b -> b >= 8).distinct().toArray();
    return SamplingEfficiency.measure(PoolingRecommender.FEATURES, candidates, metrics, budgets, threads, seed);
  }

  private static String plainNumber(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e12 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.6g", v);
  }
}
