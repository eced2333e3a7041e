package org.slicewright.whatif;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slicewright.model.scenario.Run;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.report.ReportDocument;
import org.slicewright.report.offloading.OffloadingReport;
import org.slicewright.sim.ProgressMonitor;
import org.slicewright.sim.scenario.RunKind;
import org.slicewright.sim.offloading.OffloadingConfig;
import org.slicewright.sim.offloading.OffloadingStudy;
import org.slicewright.sim.scenario.OffloadingResultsCsv;
import org.slicewright.sim.scenario.OffloadingRunRecords;
import org.slicewright.sim.scenario.OffloadingScenarioMapper;

/**
 * The offloading what-if: one run that trains the DDNN at each local weight and the centralised
 * baselines, then traces each of the four policies' operating points. Writes {@code results.csv}
 * (see {@link OffloadingResultsCsv}). A cancelled training leaves nothing to write.
 */
public final class OffloadingWhatIf implements WhatIf<OffloadingConfig, OffloadingStudy.Result> {
  @Override
  public String name() {
    return "offloading";
  }

  @Override
  public RunKind kind() {
    return RunKind.OFFLOADING;
  }

  @Override
  public String title() {
    return "Offloading";
  }

  @Override
  public boolean appliesTo(Scenario s) {
    return OffloadingScenarioMapper.hasOffloadingPolicies(s);
  }

  @Override
  public WhatIfPlan<OffloadingConfig> plan(Scenario s, WhatIfOptions o) {
    return new WhatIfPlan<>(List.of(OffloadingScenarioMapper.config(s, o.quick())), 1);
  }

  @Override
  public OffloadingStudy.Result run(OffloadingConfig spec, ProgressMonitor monitor) {
    return new OffloadingStudy(spec).run(monitor);
  }

  @Override
  public String describe(OffloadingConfig spec) {
    return "offloading study, seed " + spec.seed();
  }

  @Override
  public List<Run> toRuns(Scenario s, List<OffloadingStudy.Result> results, int firstId) {
    List<Run> runs = new ArrayList<>();
    for (OffloadingStudy.Result r : results) runs.addAll(OffloadingRunRecords.toRuns(r, s.getSeed(), firstId + runs.size()));
    return runs;
  }

  @Override
  public List<String> writeCsv(Path dir, WhatIfResults<OffloadingConfig, OffloadingStudy.Result> w) throws IOException {
    WhatIfFiles.write(dir, "results.csv", OffloadingResultsCsv.write(w.results().get(0), w.plan().get(0).seed()));
    return List.of("results.csv");
  }

  @Override
  public ReportDocument report(WhatIfResults<OffloadingConfig, OffloadingStudy.Result> w) {
    OffloadingStudy.Result r = w.results().get(0);
    List<String[]> rows = new ArrayList<>(w.origin());
    rows.addAll(OffloadingReport.settings(w.plan().get(0)));
    rows.add(new String[] { "wall time", String.format(Locale.ROOT, "%.1f s (training %.1f s)", w.wallS(), r.trainingSeconds()) });
    return OffloadingReport.build("Offloading what-if: " + w.scenarioName(), rows, r);
  }

  @Override
  public List<String> summaryLines(WhatIfResults<OffloadingConfig, OffloadingStudy.Result> w, Path dir) {
    OffloadingStudy.Result r = w.results().get(0);
    return List.of(String.format(Locale.ROOT, "%s: %d operating points of 4 policies at %d local weights and %d centralised baselines on %d test samples in %.1f s -> %s",
        w.source(), r.points().size(), r.weights().size(), r.baselines().size(), r.testSamples(), w.wallS(), dir));
  }
}
