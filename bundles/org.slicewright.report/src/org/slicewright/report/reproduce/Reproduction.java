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
import org.slicewright.learn.reproduce.Verdict;
import org.slicewright.model.scenario.PoolingStudy;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.util.ScenarioResources;
import org.slicewright.report.HtmlReportWriter;
import org.slicewright.report.PdfReportWriter;
import org.slicewright.report.ReportDocument;
import org.slicewright.report.offloading.OffloadingReport;
import org.slicewright.report.pooling.PoolingReport;
import org.slicewright.sim.ProgressMonitor;
import org.slicewright.sim.edge.EdgeConfig;
import org.slicewright.sim.edge.FrameDoubling;
import org.slicewright.sim.pooling.DigitTask;
import org.slicewright.sim.offloading.OffloadingConfig;
import org.slicewright.sim.pooling.PoolingConfig;
import org.slicewright.sim.scenario.EdgeScenarioMapper;
import org.slicewright.sim.scenario.OffloadingScenarioMapper;
import org.slicewright.sim.scenario.PoolingScenarioMapper;

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
    return List.of(poolingExample(examples), offloadingExample(examples), example(examples, EDGE_EXAMPLE));
  }

  private static Path example(Path examples, String name) {
    return examples.resolve(name).resolve(name + "." + ScenarioResources.FILE_EXTENSION);
  }

  /**
   * Runs the findings of each study on its loaded example and writes the three files.
   *
   * @throws IllegalArgumentException naming the element when an example cannot be run
   */
  public static Result run(List<Example> examples, Path outDir, boolean quick, int threads, ProgressMonitor monitor) throws IOException {
    Example poolingExample = examples.get(0), offloadingExample = examples.get(1), edgeExample = examples.get(2);
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
    PoolingStudy study = pooling.getPoolingStudies().get(0);
    PoolingConfig base = PoolingScenarioMapper.baseConfig(pooling, study);
    double topLambda = pooling.getSweeps().isEmpty() || pooling.getSweeps().get(0).getLambdaMaxValues().isEmpty() ? study.getLambdaMax()
        : Collections.max(pooling.getSweeps().get(0).getLambdaMaxValues());
    Files.createDirectories(outDir);
    DigitTask task = DigitTask.loadDefault(PoolingScenarioMapper.TEST_PER_CLASS);
    long t0 = System.nanoTime();
    PoolingFindings.Outcome outcome = PoolingFindings.run(base, topLambda, task, quick, threads, monitor, r -> { });
    double poolingWall = (System.nanoTime() - t0) / 1e9;
    OffloadingFindings.Outcome offload = outcome.canceled() ? new OffloadingFindings.Outcome(List.of(), OffloadingFindings.compare(List.of()), true)
        : OffloadingFindings.run(offloading, monitor);
    double offloadingWall = (System.nanoTime() - t0) / 1e9 - poolingWall;
    EdgeFindings.Outcome edgeOutcome = offload.canceled() ? null : EdgeFindings.run(edge, FrameDoubling.STUDY_FRAME, monitor);
    double wall = (System.nanoTime() - t0) / 1e9;
    List<String[]> settings = new ArrayList<>();
    settings.add(new String[] { "example", exampleFile.toString() });
    settings.add(new String[] { "mode", quick ? "quick: sub-pools 1, 4 and " + base.apCount() + " at lambda max = 1 only"
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
    List<Finding> findings = new ArrayList<>(outcome.findings());
    findings.addAll(offload.findings());
    if (edgeOutcome != null) findings.addAll(edgeOutcome.findings());
    StringBuilder csv = new StringBuilder(Finding.csvHeader()).append('\n');
    for (Finding f : findings) csv.append(f.toCsvRow()).append('\n');
    ScenarioResources.writeAtomically(outDir.resolve("reproduction.csv"), csv.toString().getBytes(StandardCharsets.UTF_8), false);
    ReportDocument doc = ReproductionReport.build(settings, outcome, offloadingSettings, offload, edgeSettings, edgeOutcome);
    HtmlReportWriter.write(doc, outDir.resolve("report.html"));
    PdfReportWriter.write(doc, outDir.resolve("report.pdf"));
    return new Result(findings, outcome.canceled() || offload.canceled() || edgeOutcome == null, wall);
  }
}
