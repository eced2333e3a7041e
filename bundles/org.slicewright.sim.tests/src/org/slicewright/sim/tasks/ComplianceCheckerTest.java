package org.slicewright.sim.tasks;

import static org.junit.jupiter.api.Assertions.*;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.slicing.AIService;
import org.slicewright.model.slicing.QoAISIndicator;
import org.slicewright.model.slicing.TaskResource;
import org.slicewright.examples.Examples;
import org.slicewright.sim.pooling.PoolingConfig;
import org.slicewright.sim.pooling.PoolingRunResult;
import org.slicewright.sim.scenario.PoolingScenarioMapper;

class ComplianceCheckerTest {
  static QoaisMeasurement measured(Object... indicatorValue) {
    Map<QoAISIndicator, Double> v = new EnumMap<>(QoAISIndicator.class);
    Map<QoAISIndicator, String> how = new EnumMap<>(QoAISIndicator.class);
    for (int i = 0; i < indicatorValue.length; i += 2) {
      v.put((QoAISIndicator) indicatorValue[i], (Double) indicatorValue[i + 1]);
      how.put((QoAISIndicator) indicatorValue[i], "test");
    }
    return new QoaisMeasurement("run-1", v, how);
  }

  @Test
  void requirementsAreMetMissedOrNotMeasuredByTheRunChecked() {
    Scenario s = Examples.load("tona-tasks");
    List<ComplianceChecker.Compliance> none = ComplianceChecker.check(s, null);
    assertEquals(5, none.size());
    assertTrue(none.stream().allMatch(c -> c.status() == ComplianceChecker.Status.NOT_MEASURABLE && c.detail().equals("no run evaluated")));
    List<ComplianceChecker.Compliance> c = ComplianceChecker.check(s, measured(QoAISIndicator.ACCURACY, 0.93, QoAISIndicator.TRAINING_DURATION, 720.0));
    assertEquals(ComplianceChecker.Status.MET, c.get(0).status());
    assertEquals(0.93, c.get(0).measured());
    assertEquals(ComplianceChecker.Status.MISSED, c.get(1).status());
    assertEquals(ComplianceChecker.Status.NOT_MEASURABLE, c.get(2).status());
    assertEquals("run run-1 does not measure transmission overhead", c.get(2).detail());
    assertEquals(List.of("DATA samples (task-local-training)", "ALGORITHM precision (task-local-training)", "CONNECTION bit error rate (task-aggregation)"),
        c.get(0).resources());
  }

  @Test
  void measuredValuesAreConvertedToTheRequirementsUnit() {
    Scenario s = Examples.load("tona-tasks");
    AIService svc = (AIService) s.getSlices().get(0).getServices().get(0);
    svc.getRequirements().get(1).setUnit("min");
    svc.getRequirements().get(1).setValue(10);
    svc.getRequirements().get(2).setUnit("GB");
    svc.getRequirements().get(2).setValue(0.1);
    QoaisMeasurement m = measured(QoAISIndicator.TRAINING_DURATION, 540.0, QoAISIndicator.TRANSMISSION_OVERHEAD, 133.0);
    List<ComplianceChecker.Compliance> c = ComplianceChecker.check(s, m);
    assertEquals(9, c.get(1).measured(), 1e-12);
    assertEquals(ComplianceChecker.Status.MET, c.get(1).status());
    assertEquals(0.133, c.get(2).measured(), 1e-12);
    assertEquals(ComplianceChecker.Status.MISSED, c.get(2).status());
    svc.getRequirements().get(1).setUnit("fortnights");
    ComplianceChecker.Compliance odd = ComplianceChecker.check(s, m).get(1);
    assertEquals(ComplianceChecker.Status.NOT_MEASURABLE, odd.status());
    assertTrue(odd.detail().contains("unit 'fortnights' is not one the tool converts to (h, min, ms, s)"), odd.detail());
  }

  @Test
  void theScenariosPolicyIsCheckedNotTheBestRun() {
    Scenario s = Examples.load("tona-tasks");
    PoolingConfig base = PoolingScenarioMapper.baseConfig(s, s.getPoolingStudies().get(0));
    assertEquals(2, base.subPools());
    // k = 1 would meet the accuracy, but the scenario's policy is k = 2.
    PoolingRunResult k1 = run(1, 0.95, 5, 0), k2 = run(2, 0.85, 5, 0), k8 = run(8, 0.85, 0, 0);
    TrainingCompliance.Outcome o = TrainingCompliance.of(s, base, List.of(k1, k2, k8));
    assertEquals("the scenario's policy: k = 2, lambda max 2, seed 4", o.choice());
    assertEquals(ComplianceChecker.Status.MISSED, o.rows().get(0).status());
    assertEquals(ComplianceChecker.Status.MISSED, o.rows().get(1).status(), "0.9 never reached: " + o.rows().get(1).detail());
    assertTrue(o.rows().get(1).detail().startsWith("accuracy 0.900 not reached in the run's 200 s"), o.rows().get(1).detail());
    assertEquals(List.of(4, 3, 3), o.runs().stream().map(TrainingCompliance.RunCheck::met).toList());
    // Privacy follows the data flow: pooled at one trainer, inside sub-pools, or only model updates.
    assertEquals(List.of(2.0, 3.0, 4.0), o.runs().stream().map(r -> r.run().values().get(QoAISIndicator.PRIVACY_LEVEL)).toList());
    TrainingCompliance.Outcome missing = TrainingCompliance.of(s, base, List.of(k1));
    assertNull(missing.chosen());
    assertTrue(missing.rows().stream().allMatch(r -> r.status() == ComplianceChecker.Status.NOT_MEASURABLE));
    assertTrue(missing.choice().startsWith("no run of the scenario's policy (k = 2 at lambda max 2)"), missing.choice());
  }

  private static PoolingRunResult run(int k, double accuracy, double migratedMB, double modelMB) {
    double[] acc = { 0.1, accuracy - 0.1, accuracy }, secs = { 0, 100, 200 };
    return new PoolingRunResult("tona-tasks", "kmeans", k, 2, 4, accuracy, 0.5, 1, 2, 3, 6, 0, 0, 1, new double[3], acc, migratedMB, modelMB, secs);
  }

  @Test
  void resourceQosOutsideTable1IsFlagged() {
    Scenario s = Examples.load("tona-tasks");
    AIService svc = (AIService) s.getSlices().get(0).getServices().get(0);
    // Privacy carried by a connection QoS: Table 1 maps privacy to data and algorithm only.
    svc.getTasks().get(0).getResourceQos().stream().filter(q -> q.getDerivedFrom().getIndicator() == QoAISIndicator.PRIVACY_LEVEL)
        .findFirst().orElseThrow().setResource(TaskResource.CONNECTION);
    ComplianceChecker.Compliance privacy = ComplianceChecker.check(s, null).get(3);
    assertTrue(privacy.detail().contains("CONNECTION does not carry PRIVACY_LEVEL in Table 1"), privacy.detail());
    assertTrue(QoaisMapping.carries(QoAISIndicator.ACCURACY, TaskResource.CONNECTION));
    assertFalse(QoaisMapping.carries(QoAISIndicator.AUTONOMY_LEVEL, TaskResource.CONNECTION));
  }
}
