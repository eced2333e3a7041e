package org.slicewright.whatif;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slicewright.learn.pooling.PoolingRecommender;
import org.slicewright.model.scenario.Run;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.scenario.Sweep;
import org.slicewright.report.ReportDocument;
import org.slicewright.report.learn.RecommendationReport;
import org.slicewright.report.pooling.PoolingReport;
import org.slicewright.report.tasks.ComplianceReport;
import org.slicewright.sim.ProgressMonitor;
import org.slicewright.sim.scenario.RunKind;
import org.slicewright.sim.pooling.DigitTask;
import org.slicewright.sim.pooling.PoolingConfig;
import org.slicewright.sim.pooling.PoolingRunResult;
import org.slicewright.sim.pooling.PoolingSimulation;
import org.slicewright.sim.scenario.PoolingPlan;
import org.slicewright.sim.scenario.PoolingRunRecords;
import org.slicewright.sim.scenario.PoolingScenarioMapper;
import org.slicewright.sim.sweep.PoolingSweep;
import org.slicewright.sim.tasks.TrainingCompliance;

/**
 * The pooling sweep: one run per sub-pool count, lambda max and seed of the scenario's sweep. A run's
 * specification is its whole {@link PoolingConfig}, so it travels to a cluster worker. Writes
 * {@code results.csv} (streamed a row per finished run, rewritten in plan order at the end), the
 * report with the learners' recommendation, and {@code compliance.csv} when the services carry QoAIS
 * requirements.
 */
public final class PoolingWhatIf implements WhatIf<PoolingConfig, PoolingRunResult>, StreamedCsv<PoolingRunResult> {
  public static final String RESULTS = "results.csv";
  /** The digit data, read once per process and test-set size whatever the number of runs and sweeps. */
  private static final Map<Integer, DigitTask> DIGITS = new ConcurrentHashMap<>();

  @Override
  public String name() {
    return "pooling";
  }

  @Override
  public RunKind kind() {
    return RunKind.POOLING;
  }

  @Override
  public String title() {
    return "Pooling";
  }

  @Override
  public boolean appliesTo(Scenario s) {
    return PoolingScenarioMapper.hasPoolingStudy(s);
  }

  @Override
  public WhatIfPlan<PoolingConfig> plan(Scenario s, WhatIfOptions o) throws IOException {
    PoolingPlan plan = PoolingScenarioMapper.plan(s, o.seeds(), o.threads(), o.quick());
    // Read the digits now: missing data is reported before any run starts, not once per run.
    for (PoolingConfig c : plan.runs()) digits(c.testPerClass());
    return new WhatIfPlan<>(plan.runs(), plan.threads());
  }

  @Override
  public PoolingRunResult run(PoolingConfig spec, ProgressMonitor monitor) throws IOException {
    return new PoolingSimulation(spec, digits(spec.testPerClass())).run(monitor);
  }

  private static DigitTask digits(int testPerClass) throws IOException {
    try {
      return DIGITS.computeIfAbsent(testPerClass, n -> {
        try {
          return DigitTask.loadDefault(n);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  @Override
  public String describe(PoolingConfig spec) {
    return PoolingSweep.describe(spec);
  }

  @Override
  public boolean distributable() {
    return true;
  }

  @Override
  public boolean keepsFinishedRuns() {
    return true;
  }

  @Override
  public List<Run> toRuns(Scenario s, List<PoolingRunResult> results, int firstId) {
    List<Run> runs = new ArrayList<>();
    for (PoolingRunResult r : results) runs.add(PoolingRunRecords.toRun(r, "run-" + (firstId + runs.size())));
    return runs;
  }

  @Override
  public String csvHeader() {
    return PoolingRunResult.csvHeader();
  }

  @Override
  public String csvRow(PoolingRunResult result) {
    return result.toCsvRow();
  }

  /** {@code results.csv}: the header and a row per run, in the order given. */
  static String resultsCsv(List<PoolingRunResult> results) {
    StringBuilder csv = new StringBuilder(PoolingRunResult.csvHeader()).append('\n');
    for (PoolingRunResult r : results) csv.append(r.toCsvRow()).append('\n');
    return csv.toString();
  }

  @Override
  public List<String> writeCsv(Path dir, WhatIfResults<PoolingConfig, PoolingRunResult> w) throws IOException {
    WhatIfFiles.write(dir, RESULTS, resultsCsv(w.results()));
    TrainingCompliance.Outcome qoais = compliance(w);
    if (qoais == null) return List.of(RESULTS);
    ComplianceCsv.write(dir, List.of(new ComplianceReport.RunRows(qoais.chosen() == null ? "none" : qoais.chosen().run(), qoais.rows())));
    return List.of(RESULTS, ComplianceCsv.FILE);
  }

  /** The scenario's policy checked against its services' QoAIS requirements, or null when they carry none. */
  private static TrainingCompliance.Outcome compliance(WhatIfResults<PoolingConfig, PoolingRunResult> w) {
    Scenario s = w.scenario();
    if (!TrainingCompliance.applies(s)) return null;
    return TrainingCompliance.of(s, PoolingScenarioMapper.baseConfig(s, s.getPoolingStudies().get(0)), w.results());
  }

  @Override
  public ReportDocument report(WhatIfResults<PoolingConfig, PoolingRunResult> w) {
    ReportDocument doc = PoolingReport.build("Pooling what-if: " + w.scenarioName(), summary(w), w.results(), w.outcome().canceled());
    TrainingCompliance.Outcome qoais = compliance(w);
    if (qoais != null) {
      ComplianceReport.add(doc, "QoAIS compliance of the scenario's policy", List.of(new ComplianceReport.RunRows(qoais.choice(), qoais.rows())));
      ComplianceReport.runs(doc, qoais.runs());
    }
    if (w.results().size() >= 4) {
      // The learning module's view of the same runs: fitted curves, surrogate errors, recommended policies.
      RecommendationReport.appendTo(doc, PoolingRecommender.fromRuns(w.scenario(), w.results(), w.scenario().getSeed()));
    }
    return doc;
  }

  private static List<String[]> summary(WhatIfResults<PoolingConfig, PoolingRunResult> w) {
    Scenario s = w.scenario();
    PoolingConfig c = w.plan().get(0);
    List<String[]> rows = new ArrayList<>(w.origin());
    if (s.getDescription() != null) rows.add(new String[] { "description", s.getDescription() });
    rows.add(new String[] { "access points", Integer.toString(c.apCount()) });
    rows.add(new String[] { "pooling policy", c.policy() + (c.apRates() == null ? ", rates drawn from U(0, lambda max]" : ", rates from the twins") });
    rows.addAll(PoolingReport.settings(c));
    if (!s.getSweeps().isEmpty()) {
      Sweep sweep = s.getSweeps().get(0);
      rows.add(new String[] { "sweep", sweep.getId() + (w.options().quick() ? " (quick: reduced k values and ticks)" : "") });
    }
    rows.add(new String[] { "runs", w.results().size() + " of " + w.plan().size() + String.format(Locale.ROOT, " in %.1f s", w.wallS()) });
    return rows;
  }

  @Override
  public List<String> summaryLines(WhatIfResults<PoolingConfig, PoolingRunResult> w, Path dir) {
    List<String> lines = new ArrayList<>();
    TrainingCompliance.Outcome qoais = compliance(w);
    if (qoais != null) lines.add("  QoAIS of " + qoais.choice() + ": " + ComplianceCsv.summary(qoais.rows()) + " -> " + dir.resolve(ComplianceCsv.FILE));
    lines.add(String.format(Locale.ROOT, "%s: %d of %d runs in %.1f s -> %s, %s, %s", w.source(), w.results().size(), w.plan().size(), w.wallS(),
        dir.resolve(RESULTS), dir.resolve("report.html"), dir.resolve("report.pdf")));
    return lines;
  }
}
