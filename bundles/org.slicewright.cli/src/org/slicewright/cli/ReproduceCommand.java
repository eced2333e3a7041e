package org.slicewright.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.slicewright.learn.reproduce.Finding;
import org.slicewright.learn.reproduce.PoolingFindings;
import org.slicewright.learn.reproduce.Verdict;
import org.slicewright.model.scenario.PoolingStudy;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.util.ScenarioResources;
import org.slicewright.report.HtmlReportWriter;
import org.slicewright.report.PdfReportWriter;
import org.slicewright.report.ReportDocument;
import org.slicewright.report.reproduce.ReproductionReport;
import org.slicewright.sim.pooling.DigitTask;
import org.slicewright.sim.pooling.PoolingConfig;
import org.slicewright.sim.scenario.PoolingScenarioMapper;

/**
 * {@code reproduce [--quick] --out DIR [--threads N]}: runs the case study of each source paper on the
 * bundled examples and writes {@code reproduction.csv}
 * ({@code paper,finding,paper_value,tolerance,tool_value,verdict}), {@code report.html} and
 * {@code report.pdf}. The examples folder is the {@code slicewright.examples} system property (the
 * launcher sets it), else {@code examples/} under the working directory.
 */
final class ReproduceCommand {
  static final String POOLING_EXAMPLE = "pooling-32ap";
  private final PrintStream out;
  private final PrintStream err;

  ReproduceCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(Arguments a) throws UsageException {
    String outDir = a.value("out");
    if (outDir == null) throw new UsageException("missing --out DIR");
    int threads = a.intValue("threads", 0, 1);
    boolean quick = a.flag("quick");
    Path file = examples().resolve(POOLING_EXAMPLE).resolve(POOLING_EXAMPLE + ".slicewright");
    if (!Files.isRegularFile(file)) throw new UsageException("bundled example not found: " + file + " (set -Dslicewright.examples=DIR)");
    Scenario s = ScenarioInput.loadValid(file);
    PoolingConfig base;
    double topLambda;
    try {
      PoolingStudy study = s.getPoolingStudies().get(0);
      base = PoolingScenarioMapper.baseConfig(s, study);
      topLambda = s.getSweeps().isEmpty() || s.getSweeps().get(0).getLambdaMaxValues().isEmpty() ? study.getLambdaMax()
          : Collections.max(s.getSweeps().get(0).getLambdaMaxValues());
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      throw new UsageException(file + ": " + e.getMessage());
    }
    Path dir = EvaluateCommand.outputFolder(outDir);
    DigitTask task;
    try {
      task = DigitTask.loadDefault(PoolingScenarioMapper.TEST_PER_CLASS);
    } catch (IOException e) {
      throw new UsageException(e.getMessage());
    }
    TerminalProgress progress = new TerminalProgress(err, System.console() != null);
    long t0 = System.nanoTime();
    PoolingFindings.Outcome pooling;
    try (CtrlCHandler ctrlC = new CtrlCHandler(progress)) {
      pooling = PoolingFindings.run(base, topLambda, task, quick, threads, progress, r -> { });
    }
    double wall = (System.nanoTime() - t0) / 1e9;
    List<String[]> settings = new ArrayList<>();
    settings.add(new String[] { "example", file.toString() });
    settings.add(new String[] { "mode", quick ? "quick: sub-pools 1, 4 and " + base.apCount() + " at lambda max = 1 only" : "full: Fig. 5 load and the example's top load "
        + topLambda });
    settings.add(new String[] { "seeds", PoolingFindings.SEEDS + " at lambda max = 1 (from seed " + base.seed() + "), 1 at the top load" });
    settings.addAll(EvaluateCommand.poolingSettings(base));
    settings.add(new String[] { "runs", String.format(Locale.ROOT, "%d in %.1f s", pooling.fig5().size() + pooling.topLoad().size(), wall) });
    ReportDocument doc = ReproductionReport.build(settings, pooling);
    StringBuilder csv = new StringBuilder(Finding.csvHeader()).append('\n');
    for (Finding f : pooling.findings()) csv.append(f.toCsvRow()).append('\n');
    try {
      ScenarioResources.writeAtomically(dir.resolve("reproduction.csv"), csv.toString().getBytes(StandardCharsets.UTF_8), false);
      HtmlReportWriter.write(doc, dir.resolve("report.html"));
      PdfReportWriter.write(doc, dir.resolve("report.pdf"));
    } catch (IOException e) {
      throw new UsageException("cannot write to " + dir + ": " + e.getMessage());
    }
    long reproduced = pooling.findings().stream().filter(f -> f.verdict() == Verdict.REPRODUCED).count();
    for (Finding f : pooling.findings()) out.println(f.verdict().label() + ": " + f.finding() + ": paper " + f.paperValue() + ", tool " + f.toolValue());
    out.println(String.format(Locale.ROOT, "%d of %d findings reproduced in %.1f s -> %s", reproduced, pooling.findings().size(), wall, dir.resolve("reproduction.csv")));
    if (pooling.canceled()) {
      err.println("slicewright reproduce: cancelled; the report covers the finished runs");
      return ExitCodes.CANCELED;
    }
    return ExitCodes.OK;
  }

  static Path examples() {
    String prop = System.getProperty("slicewright.examples");
    return prop != null ? Path.of(prop) : Path.of("examples");
  }
}
