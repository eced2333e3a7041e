package org.slicewright.sim.scenario;

import java.util.ArrayList;
import java.util.List;

import org.slicewright.model.scenario.Run;
import org.slicewright.model.scenario.ScenarioFactory;
import org.slicewright.sim.edge.EdgeEmulation;

/**
 * Edge emulation results as the scenario stores them: one {@link Run} per policy and board, with
 * parameters {@code board=NAME} and the board's latency percentiles, violations (count and share of
 * its requests), utilisation and mean per-frame breakdown (network, CPU, accelerator), and the
 * policy's migrations.
 */
public final class EdgeRunRecords {
  public static final List<String> METRICS = List.of("p50_ms", "p95_ms", "p99_ms", "requests", "violations", "violation_share", "utilisation", "network_ms",
      "cpu_ms", "accelerator_ms", "policy_migrations");

  private EdgeRunRecords() {
  }

  /**
   * @param wallMs the wall time of the policy's emulation (all boards), stored on each board's run
   */
  public static List<Run> toRuns(EdgeEmulation.Result r, long seed, long wallMs, int firstId) {
    List<Run> out = new ArrayList<>();
    int id = firstId;
    for (EdgeEmulation.BoardStats b : r.boards()) {
      Run run = ScenarioFactory.eINSTANCE.createRun();
      run.setId("run-" + id++);
      run.setName(r.policy() + " on " + b.board());
      run.setPolicy(r.policy());
      run.setParameters("board=" + b.board());
      run.setSeed(seed);
      run.setWallMs(wallMs);
      double share = b.requests() == 0 ? 0 : (double) b.violations() / b.requests();
      // Migrations move applications between boards, so they are counted per policy, not per board.
      double[] v = { b.p50Ms(), b.p95Ms(), b.p99Ms(), b.requests(), b.violations(), share, b.utilisation(), b.meanNetworkMs(), b.meanCpuMs(),
          b.meanAcceleratorMs(), r.migrations() };
      String[] units = { "ms", "ms", "ms", "", "", "", "", "ms", "ms", "ms", "" };
      for (int i = 0; i < v.length; i++) RunMetrics.add(run, METRICS.get(i), v[i], units[i]);
      out.add(run);
    }
    return out;
  }

  public static boolean isEdge(Run run) {
    return run.getParameters() != null && run.getParameters().startsWith("board=");
  }

  public static String board(Run run) {
    return run.getParameters().substring("board=".length()).trim();
  }
}
