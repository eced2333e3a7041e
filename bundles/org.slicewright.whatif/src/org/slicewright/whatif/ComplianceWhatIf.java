package org.slicewright.whatif;

import java.nio.file.Path;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.slicewright.model.scenario.Run;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.report.ReportDocument;
import org.slicewright.report.tasks.ComplianceReport;
import org.slicewright.sim.ProgressMonitor;
import org.slicewright.sim.scenario.RunKind;
import org.slicewright.sim.tasks.ComplianceChecker;

/**
 * The QoAIS compliance table of a scenario whose services carry requirements but that has no study to
 * measure them: every requirement is listed, none measured, with what would measure it. It applies
 * only when no other what-if does (a study checks the requirements on its own runs), and adds no runs.
 */
public final class ComplianceWhatIf implements WhatIf<Scenario, List<ComplianceChecker.Compliance>> {
  private static final String NO_STUDY = "none (the scenario has no study to measure its requirements: add a pooling study for training or node-selection policies for inference)";

  @Override
  public String name() {
    return "compliance";
  }

  @Override
  public RunKind kind() {
    return RunKind.OTHER;
  }

  @Override
  public String title() {
    return "Compliance";
  }

  @Override
  public boolean appliesTo(Scenario s) {
    return s.getSlices().stream().anyMatch(sl -> sl.getServices().stream().anyMatch(v -> !v.getRequirements().isEmpty()));
  }

  @Override
  public WhatIfPlan<Scenario> plan(Scenario s, WhatIfOptions options) {
    return new WhatIfPlan<>(List.of(s), 1);
  }

  @Override
  public List<ComplianceChecker.Compliance> run(Scenario spec, ProgressMonitor monitor) {
    return ComplianceChecker.check(spec, null);
  }

  @Override
  public String describe(Scenario spec) {
    return "QoAIS compliance of " + spec.getId();
  }

  @Override
  public List<Run> toRuns(Scenario s, List<List<ComplianceChecker.Compliance>> results, int firstId) {
    return List.of();
  }

  @Override
  public List<String> writeCsv(Path dir, WhatIfResults<Scenario, List<ComplianceChecker.Compliance>> w) throws IOException {
    ComplianceCsv.write(dir, List.of(new ComplianceReport.RunRows("none", w.results().get(0))));
    return List.of(ComplianceCsv.FILE);
  }

  @Override
  public ReportDocument report(WhatIfResults<Scenario, List<ComplianceChecker.Compliance>> w) {
    ReportDocument doc = new ReportDocument("QoAIS compliance: " + w.scenarioName());
    ComplianceReport.add(doc, "QoAIS compliance", List.of(new ComplianceReport.RunRows(NO_STUDY, w.results().get(0))));
    return doc;
  }

  @Override
  public List<String> summaryLines(WhatIfResults<Scenario, List<ComplianceChecker.Compliance>> w, Path dir) {
    return List.of(String.format(Locale.ROOT, "%s: %d requirements, none measurable without a study -> %s", w.source(), w.results().get(0).size(), dir));
  }
}
