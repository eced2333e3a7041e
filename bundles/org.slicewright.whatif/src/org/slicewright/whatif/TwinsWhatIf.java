package org.slicewright.whatif;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slicewright.data.traces.TraceFormatException;
import org.slicewright.model.scenario.Run;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.twins.LevelTwoTwin;
import org.slicewright.model.twins.TwinsPackage;
import org.slicewright.report.ReportDocument;
import org.slicewright.report.twins.TwinReport;
import org.slicewright.sim.ProgressMonitor;
import org.slicewright.sim.scenario.RunKind;
import org.slicewright.sim.scenario.TwinRunRecords;
import org.slicewright.sim.scenario.TwinScenarioMapper;
import org.slicewright.sim.twins.ReservationPolicy;
import org.slicewright.sim.twins.TwinModelSweep;
import org.slicewright.sim.twins.TwinStudy;
import org.slicewright.sim.twins.TwinStudyConfig;
import org.slicewright.sim.twins.TwinStudyResult;

/**
 * The twin-fed what-if: one run that emulates an instance of the network per reservation policy over
 * the twins' timeline, and the twin-model sweep when the study asks for it. Writes {@code results.csv}
 * ({@code period,instance,policy,slice,demand,forecast,reserved,used,shortfall,sla_met}),
 * {@code nodes.csv} (each serving node's demand per slice and period) and {@code sweep.csv}. In the
 * model, each level-two twin then holds its slice's utilisation and SLA satisfaction under the
 * forecasting instance (else the first).
 */
public final class TwinsWhatIf implements WhatIf<TwinsWhatIf.Study, TwinsWhatIf.StudyResult> {
  public static final String HEADER = "period,instance,policy,slice,demand,forecast,reserved,used,shortfall,sla_met";
  public static final String NODES_HEADER = "period,slice,node,demand";
  public static final String SWEEP_HEADER = "sync_period_s,precision,sync_ru,forecast_error,twin_error,sla_share,pareto";

  /** The study's configuration, and the twin-model sweep's sync periods and precisions (empty when not asked). */
  public record Study(TwinStudyConfig config, List<Double> syncPeriods, List<Double> precisions) {
  }

  /** The study's result with the configuration it ran (its prices are part of each stored run). */
  public record StudyResult(TwinStudyConfig config, TwinStudyResult study, List<TwinModelSweep.Point> sweep) {
  }

  @Override
  public String name() {
    return "twins";
  }

  @Override
  public RunKind kind() {
    return RunKind.TWINS;
  }

  @Override
  public String title() {
    return "Twins";
  }

  @Override
  public boolean appliesTo(Scenario s) {
    return TwinScenarioMapper.hasTwinStudy(s);
  }

  @Override
  public WhatIfPlan<Study> plan(Scenario s, WhatIfOptions o) throws IOException, TraceFormatException {
    Path traces = o.traceFolder() == null ? TwinScenarioMapper.baseDir(s) : o.traceFolder();
    TwinStudyConfig c = TwinScenarioMapper.config(s, traces, o.quick(), o.threads());
    // One run; the study's instances use the threads themselves.
    if (!o.analyses() || !TwinScenarioMapper.hasTwinModelSweep(s)) return new WhatIfPlan<>(List.of(new Study(c, List.of(), List.of())), 1);
    List<List<Double>> grid = TwinScenarioMapper.twinModelSweep(s);
    return new WhatIfPlan<>(List.of(new Study(c, grid.get(0), grid.get(1))), 1);
  }

  @Override
  public StudyResult run(Study spec, ProgressMonitor monitor) {
    TwinStudyResult r = new TwinStudy(spec.config()).run(monitor);
    List<TwinModelSweep.Point> sweep = spec.syncPeriods().isEmpty() ? List.of() : TwinModelSweep.run(spec.config(), spec.syncPeriods(), spec.precisions(), monitor);
    return new StudyResult(spec.config(), r, sweep);
  }

  @Override
  public String describe(Study spec) {
    return "twin study, seed " + spec.config().seed();
  }

  @Override
  public List<Run> toRuns(Scenario s, List<StudyResult> results, int firstId) {
    List<Run> runs = new ArrayList<>();
    for (StudyResult r : results) {
      TwinStudyConfig c = r.config();
      runs.addAll(TwinRunRecords.toRuns(r.study(), s.getSeed(), c.periodS(), c.pricePerUnit(), c.shortfallMultiplier(), firstId + runs.size()));
    }
    return runs;
  }

  @Override
  public List<FeatureChange> changes(Scenario s, List<StudyResult> results) {
    List<FeatureChange> changes = new ArrayList<>();
    for (StudyResult sr : results) {
      TwinStudyResult result = sr.study();
      int inst = result.summaries().stream().filter(p -> p.policy() == ReservationPolicy.FORECAST)
          .mapToInt(TwinStudyResult.PolicySummary::instance).findFirst().orElse(0);
      for (LevelTwoTwin l2 : s.getLevelTwoTwins()) {
        if (l2.getSlice() == null) continue;
        for (TwinStudyResult.SliceInfo sl : result.slices()) {
          if (!sl.slice().equals(l2.getSlice().getId())) continue;
          changes.add(new FeatureChange(l2, TwinsPackage.Literals.LEVEL_TWO_TWIN__UTILISATION, sl.utilisation()[inst]));
          changes.add(new FeatureChange(l2, TwinsPackage.Literals.LEVEL_TWO_TWIN__SLA_SATISFACTION, sl.slaSatisfaction()[inst]));
        }
      }
    }
    return changes;
  }

  @Override
  public List<String> writeCsv(Path dir, WhatIfResults<Study, StudyResult> w) throws IOException {
    StudyResult sr = w.results().get(0);
    StringBuilder csv = new StringBuilder(HEADER).append('\n');
    for (TwinStudyResult.Row row : sr.study().rows()) {
      csv.append(row.period()).append(',').append(row.instance()).append(',').append(row.policy().name().toLowerCase(Locale.ROOT)).append(',')
          .append(row.slice()).append(',').append(fourDecimals(row.demand())).append(',').append(fourDecimals(row.forecast())).append(',').append(fourDecimals(row.reserved())).append(',')
          .append(fourDecimals(row.used())).append(',').append(fourDecimals(row.shortfall())).append(',').append(row.slaMet()).append('\n');
    }
    WhatIfFiles.write(dir, "results.csv", csv);
    StringBuilder nodes = new StringBuilder(NODES_HEADER).append('\n');
    for (TwinStudyResult.NodeDemand d : sr.study().nodes()) {
      for (int p = 0; p < d.demand().length; p++) nodes.append(p).append(',').append(d.slice()).append(',').append(d.node()).append(',').append(fourDecimals(d.demand()[p])).append('\n');
    }
    WhatIfFiles.write(dir, "nodes.csv", nodes);
    if (sr.sweep().isEmpty()) return List.of("results.csv", "nodes.csv");
    StringBuilder sweep = new StringBuilder(SWEEP_HEADER).append('\n');
    for (TwinModelSweep.Point p : sr.sweep()) {
      sweep.append(String.format(Locale.ROOT, "%.6g,%.6g,%.6g,%.6g,%.6g,%.6g,%s\n", p.syncPeriodS(), p.precision(), p.syncRU(), p.forecastError(), p.twinError(),
          p.slaShare(), p.pareto()));
    }
    WhatIfFiles.write(dir, "sweep.csv", sweep);
    return List.of("results.csv", "nodes.csv", "sweep.csv");
  }

  @Override
  public ReportDocument report(WhatIfResults<Study, StudyResult> w) {
    TwinStudyConfig c = w.plan().get(0).config();
    List<TwinModelSweep.Point> sweep = w.results().get(0).sweep();
    List<String[]> summary = new ArrayList<>(w.origin());
    summary.add(new String[] { "twins", String.format(Locale.ROOT, "%d level-one twins, %d slices (level-two twins)", c.twins().size(), c.slices().size()) });
    summary.add(new String[] { "study", String.format(Locale.ROOT, "%d periods of %.0f s after %d periods of history; headroom %.0f %%, SLA met when shortfall <= %.0f %% of demand%s",
        c.periods(), c.periodS(), c.history(), 100 * c.headroom(), 100 * c.slaShortfall(), w.options().quick() ? " (--quick)" : "") });
    summary.add(new String[] { "run", String.format(Locale.ROOT, "%d instances in %.1f s", c.policies().size(), w.wallS()) });
    if (!sweep.isEmpty()) summary.add(new String[] { "twin-model sweep", sweep.size() + " sync periods x precisions, the forecast instance each" });
    return TwinReport.build("Twin-fed what-if: " + w.scenarioName(), summary, w.results().get(0).study(), c.periodS(), sweep);
  }

  @Override
  public List<String> summaryLines(WhatIfResults<Study, StudyResult> w, Path dir) {
    TwinStudyConfig c = w.plan().get(0).config();
    StudyResult sr = w.results().get(0);
    List<String> lines = new ArrayList<>();
    for (TwinStudyResult.PolicySummary p : sr.study().summaries()) {
      lines.add(String.format(Locale.ROOT, "  instance %d %-15s SLA met %5.1f %%, %.0f RU", p.instance(), p.policy().name().toLowerCase(Locale.ROOT), 100 * p.slaShare(), p.totalRU()));
    }
    for (TwinStudyResult.ForecastError e : sr.study().errors()) {
      lines.add(String.format(Locale.ROOT, "  %-12s forecast MAE %.3f vs seasonal-naive %.3f", e.slice(), e.forecastMae(), e.seasonalNaiveMae()));
    }
    for (TwinModelSweep.Point p : sr.sweep()) {
      lines.add(String.format(Locale.ROOT, "  sync %5.0f s precision %-5.3g sync %8.2f RU, forecast error %5.1f %%, SLA met %5.1f %%%s", p.syncPeriodS(),
          p.precision(), p.syncRU(), 100 * p.forecastError(), 100 * p.slaShare(), p.pareto() ? " (Pareto front)" : ""));
    }
    lines.add(String.format(Locale.ROOT, "%s: %d instances x %d periods x %d slices in %.1f s -> %s", w.source(), c.policies().size(), c.periods(), c.slices().size(),
        w.wallS(), dir));
    return lines;
  }

  private static String fourDecimals(double v) {
    return WhatIfFiles.number(v, 4);
  }
}
