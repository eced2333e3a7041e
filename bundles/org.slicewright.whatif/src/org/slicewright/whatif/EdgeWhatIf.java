package org.slicewright.whatif;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.slicewright.model.scenario.Run;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.report.ReportDocument;
import org.slicewright.report.edge.EdgeReport;
import org.slicewright.report.tasks.ComplianceReport;
import org.slicewright.sim.ProgressMonitor;
import org.slicewright.sim.scenario.RunKind;
import org.slicewright.sim.edge.EdgeConfig;
import org.slicewright.sim.edge.EdgeEmulation;
import org.slicewright.sim.edge.FrameDoubling;
import org.slicewright.sim.edge.GammaSweep;
import org.slicewright.sim.edge.LatencyModel;
import org.slicewright.sim.scenario.EdgeRunRecords;
import org.slicewright.sim.scenario.EdgeScenarioMapper;
import org.slicewright.sim.tasks.ComplianceChecker;
import org.slicewright.sim.tasks.QoaisMeasurement;

/**
 * The edge what-if: one emulation of the edge cluster per node-selection policy, and for the report
 * the latency-score gamma sweep and the frame-doubling measurement on the first policy. Writes
 * {@code results.csv}
 * ({@code policy,instances,frame_size,node,p50_ms,p95_ms,p99_ms,violations,migrations,utilisation,seed},
 * one row per policy, board and frame size served; instances is the time-averaged number of
 * applications of that frame size on the board) and {@code compliance.csv} (each policy's run
 * against the services' QoAIS requirements, latency as the 95th percentile end to end).
 */
public final class EdgeWhatIf implements WhatIf<EdgeWhatIf.Part, EdgeWhatIf.PartResult> {
  public static final String RESULTS = "results.csv";
  public static final String HEADER = "policy,instances,frame_size,node,p50_ms,p95_ms,p99_ms,violations,migrations,utilisation,seed";

  /** What a run measures on its configuration. */
  public enum Measure {
    EMULATION, GAMMA_SWEEP, FRAME_DOUBLING
  }

  /** One run: a policy's emulation, or one of the report's analyses. */
  public record Part(EdgeConfig config, Measure measure) {
  }

  /** A run's result: the emulation, or the analysis's points; and its wall time. */
  public record PartResult(Measure measure, EdgeEmulation.Result emulation, List<GammaSweep.Point> gamma, List<FrameDoubling.Point> doubling, long wallMs) {
  }

  @Override
  public String name() {
    return "edge";
  }

  @Override
  public RunKind kind() {
    return RunKind.EDGE;
  }

  @Override
  public String title() {
    return "Edge";
  }

  @Override
  public boolean appliesTo(Scenario s) {
    return EdgeScenarioMapper.hasSelectionPolicies(s);
  }

  @Override
  public WhatIfPlan<Part> plan(Scenario s, WhatIfOptions o) {
    List<EdgeConfig> configs = EdgeScenarioMapper.configs(s, o.edgeSeconds());
    List<Part> plan = new ArrayList<>();
    for (EdgeConfig c : configs) plan.add(new Part(c, Measure.EMULATION));
    if (o.analyses()) {
      plan.add(new Part(configs.get(0), Measure.GAMMA_SWEEP));
      plan.add(new Part(configs.get(0), Measure.FRAME_DOUBLING));
    }
    return new WhatIfPlan<>(plan, o.threads());
  }

  @Override
  public PartResult run(Part spec, ProgressMonitor monitor) {
    long start = System.nanoTime();
    EdgeEmulation.Result emulation = null;
    List<GammaSweep.Point> gamma = List.of();
    List<FrameDoubling.Point> doubling = List.of();
    switch (spec.measure()) {
      case EMULATION -> emulation = new EdgeEmulation(spec.config()).run(monitor);
      case GAMMA_SWEEP -> gamma = GammaSweep.run(spec.config(), monitor);
      case FRAME_DOUBLING -> doubling = FrameDoubling.run(spec.config(), FrameDoubling.STUDY_FRAME, monitor);
    }
    return new PartResult(spec.measure(), emulation, gamma, doubling, (System.nanoTime() - start) / 1_000_000);
  }

  @Override
  public String describe(Part spec) {
    return switch (spec.measure()) {
      case EMULATION -> "edge emulation of " + spec.config().policy().name() + ", seed " + spec.config().seed();
      case GAMMA_SWEEP -> "latency-score gamma sweep";
      case FRAME_DOUBLING -> "frame-doubling measurement";
    };
  }

  @Override
  public List<Run> toRuns(Scenario s, List<PartResult> results, int firstId) {
    List<Run> runs = new ArrayList<>();
    for (PartResult r : results) {
      if (r.emulation() != null) runs.addAll(EdgeRunRecords.toRuns(r.emulation(), s.getSeed(), r.wallMs(), firstId + runs.size()));
    }
    return runs;
  }

  private static List<EdgeEmulation.Result> emulations(List<PartResult> results) {
    return results.stream().filter(r -> r.emulation() != null).map(PartResult::emulation).toList();
  }

  @Override
  public List<String> writeCsv(Path dir, WhatIfResults<Part, PartResult> w) throws IOException {
    StringBuilder csv = new StringBuilder(HEADER).append('\n');
    for (EdgeEmulation.Result r : emulations(w.results())) {
      for (EdgeEmulation.BoardStats st : r.boards()) {
        for (EdgeEmulation.FrameStats fs : st.byFrame()) {
          if (fs.requests() == 0) continue;
          csv.append(String.join(",", WhatIfFiles.quote(r.policy()), threeDecimals(fs.meanInstances()), Integer.toString(fs.frameSize()), st.board(), threeDecimals(fs.p50Ms()),
              threeDecimals(fs.p95Ms()), threeDecimals(fs.p99Ms()), Long.toString(fs.violations()), Integer.toString(r.migrations()), threeDecimals(st.utilisation()),
              Long.toString(w.scenario().getSeed()))).append('\n');
        }
      }
    }
    WhatIfFiles.write(dir, RESULTS, csv);
    List<ComplianceReport.RunRows> qoais = compliance(w);
    if (qoais.isEmpty()) return List.of(RESULTS);
    ComplianceCsv.write(dir, qoais);
    return List.of(RESULTS, ComplianceCsv.FILE);
  }

  /** Each selection policy is an alternative the planner may deploy: every one is checked on its own run (none when no service requires anything). */
  private static List<ComplianceReport.RunRows> compliance(WhatIfResults<Part, PartResult> w) {
    Scenario s = w.scenario();
    if (ComplianceChecker.services(s).stream().allMatch(v -> v.getRequirements().isEmpty())) return List.of();
    List<ComplianceReport.RunRows> rows = new ArrayList<>();
    for (EdgeEmulation.Result r : emulations(w.results())) rows.add(new ComplianceReport.RunRows(r.policy(), ComplianceChecker.check(s, QoaisMeasurement.ofInference(r))));
    return rows;
  }

  @Override
  public ReportDocument report(WhatIfResults<Part, PartResult> w) {
    EdgeConfig first = w.plan().get(0).config();
    List<EdgeEmulation.Result> emulations = emulations(w.results());
    List<GammaSweep.Point> gamma = new ArrayList<>();
    List<FrameDoubling.Point> doubling = new ArrayList<>();
    for (PartResult r : w.results()) {
      gamma.addAll(r.gamma());
      doubling.addAll(r.doubling());
    }
    List<String[]> summary = new ArrayList<>(w.origin());
    summary.add(new String[] { "emulation", String.format(Locale.ROOT, "%d boards, %d devices (%s), %.0f s emulated per policy, health checks every %s s",
        first.boards().size(), first.devices().size(), streams(first), w.options().edgeSeconds(), trimmed(first.checkPeriodS())) });
    summary.add(new String[] { "network", links(first) });
    summary.add(new String[] { "latency score", String.format(Locale.ROOT, "S = %s EMA1 + %s EMA5 + %s EMA15 (weights normalised to sum 1)",
        threeDecimals(first.emaWeights()[0]), threeDecimals(first.emaWeights()[1]), threeDecimals(first.emaWeights()[2])) });
    summary.add(new String[] { "QoS budget", String.format(Locale.ROOT, "%.0f ms", first.qosBudgetMs()) });
    summary.add(new String[] { "requests", String.format(Locale.ROOT, "%d in %.1f s", requests(emulations), w.wallS()) });
    ReportDocument doc = EdgeReport.build("Edge inference what-if: " + w.scenarioName(), summary, first, emulations, doubling, gamma);
    List<ComplianceReport.RunRows> qoais = compliance(w);
    if (!qoais.isEmpty()) ComplianceReport.add(doc, "QoAIS compliance per node-selection policy", qoais);
    return doc;
  }

  private static long requests(List<EdgeEmulation.Result> emulations) {
    return emulations.stream().mapToLong(EdgeEmulation.Result::requests).sum();
  }

  @Override
  public List<String> summaryLines(WhatIfResults<Part, PartResult> w, Path dir) {
    List<String> lines = new ArrayList<>();
    for (ComplianceReport.RunRows q : compliance(w)) lines.add("  QoAIS of " + q.run() + ": " + ComplianceCsv.summary(q.rows()));
    List<EdgeEmulation.Result> emulations = emulations(w.results());
    lines.add(String.format(Locale.ROOT, "%s: %d policies, %d requests in %.1f s -> %s", w.source(), emulations.size(), requests(emulations), w.wallS(), dir));
    return lines;
  }

  /** The links' latency laws, one line per distinct law: what the emulation samples, one sample per request. */
  static String links(EdgeConfig c) {
    Map<String, Long> groups = new TreeMap<>();
    for (List<LatencyModel> row : c.links()) {
      for (LatencyModel m : row) {
        String law = m.kind() == LatencyModel.Kind.STABLE
            ? String.format(Locale.ROOT, "stable alpha %.4f, scale %.3f ms, location %.3f ms (fitted to mean %.3f ms, sd %.3f ms)", m.stableAlpha(),
                m.stableScaleMs(), m.stableLocationMs(), m.meanMs(), m.stdMs())
            : String.format(Locale.ROOT, "%s mean %.3f ms, sd %.3f ms", m.kind().name().toLowerCase(Locale.ROOT), m.meanMs(), m.stdMs());
        groups.merge(law, 1L, Long::sum);
      }
    }
    StringBuilder b = new StringBuilder("one latency sample per request; ");
    groups.forEach((k, n) -> b.append(n).append(" x ").append(k).append("; "));
    return b.substring(0, b.length() - 2);
  }

  /** "2 x 1200 px at 2 fps, 4 x 600 px at 5 fps". */
  static String streams(EdgeConfig c) {
    Map<String, Long> groups = new TreeMap<>();
    for (EdgeConfig.Device d : c.devices()) groups.merge(String.format(Locale.ROOT, "%d px at %s fps", d.frameSize(), trimmed(d.framesPerSecond())), 1L, Long::sum);
    StringBuilder b = new StringBuilder();
    groups.forEach((k, n) -> b.append(b.length() == 0 ? "" : ", ").append(n).append(" x ").append(k));
    return b.toString();
  }

  /** 5 rather than 5.000, 2.5 rather than 2.500. */
  private static String trimmed(double v) {
    return threeDecimals(v).replaceAll("\\.?0+$", "");
  }

  private static String threeDecimals(double v) {
    return WhatIfFiles.number(v, 3);
  }
}
