package org.slicewright.sim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slicewright.model.scenario.Run;
import org.slicewright.model.scenario.ScenarioFactory;
import org.slicewright.model.scenario.Series;
import org.slicewright.sim.twins.ReservationPolicy;
import org.slicewright.sim.twins.TwinStudyResult;

/**
 * Twin what-if results as the scenario stores them: one {@link Run} per reservation policy and
 * slice ({@code slice=ID instance=N}), with the share of periods meeting the SLA, the mean
 * utilisation of the reservation, the RU reserved, used and short (priced as the study prices them:
 * RU per data unit/s and period, shortfall at the shortfall multiplier), and the mean absolute error of
 * the demand the policy predicted; and the per-period demand, prediction and reservation as
 * {@link Series}, so the workbench can chart them after the scenario is reopened.
 */
public final class TwinRunRecords {
  static final String SLICE = "slice=";

  private TwinRunRecords() {
  }

  /**
   * @param periodS length of a period, s (the series' step)
   * @param pricePerUnit RU per data unit/s reserved for one period, as the study prices it
   * @param shortfallMultiplier price factor on demand beyond the reservation
   */
  public static List<Run> toRuns(TwinStudyResult r, long seed, double periodS, double pricePerUnit, double shortfallMultiplier, int firstId) {
    List<Run> out = new ArrayList<>();
    int id = firstId;
    for (TwinStudyResult.PolicySummary p : r.summaries()) {
      for (TwinStudyResult.SliceInfo sl : r.slices()) {
        List<TwinStudyResult.Row> rows = r.rows().stream().filter(x -> x.instance() == p.instance() && x.slice().equals(sl.slice())).toList();
        Run run = ScenarioFactory.eINSTANCE.createRun();
        run.setId("run-" + id++);
        run.setPolicy(policy(p.policy()));
        run.setParameters(SLICE + sl.slice() + " instance=" + p.instance());
        run.setName(run.getPolicy() + " on " + sl.slice());
        run.setSeed(seed);
        double reserved = 0, used = 0, shortfall = 0, error = 0;
        for (TwinStudyResult.Row x : rows) {
          reserved += x.reserved();
          used += x.used();
          shortfall += x.shortfall();
          error += Math.abs(x.forecast() - x.demand());
        }
        RunMetrics.add(run, "sla_share", sl.slaSatisfaction()[p.instance()], "");
        RunMetrics.add(run, "utilisation", sl.utilisation()[p.instance()], "");
        // Priced as the study's own summary prices them (TwinStudy), so runs and report agree.
        RunMetrics.add(run, "reserved_ru", reserved * pricePerUnit, "RU");
        RunMetrics.add(run, "used_ru", used * pricePerUnit, "RU");
        RunMetrics.add(run, "shortfall_ru", shortfall * pricePerUnit * shortfallMultiplier, "RU");
        RunMetrics.add(run, "prediction_mae", rows.isEmpty() ? 0 : error / rows.size(), "data units/s");
        run.getSeries().add(series("demand", periodS, rows.stream().mapToDouble(TwinStudyResult.Row::demand).toArray()));
        run.getSeries().add(series("prediction", periodS, rows.stream().mapToDouble(TwinStudyResult.Row::forecast).toArray()));
        run.getSeries().add(series("reserved", periodS, rows.stream().mapToDouble(TwinStudyResult.Row::reserved).toArray()));
        out.add(run);
      }
    }
    return out;
  }

  /** A policy as runs name it: {@code forecast}, {@code seasonal_naive}... */
  public static String policy(ReservationPolicy p) {
    return p.name().toLowerCase(Locale.ROOT);
  }

  private static Series series(String name, double stepS, double[] values) {
    Series s = ScenarioFactory.eINSTANCE.createSeries();
    s.setName(name);
    s.setUnit("data units/s");
    s.setStepS(stepS);
    for (double v : values) s.getValues().add(v);
    return s;
  }

  public static boolean isTwin(Run run) {
    return run.getParameters() != null && run.getParameters().startsWith(SLICE);
  }

  public static String slice(Run run) {
    return RunParameters.parse(run.getParameters()).get("slice");
  }

  /** A run's series of that name, or null. */
  public static Series series(Run run, String name) {
    for (Series s : run.getSeries()) if (name.equals(s.getName())) return s;
    return null;
  }
}
