package org.slicewright.learn.reproduce;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slicewright.model.scenario.Scenario;
import org.slicewright.sim.ProgressMonitor;
import org.slicewright.sim.pooling.PoolingConfig;
import org.slicewright.sim.pooling.PoolingRunResult;
import org.slicewright.sim.sweep.PoolingRuns;
import org.slicewright.sim.sweep.PoolingSweep;
import org.slicewright.sim.tasks.ComplianceChecker;
import org.slicewright.sim.tasks.TrainingCompliance;

/**
 * The QoAIS table of the task-oriented native-AI architecture (Y. Yang, J. Wu, T. Chen et al.,
 * "Task-Oriented 6G Native-AI Network Architecture", IEEE Network 38(1), 2024) on the tasks example:
 * its training service's requirements, measured on the pooling engine's run of the scenario's policy.
 * The architecture publishes indicators and their mapping (Table 1), not values, so each row carries
 * the measured value and its status without a verdict.
 */
public final class QoaisFindings {
  public static final String PAPER = "Yang et al. 2024 (task-oriented native AI)";

  /** The training runs, their compliance and the findings. */
  public record Outcome(List<PoolingRunResult> runs, TrainingCompliance.Outcome compliance, List<Finding> findings, boolean canceled) {
  }

  private QoaisFindings() {
  }

  /** @param runs the example's training plan; {@code base} its own policy */
  public static Outcome run(Scenario s, PoolingConfig base, List<PoolingConfig> runs, int threads, PoolingRuns where, ProgressMonitor monitor) {
    PoolingSweep.Outcome sweep = where.run(runs, threads, monitor, r -> {});
    TrainingCompliance.Outcome c = TrainingCompliance.of(s, base, sweep.results());
    List<Finding> out = new ArrayList<>();
    String run = c.chosen() == null ? c.choice() : c.chosen().run();
    for (ComplianceChecker.Compliance row : c.rows()) {
      String op = row.comparison().getLiteral().equals("AT_LEAST") ? ">= " : "<= ";
      String unit = row.unit() == null || row.unit().isBlank() ? "" : " " + row.unit();
      String measured = row.measured() == null ? "not measured" : Double.isInfinite(row.measured()) ? "not reached" : String.format(Locale.ROOT, "%.4g%s", row.measured(), unit);
      out.add(new Finding(PAPER, String.format(Locale.ROOT, "QoAIS %s of %s (Table 1: %s)", row.indicator().getLiteral().toLowerCase(Locale.ROOT).replace('_', ' '),
          row.service(), String.join("; ", row.resources())), "the example requires " + op + String.format(Locale.ROOT, "%.4g", row.required()) + unit,
          "met by the scenario's policy", String.format(Locale.ROOT, "%s on %s: %s (%s)", measured, run, row.status().name().toLowerCase(Locale.ROOT).replace('_', ' '),
              row.detail()),
          Verdict.NOT_APPLICABLE));
    }
    return new Outcome(sweep.results(), c, out, sweep.canceled());
  }
}
