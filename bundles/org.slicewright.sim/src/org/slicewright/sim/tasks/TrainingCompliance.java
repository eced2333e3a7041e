package org.slicewright.sim.tasks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.slicewright.model.pooling.SecondaryPool;
import org.slicewright.model.scenario.PoolingStudy;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.slicing.QoAISIndicator;
import org.slicewright.model.slicing.Requirement;
import org.slicewright.model.slicing.Service;
import org.slicewright.sim.pooling.PoolingConfig;
import org.slicewright.sim.pooling.PoolingRunResult;

/**
 * QoAIS compliance of a federated training service from the pooling study's runs. The run checked
 * is the scenario's own policy, the one the planner would deploy: the secondary pool's k at the
 * study's lambda max, first seed. Every other run is measured too, so the planner sees which
 * policies would meet all requirements, but they do not make a requirement met.
 */
public final class TrainingCompliance {
  /** The chosen run's compliance, and per run how many requirements it meets. */
  public record Outcome(QoaisMeasurement chosen, List<ComplianceChecker.Compliance> rows, List<RunCheck> runs, String choice) {
  }

  /** One run's measurement and its counts of met, missed and not measurable requirements. */
  public record RunCheck(QoaisMeasurement run, int subpools, double lambdaMax, long seed, int met, int missed, int notMeasurable) {
  }

  private TrainingCompliance() {
  }

  /** Whether the scenario states requirements a training run could be checked against. */
  public static boolean applies(Scenario s) {
    return !requirements(s).isEmpty();
  }

  /**
   * @param base the study's single-run config (the scenario's policy)
   * @param results the evaluated runs, any order
   */
  public static Outcome of(Scenario s, PoolingConfig base, List<PoolingRunResult> results) {
    Double target = accuracyTarget(s);
    List<RunCheck> checks = new ArrayList<>();
    PoolingRunResult chosen = results.stream().filter(r -> r.subpools() == base.subPools() && r.lambdaMax() == base.lambdaMax())
        .min(Comparator.comparingLong(PoolingRunResult::seed)).orElse(null);
    QoaisMeasurement chosenMeasure = null;
    List<ComplianceChecker.Compliance> chosenRows = check(s, null);
    for (PoolingRunResult r : results) {
      QoaisMeasurement m = QoaisMeasurement.ofTraining(label(r), r, base, target);
      List<ComplianceChecker.Compliance> rows = check(s, m);
      if (r == chosen) {
        chosenMeasure = m;
        chosenRows = rows;
      }
      int met = 0, missed = 0, none = 0;
      for (ComplianceChecker.Compliance c : rows) {
        switch (c.status()) {
          case MET -> met++;
          case MISSED -> missed++;
          default -> none++;
        }
      }
      checks.add(new RunCheck(m, r.subpools(), r.lambdaMax(), r.seed(), met, missed, none));
    }
    String choice = chosen == null
        ? String.format(Locale.ROOT, "no run of the scenario's policy (k = %d at lambda max %s) was evaluated: add it to the sweep", base.subPools(), num(base.lambdaMax()))
        : "the scenario's policy: " + label(chosen);
    return new Outcome(chosenMeasure, chosenRows, List.copyOf(checks), choice);
  }

  private static List<ComplianceChecker.Compliance> check(Scenario s, QoaisMeasurement m) {
    List<ComplianceChecker.Compliance> out = new ArrayList<>();
    for (Service svc : trainedServices(s)) for (Requirement r : svc.getRequirements()) out.add(ComplianceChecker.check(svc, r, m));
    return out;
  }

  /** The service the pooling study trains (its secondary pool's), else every service with requirements. */
  static List<Service> trainedServices(Scenario s) {
    if (!s.getPoolingStudies().isEmpty()) {
      PoolingStudy study = s.getPoolingStudies().get(0);
      SecondaryPool pool = study.getSecondaryPool();
      if (pool != null && pool.getService() != null) return List.of(pool.getService());
    }
    return ComplianceChecker.services(s);
  }

  private static List<Requirement> requirements(Scenario s) {
    List<Requirement> out = new ArrayList<>();
    for (Service svc : trainedServices(s)) out.addAll(svc.getRequirements());
    return out;
  }

  /** The trained service's accuracy requirement: training duration is the time to reach it. */
  static Double accuracyTarget(Scenario s) {
    for (Requirement r : requirements(s)) if (r.getIndicator() == QoAISIndicator.ACCURACY) return r.getValue();
    return null;
  }

  static String label(PoolingRunResult r) {
    return String.format(Locale.ROOT, "k = %d, lambda max %s, seed %d", r.subpools(), num(r.lambdaMax()), r.seed());
  }

  private static String num(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
