package org.slicewright.sim.tasks;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.slicewright.model.scenario.Metric;
import org.slicewright.model.scenario.Run;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.scenario.ScenarioFactory;
import org.slicewright.model.slicing.AIService;
import org.slicewright.model.slicing.QoAISIndicator;
import org.slicewright.model.slicing.TaskResource;
import org.slicewright.model.util.ScenarioTemplates;

class ComplianceCheckerTest {
  static Run run(String metric, double value) {
    Run r = ScenarioFactory.eINSTANCE.createRun();
    r.setId("run-" + metric + value);
    Metric m = ScenarioFactory.eINSTANCE.createMetric();
    m.setName(metric);
    m.setValue(value);
    r.getMetrics().add(m);
    return r;
  }

  @Test
  void requirementsAreMetMissedOrNotMeasurable() {
    Scenario s = ScenarioTemplates.tonaTasks();
    List<ComplianceChecker.Compliance> none = ComplianceChecker.check(s);
    assertEquals(5, none.size());
    assertTrue(none.stream().allMatch(c -> c.status() == ComplianceChecker.Status.NOT_MEASURABLE));
    s.getRuns().add(run("accuracy", 0.93));
    s.getRuns().add(run("training_duration_s", 720));
    List<ComplianceChecker.Compliance> c = ComplianceChecker.check(s);
    assertEquals(ComplianceChecker.Status.MET, c.get(0).status());
    assertEquals(0.93, c.get(0).measured());
    assertEquals(ComplianceChecker.Status.MISSED, c.get(1).status());
    assertEquals(List.of("DATA samples (task-local-training)", "ALGORITHM precision (task-local-training)", "CONNECTION bit error rate (task-aggregation)"),
        c.get(0).resources());
  }

  @Test
  void resourceQosOutsideTable1IsFlagged() {
    Scenario s = ScenarioTemplates.tonaTasks();
    AIService svc = (AIService) s.getSlices().get(0).getServices().get(0);
    // Privacy carried by a connection QoS: Table 1 maps privacy to data and algorithm only.
    svc.getTasks().get(0).getResourceQos().stream().filter(q -> q.getDerivedFrom().getIndicator() == QoAISIndicator.PRIVACY_LEVEL)
        .findFirst().orElseThrow().setResource(TaskResource.CONNECTION);
    ComplianceChecker.Compliance privacy = ComplianceChecker.check(s).get(3);
    assertTrue(privacy.detail().contains("CONNECTION does not carry PRIVACY_LEVEL in Table 1"), privacy.detail());
    assertTrue(QoaisMapping.carries(QoAISIndicator.ACCURACY, TaskResource.CONNECTION));
    assertFalse(QoaisMapping.carries(QoAISIndicator.AUTONOMY_LEVEL, TaskResource.CONNECTION));
  }
}
