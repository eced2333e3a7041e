package org.slicewright.sim.scenario;

import java.util.ArrayList;
import java.util.List;

import org.slicewright.model.scenario.Run;
import org.slicewright.model.scenario.ScenarioFactory;
import org.slicewright.sim.offloading.OffloadingStudy;

/**
 * Offloading operating points as the scenario stores them: one {@link Run} per policy and parameter
 * value ({@code offload_parameter=X}: C_T, p or eta), with the share resolved locally, the total cost
 * and the mean latency.
 */
public final class OffloadingRunRecords {
  static final String PARAMETER = "offload_parameter=";

  private OffloadingRunRecords() {
  }

  public static List<Run> toRuns(OffloadingStudy.Result r, long seed, int firstId) {
    List<Run> out = new ArrayList<>();
    int id = firstId;
    for (OffloadingStudy.CurvePoint p : r.points()) {
      Run run = ScenarioFactory.eINSTANCE.createRun();
      run.setId("run-" + id++);
      run.setName(p.policy() + " at " + p.parameter());
      run.setPolicy(p.policy());
      run.setParameters(PARAMETER + p.parameter());
      run.setSeed(seed);
      RunMetrics.add(run, "local_share", p.localShare(), "");
      RunMetrics.add(run, "total_cost", p.totalCost(), "");
      RunMetrics.add(run, "latency_ms", p.latencyMs(), "ms");
      out.add(run);
    }
    return out;
  }

  public static boolean isOffloading(Run run) {
    return run.getParameters() != null && run.getParameters().startsWith(PARAMETER);
  }

  public static OffloadingStudy.CurvePoint point(Run run) {
    return new OffloadingStudy.CurvePoint(run.getPolicy(), Double.parseDouble(run.getParameters().substring(PARAMETER.length()).trim()),
        RunMetrics.get(run, "local_share"), RunMetrics.get(run, "total_cost"), RunMetrics.get(run, "latency_ms"));
  }
}
