package org.slicewright.sim.scenario;

import java.util.ArrayList;
import java.util.List;

import org.slicewright.model.scenario.Run;
import org.slicewright.model.scenario.ScenarioFactory;
import org.slicewright.sim.offloading.OffloadingStudy;

/**
 * Offloading operating points as the scenario stores them: one {@link Run} per policy, local weight
 * and parameter value ({@code offload_parameter=X; local_weight=W}: X is C_T, p or eta), with the
 * share resolved locally, the total cost and the mean latency; and one run per centralised baseline
 * ({@code offload_parameter=none}, local share 0).
 */
public final class OffloadingRunRecords {
  static final String PARAMETER = "offload_parameter=";

  private OffloadingRunRecords() {
  }

  public static List<Run> toRuns(OffloadingStudy.Result r, long seed, int firstId) {
    List<Run> out = new ArrayList<>();
    int id = firstId;
    for (OffloadingStudy.CurvePoint p : r.points()) {
      String w = OffloadingResultsCsv.num(p.localWeight());
      Run run = run("run-" + id++, p.policy() + " (w_L " + w + ") at " + OffloadingResultsCsv.num(p.parameter()), p.policy(),
          PARAMETER + OffloadingResultsCsv.num(p.parameter()) + "; local_weight=" + w, seed);
      RunMetrics.add(run, "local_weight", p.localWeight(), "");
      RunMetrics.add(run, "local_share", p.localShare(), "");
      RunMetrics.add(run, "total_cost", p.totalCost(), "");
      RunMetrics.add(run, "latency_ms", p.latencyMs(), "ms");
      out.add(run);
    }
    for (OffloadingStudy.BaselineOutcome b : r.baselines()) {
      Run run = run("run-" + id++, b.policy() + " (centralised)", b.policy(), PARAMETER + "none", seed);
      RunMetrics.add(run, "local_share", 0, "");
      RunMetrics.add(run, "total_cost", b.testCost(), "");
      RunMetrics.add(run, "latency_ms", b.latencyMs(), "ms");
      out.add(run);
    }
    return out;
  }

  private static Run run(String id, String name, String policy, String parameters, long seed) {
    Run run = ScenarioFactory.eINSTANCE.createRun();
    run.setId(id);
    run.setName(name);
    run.setPolicy(policy);
    run.setParameters(parameters);
    run.setSeed(seed);
    return run;
  }

  public static boolean isOffloading(Run run) {
    return run.getParameters() != null && run.getParameters().startsWith(PARAMETER);
  }

  /** A stored policy parameter: a number, inf or -inf (the thresholds that send every sample one way), or none. */
  static double parameter(String text) {
    switch (text) {
      case "none":
        return Double.NaN;
      case "inf":
        return Double.POSITIVE_INFINITY;
      case "-inf":
        return Double.NEGATIVE_INFINITY;
      default:
        return Double.parseDouble(text);
    }
  }

  /** The operating point a run stores (a baseline has no local weight or parameter: NaN). */
  public static OffloadingStudy.CurvePoint point(Run run) {
    String text = run.getParameters().substring(PARAMETER.length());
    int end = text.indexOf(';');
    String parameter = (end < 0 ? text : text.substring(0, end)).trim();
    double weight = RunMetrics.find(run, "local_weight") == null ? Double.NaN : RunMetrics.get(run, "local_weight");
    return new OffloadingStudy.CurvePoint(run.getPolicy(), weight, parameter(parameter),
        RunMetrics.get(run, "local_share"), RunMetrics.get(run, "total_cost"), RunMetrics.get(run, "latency_ms"));
  }
}
