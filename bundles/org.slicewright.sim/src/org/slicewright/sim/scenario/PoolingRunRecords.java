package org.slicewright.sim.scenario;

import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.scenario.Run;
import org.slicewright.model.scenario.ScenarioFactory;
import org.slicewright.sim.pooling.PoolingRunResult;

/**
 * Pooling runs as the scenario stores them ({@link Run} with parameters {@code subpools=K
 * lambda_max=L} and one {@link Metric} per measured value) and back, so results saved with a
 * scenario feed the same reports and charts as a fresh sweep. Per-round curves are not stored.
 */
public final class PoolingRunRecords {
  static final List<String[]> METRICS = List.of(new String[] { "accuracy", "" }, new String[] { "convergence_rate", "" },
      new String[] { "ru_communication", "RU" }, new String[] { "ru_computing", "RU" }, new String[] { "ru_model_exchange", "RU" },
      new String[] { "ru_total", "RU" }, new String[] { "ru_shortfall", "RU" },
      new String[] { "dropped_share", "" }, new String[] { "migrated_mb", "MB" }, new String[] { "model_exchange_mb", "MB" });

  private PoolingRunRecords() {
  }

  public static Run toRun(PoolingRunResult r, String id) {
    Run run = ScenarioFactory.eINSTANCE.createRun();
    run.setId(id);
    run.setName(r.policy() + " k=" + r.subpools() + " lambda_max=" + num(r.lambdaMax()) + " seed=" + r.seed());
    run.setPolicy(r.policy());
    run.setParameters("subpools=" + r.subpools() + " lambda_max=" + num(r.lambdaMax()));
    run.setSeed(r.seed());
    run.setWallMs(r.wallMs());
    double[] v = { r.accuracy(), r.convergenceRate(), r.ruCommunication(), r.ruComputing(), r.ruModelExchange(), r.ruTotal(), r.ruShortfall(), r.droppedShare(),
        r.migratedMB(), r.modelMB() };
    for (int i = 0; i < v.length; i++) RunMetrics.add(run, METRICS.get(i)[0], v[i], METRICS.get(i)[1]);
    return run;
  }

  /** The scenario's stored pooling runs, read back in model order. */
  public static List<PoolingRunResult> all(Scenario s) {
    List<PoolingRunResult> out = new ArrayList<>();
    for (Run r : s.getRuns()) if (isPooling(r)) out.add(fromRun(r, s.getId()));
    return out;
  }

  /** Whether a stored run is a pooling run this class can read back. */
  public static boolean isPooling(Run run) {
    return run.getParameters() != null && run.getParameters().contains("subpools=") && run.getMetrics().stream().anyMatch(m -> "ru_total".equals(m.getName()));
  }

  /** Reads a stored pooling run back; errors name the run. */
  public static PoolingRunResult fromRun(Run run, String scenario) {
    Map<String, String> p = new HashMap<>();
    for (String kv : (run.getParameters() == null ? "" : run.getParameters()).trim().split("\\s+")) {
      String[] x = kv.split("=", 2);
      if (x.length == 2) p.put(x[0], x[1]);
    }
    try {
      return new PoolingRunResult(scenario, run.getPolicy(), Integer.parseInt(p.get("subpools")), Double.parseDouble(p.get("lambda_max")), run.getSeed(),
          RunMetrics.get(run, "accuracy"), RunMetrics.get(run, "convergence_rate"), RunMetrics.get(run, "ru_communication"), RunMetrics.get(run, "ru_computing"),
          RunMetrics.get(run, "ru_model_exchange"), RunMetrics.get(run, "ru_total"), RunMetrics.get(run, "ru_shortfall"), droppedShare(run), run.getWallMs(), new double[0], new double[0],
          optional(run, "migrated_mb"), optional(run, "model_exchange_mb"), new double[0]);
    } catch (NumberFormatException | NullPointerException e) {
      throw new IllegalArgumentException("run '" + run.getId() + "': parameters '" + run.getParameters() + "' are not 'subpools=K lambda_max=L'");
    }
  }

  /** A metric runs stored by earlier versions lack: NaN, not measured. */
  private static double optional(Run run, String metric) {
    Double d = RunMetrics.find(run, metric);
    return d == null ? Double.NaN : d;
  }

  /** Runs stored before data could be dropped have no dropped_share: nothing was dropped. */
  private static double droppedShare(Run run) {
    Double d = RunMetrics.find(run, "dropped_share");
    return d == null ? 0 : d;
  }

  static String num(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
  }
}
