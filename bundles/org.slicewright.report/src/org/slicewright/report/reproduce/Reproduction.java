package org.slicewright.report.reproduce;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.slicewright.learn.reproduce.EdgeFindings;
import org.slicewright.learn.reproduce.Finding;
import org.slicewright.learn.reproduce.OffloadingFindings;
import org.slicewright.learn.reproduce.PoolingFindings;
import org.slicewright.learn.reproduce.QoaisFindings;
import org.slicewright.learn.reproduce.TwinFindings;
import org.slicewright.learn.reproduce.Verdict;
import org.slicewright.model.scenario.PoolingStudy;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.util.ScenarioResources;
import org.slicewright.report.HtmlReportWriter;
import org.slicewright.report.PdfReportWriter;
import org.slicewright.report.ReportDocument;
import org.slicewright.report.offloading.OffloadingReport;
import org.slicewright.report.pooling.PoolingReport;
import org.slicewright.data.traces.TraceFormatException;
import org.slicewright.sim.CanceledException;
import org.slicewright.sim.ProgressMonitor;
import org.slicewright.sim.edge.EdgeConfig;
import org.slicewright.sim.edge.FrameDoubling;
import org.slicewright.sim.offloading.OffloadingConfig;
import org.slicewright.sim.pooling.PoolingConfig;
import org.slicewright.sim.scenario.EdgeScenarioMapper;
import org.slicewright.sim.scenario.OffloadingScenarioMapper;
import org.slicewright.sim.scenario.PoolingPlan;
import org.slicewright.sim.scenario.PoolingScenarioMapper;
import org.slicewright.sim.scenario.TwinScenarioMapper;
import org.slicewright.sim.sweep.PoolingRuns;
import org.slicewright.sim.tasks.TrainingCompliance;
import org.slicewright.sim.twins.TwinStudyConfig;

/**
 * The reproduction of the source studies on the bundled examples, run headless: the command line's
 * {@code reproduce} and the workbench's What-If > Reproduce Studies both call {@link #run}. It runs each
 * study's findings and writes {@code reproduction.csv}
 * ({@code paper,finding,paper_value,tolerance,tool_value,verdict}), {@code report.html} and
 * {@code report.pdf} into the output folder.
 */
public final class Reproduction {
  /** The example the pooling findings run on, under the examples folder. */
  public static final String POOLING_EXAMPLE = "pooling-32ap";
  /** The example the offloading findings run on. */
  public static final String OFFLOADING_EXAMPLE = "offloading-ddnn";
  /** The example the edge findings run on. */
  public static final String EDGE_EXAMPLE = "hetero-edge";
  /** The example the digital-twin findings run on. */
  public static final String TWIN_EXAMPLE = "twin-demand";
  /** The example whose QoAIS requirements are measured. */
  public static final String TASKS_EXAMPLE = "tona-tasks";

  /** Emulated seconds per selection policy, full and quick. */
  static final double EDGE_SECONDS = 600, EDGE_QUICK_SECONDS = 120;

  /** A loaded example and its file. */
  public record Example(Scenario scenario, Path file) {
  }

  /** What a reproduction found and how long it took. */
  public record Result(List<Finding> findings, boolean canceled, double wallSeconds) {
    public long reproduced() {
      return findings.stream().filter(f -> f.verdict() == Verdict.REPRODUCED).count();
    }
  }

  private Reproduction() {
  }

  /** The pooling example's file under an examples folder. */
  public static Path poolingExample(Path examples) {
    return example(examples, POOLING_EXAMPLE);
  }

  /** The offloading example's file under an examples folder. */
  public static Path offloadingExample(Path examples) {
    return example(examples, OFFLOADING_EXAMPLE);
  }

  /** The example files reproduce needs, in the order it runs them (and {@link #run} takes them). */
  public static List<Path> examples(Path examples) {
    return List.of(poolingExample(examples), offloadingExample(examples), example(examples, EDGE_EXAMPLE), example(examples, TWIN_EXAMPLE),
        example(examples, TASKS_EXAMPLE));
  }

  /** The smallest and largest of a sweep's values: the quick reproduction's grid. */
  private static List<Double> ends(List<Double> values) {
    double lo = Collections.min(values), hi = Collections.max(values);
    return lo == hi ? List.of(lo) : List.of(lo, hi);
  }

  private static Path example(Path examples, String name) {
    return examples.resolve(name).resolve(name + "." + ScenarioResources.FILE_EXTENSION);
  }

  /**
   * Runs the findings of each study on its loaded example and writes the three files.
   *
   * @param poolingRuns where the pooling and QoAIS studies' training runs execute (this machine or a cluster)
   * @throws IllegalArgumentException naming the element when an example cannot be run
   */
  public static Result run(List<Example> examples, Path outDir, boolean quick, int threads, PoolingRuns poolingRuns, ProgressMonitor monitor)
      throws IOException {
    if (examples.size() != 5) throw new IllegalArgumentException("reproduce needs the five examples of examples(), has " + examples.size());
    Example poolingExample = examples.get(0), offloadingExample = examples.get(1), edgeExample = examples.get(2), twinExample = examples.get(3),
        tasksExample = examples.get(4);
    Scenario pooling = poolingExample.scenario();
    Path exampleFile = poolingExample.file();
    if (pooling.getPoolingStudies().isEmpty()) throw new IllegalArgumentException(exampleFile + ": scenario '" + pooling.getId() + "' has no pooling study");
    OffloadingConfig offloading;
    try {
      offloading = OffloadingScenarioMapper.config(offloadingExample.scenario(), quick);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(offloadingExample.file() + ": " + e.getMessage(), e);
    }
    List<EdgeConfig> edge = new ArrayList<>();
    try {
      Scenario es = edgeExample.scenario();
      if (es.getSelectionPolicies().isEmpty()) throw new IllegalArgumentException("scenario '" + es.getId() + "' has no node-selection policy");
      edge.addAll(EdgeScenarioMapper.configs(es, quick ? EDGE_QUICK_SECONDS : EDGE_SECONDS));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(edgeExample.file() + ": " + e.getMessage(), e);
    }
    TwinStudyConfig twins;
    List<List<Double>> twinGrid;
    try {
      Scenario ts = twinExample.scenario();
      if (!TwinScenarioMapper.hasTwinModelSweep(ts)) throw new IllegalArgumentException("scenario '" + ts.getId() + "' has no twin-model sweep");
      twins = TwinScenarioMapper.config(ts, twinExample.file().toAbsolutePath().getParent(), quick, threads);
      twinGrid = TwinScenarioMapper.twinModelSweep(ts);
      if (quick) twinGrid = List.of(ends(twinGrid.get(0)), ends(twinGrid.get(1)));
    } catch (IllegalArgumentException | TraceFormatException e) {
      throw new IllegalArgumentException(twinExample.file() + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new IllegalArgumentException(twinExample.file() + ": cannot read a trace: " + e.getMessage(), e);
    }
    Scenario tona = tasksExample.scenario();
    PoolingPlan tasksPlan;
    PoolingConfig tasksBase;
    try {
      if (!TrainingCompliance.applies(tona)) throw new IllegalArgumentException("scenario '" + tona.getId() + "' states no requirement of a trained service");
      tasksPlan = PoolingScenarioMapper.plan(tona, 0, threads, quick);
      tasksBase = PoolingScenarioMapper.baseConfig(tona, tona.getPoolingStudies().get(0));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(tasksExample.file() + ": " + e.getMessage(), e);
    }
    PoolingStudy study = pooling.getPoolingStudies().get(0);
    PoolingConfig base = PoolingScenarioMapper.baseConfig(pooling, study);
    double topLambda = pooling.getSweeps().isEmpty() || pooling.getSweeps().get(0).getLambdaMaxValues().isEmpty()
        ? study.getLambdaMax()
        : Collections.max(pooling.getSweeps().get(0).getLambdaMaxValues());
    Files.createDirectories(outDir);
    long t0 = System.nanoTime();
    PoolingFindings.Outcome outcome = PoolingFindings.run(base, topLambda, poolingRuns, quick, threads, monitor, r -> {});
    double poolingWall = (System.nanoTime() - t0) / 1e9;
    OffloadingFindings.Outcome offload = outcome.canceled()
        ? new OffloadingFindings.Outcome(List.of(), OffloadingFindings.compare(List.of()), true)
        : OffloadingFindings.run(offloading, monitor);
    double offloadingWall = (System.nanoTime() - t0) / 1e9 - poolingWall;
    EdgeFindings.Outcome edgeOutcome = offload.canceled() ? null : EdgeFindings.run(edge, FrameDoubling.STUDY_FRAME, monitor);
    long t1 = System.nanoTime();
    TwinFindings.Outcome twinOutcome = null;
    QoaisFindings.Outcome tasksOutcome = null;
    long t2 = t1;
    try {
      if (edgeOutcome != null) twinOutcome = TwinFindings.run(twins, twinGrid.get(0), twinGrid.get(1), monitor);
      t2 = System.nanoTime();
      if (twinOutcome != null) tasksOutcome = QoaisFindings.run(tona, tasksBase, tasksPlan.runs(), tasksPlan.threads(), poolingRuns, monitor);
    } catch (CanceledException e) {
      // The report covers the studies that finished.
    }
    double twinWall = (t2 - t1) / 1e9, tasksWall = (System.nanoTime() - t2) / 1e9;
    double wall = (System.nanoTime() - t0) / 1e9;
    List<String[]> settings = new ArrayList<>();
    settings.add(new String[] { "example", exampleFile.toString() });
    settings.add(new String[] { "mode", quick
        ? "quick: sub-pools 1, 4 and " + base.apCount() + " at lambda max = 1 only"
        : "full: the study's Fig. 5 load and the example's top load " + PoolingReport.lam(topLambda) });
    settings.add(new String[] { "seeds", PoolingFindings.SEEDS + " at lambda max = 1 (from seed " + base.seed() + ")" + (quick ? "" : ", 1 at the top load") });
    settings.addAll(PoolingReport.settings(base));
    settings.add(new String[] { "runs", String.format(Locale.ROOT, "%d in %.1f s", outcome.fig5().size() + outcome.topLoad().size(), poolingWall) });
    List<String[]> offloadingSettings = new ArrayList<>();
    offloadingSettings.add(new String[] { "example", offloadingExample.file().toString() });
    offloadingSettings.add(new String[] { "mode", (quick ? "quick (small DDNN, N = 48, 6 days)" : "full") + ": " + OffloadingFindings.SEEDS + " training seeds from "
        + offloading.seed() + ", w_L 0.1 and 0.9 always trained" });
    offloadingSettings.addAll(OffloadingReport.settings(offloading));
    offloadingSettings.add(new String[] { "studies", String.format(Locale.ROOT, "%d in %.1f s", offload.results().size(), offloadingWall) });
    List<String[]> edgeSettings = new ArrayList<>();
    edgeSettings.add(new String[] { "example", edgeExample.file().toString() });
    edgeSettings.add(new String[] { "emulation", String.format(Locale.ROOT, "%d policies, %.0f s each (seed %d); frame doubling %d -> %d px, each board alone, %.0f s per point",
        edge.size(), edge.get(0).durationS(), edge.get(0).seed(), FrameDoubling.STUDY_FRAME, 2 * FrameDoubling.STUDY_FRAME, FrameDoubling.SECONDS) });
    List<String[]> twinSettings = new ArrayList<>();
    twinSettings.add(new String[] { "example", twinExample.file().toString() });
    twinSettings.add(new String[] { "study", String.format(Locale.ROOT, "%d policies, %d periods of %.0f s after %d periods of history%s", twins.policies().size(),
        twins.periods(), twins.periodS(), twins.history(), quick ? " (quick)" : "") });
    twinSettings.add(new String[] { "twin-model sweep", String.format(Locale.ROOT, "sync periods %s s x precisions %s, the forecast instance each, in %.1f s",
        twinGrid.get(0), twinGrid.get(1), twinWall) });
    List<String[]> tasksSettings = new ArrayList<>();
    tasksSettings.add(new String[] { "example", tasksExample.file().toString() });
    tasksSettings.add(new String[] { "training runs", String.format(Locale.ROOT, "%d pooling runs (%d ticks each%s) in %.1f s", tasksPlan.runs().size(),
        tasksPlan.runs().get(0).ticks(), quick ? ", quick" : "", tasksWall) });
    List<Finding> findings = new ArrayList<>(outcome.findings());
    findings.addAll(offload.findings());
    if (edgeOutcome != null) findings.addAll(edgeOutcome.findings());
    if (twinOutcome != null) findings.addAll(twinOutcome.findings());
    if (tasksOutcome != null) findings.addAll(tasksOutcome.findings());
    StringBuilder csv = new StringBuilder(Finding.csvHeader()).append('\n');
    for (Finding f : findings) csv.append(f.toCsvRow()).append('\n');
    ScenarioResources.writeAtomically(outDir.resolve("reproduction.csv"), csv.toString().getBytes(StandardCharsets.UTF_8), false);
    ReportDocument doc = ReproductionReport.build(settings, outcome, offloadingSettings, offload, edgeSettings, edgeOutcome);
    ReproductionReport.twins(doc, twinSettings, twinOutcome);
    ReproductionReport.tasks(doc, tasksSettings, tasksOutcome);
    HtmlReportWriter.write(doc, outDir.resolve("report.html"));
    PdfReportWriter.write(doc, outDir.resolve("report.pdf"));
    return new Result(findings, outcome.canceled() || offload.canceled() || edgeOutcome == null || twinOutcome == null || tasksOutcome == null
        || tasksOutcome.canceled(), wall);
  }
}
