package org.slicewright.sim.scenario;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.slicing.AIService;
import org.slicewright.model.slicing.AITask;
import org.slicewright.model.slicing.DeploymentPoint;
import org.slicewright.model.slicing.QoAISIndicator;
import org.slicewright.model.slicing.RoleAssignment;
import org.slicewright.model.slicing.TaskRole;
import org.slicewright.model.slicing.VNF;
import org.slicewright.model.topology.Link;
import org.slicewright.model.topology.Node;
import org.slicewright.model.topology.NodeKind;
import org.slicewright.model.topology.NodeResources;
import org.slicewright.model.topology.TopologyFactory;
import org.slicewright.model.topology.UserDeviceGroup;
import org.slicewright.model.util.AiServices;
import org.slicewright.model.util.EmptyScenario;
import org.slicewright.sim.ProgressMonitor;
import org.slicewright.sim.edge.EdgeConfig;
import org.slicewright.sim.offloading.OffloadingConfig;
import org.slicewright.sim.tasks.ComplianceChecker;
import org.slicewright.sim.twins.TwinStudy;
import org.slicewright.sim.twins.TwinStudyResult;

/** A study added over a network drawn from scratch (nodes with diagram positions only) is one the engines can run. */
class StudyDraftTest {
  private static Node draw(Scenario s, String id, NodeKind kind, double x, double y, double compute) {
    Node n = TopologyFactory.eINSTANCE.createNode();
    n.setId(id);
    n.setName(id);
    n.setKind(kind);
    n.setDiagramX(x);
    n.setDiagramY(y);
    if (compute > 0) {
      NodeResources r = TopologyFactory.eINSTANCE.createNodeResources();
      r.setCompute(compute);
      n.setResources(r);
    }
    s.getNetwork().getNodes().add(n);
    return n;
  }

  @Test
  void poolingOverFourDrawnAccessPointsPlansTheSweep() {
    Scenario s = EmptyScenario.create("mine", "Mine");
    draw(s, "cloud1", NodeKind.CLOUD, 0, 0, 10000);
    draw(s, "edge1", NodeKind.EDGE_SERVER, 200, 100, 1000);
    for (int i = 1; i <= 4; i++) draw(s, "ap" + i, NodeKind.ACCESS_POINT, 100 * i, 300, 100);
    List<Node> aps = PoolingStudyDraft.candidates(s).stream().filter(n -> n.getKind() == NodeKind.ACCESS_POINT).toList();
    assertEquals(4, aps.size());
    assertTrue(new PoolingStudyDraft(s, aps.subList(0, 1), List.of(5.0)).problems().get(0).contains("at least two access points"));
    assertTrue(new PoolingStudyDraft(s, aps, List.of(-1.0)).problems().get(0).contains("lambda max -1.0 is outside"));
    PoolingStudyDraft draft = new PoolingStudyDraft(s, aps, List.of(2.0, 5.0));
    assertEquals(List.of(), draft.problems());
    assertEquals(List.of(1, 2, 4), draft.subPoolCounts());
    draft.apply();
    assertEquals(400, aps.get(3).getSite().getX(), "a site at the drawn position");
    assertEquals(4, s.getPrimaryPool().getVaps().size());
    PoolingPlan plan = PoolingScenarioMapper.plan(s, 0, 1, true);
    assertEquals(3 * 2, plan.runs().size(), "k in {1, 2, 4} x two lambda max");
    // The pooling what-if runs the first study and sweep: a second pooling study is refused, naming the first.
    List<String> again = new PoolingStudyDraft(s, aps, List.of(1.0)).problems();
    assertTrue(again.get(0).contains("already has a pooling study ('pooling-study')"), again.toString());
  }

  @Test
  void twinsOverTwoDrawnGroupsRunTheFourPolicies() throws Exception {
    Scenario s = EmptyScenario.create("mine", "Mine");
    assertTrue(new TwinStudyDraft(s, List.of()).problems().get(0).contains("at least one user-device group"));
    Node a = draw(s, "sbs1", NodeKind.SMALL_BS, 0, 0, 200), b = draw(s, "sbs2", NodeKind.SMALL_BS, 400, 0, 200);
    for (Node n : List.of(a, b)) {
      UserDeviceGroup g = TopologyFactory.eINSTANCE.createUserDeviceGroup();
      g.setId("group-" + n.getId());
      g.setName("Users at " + n.getId());
      g.setSize(100);
      g.setAttachedTo(n);
      s.getNetwork().getDeviceGroups().add(g);
    }
    TwinStudyDraft draft = new TwinStudyDraft(s, TwinStudyDraft.candidates(s));
    assertEquals(List.of(), draft.problems());
    draft.apply();
    assertEquals("embb-slice", s.getSlices().get(0).getId(), "a slice to serve when none carries a service");
    assertEquals(30, s.getLevelOneTwins().get(0).getArrivalRate(), 1e-9);
    assertEquals(400, s.getLevelOneTwins().get(1).getX(), "at the drawn node");
    assertEquals(400, b.getSite().getX(), "the serving node gets a site where it is drawn");
    assertTrue(TwinScenarioMapper.hasTwinStudy(s));
    TwinStudyResult r = new TwinStudy(TwinScenarioMapper.config(s, Path.of("."), true, 1)).run(ProgressMonitor.NONE);
    assertEquals(4, r.summaries().size(), "static mean, last value, seasonal naive, forecast");
    assertTrue(r.summaries().stream().allMatch(p -> p.slaShare() > 0), r.summaries().toString());
    assertFalse(new TwinStudyDraft(s, TwinStudyDraft.candidates(s)).problems().isEmpty(), "one twin study per scenario");
  }

  @Test
  void edgeOverOneDrawnBoardAndTwoDevicesConfiguresEveryPolicy() {
    Scenario s = EmptyScenario.create("mine", "Mine");
    assertEquals(2, new EdgeStudyDraft(s, 150).problems().size(), "no board, no device");
    draw(s, "board1", NodeKind.BOARD, 0, 0, 24);
    draw(s, "ue1", NodeKind.END_DEVICE, 100, 100, 0);
    draw(s, "ue2", NodeKind.END_DEVICE, 200, 100, 0);
    assertTrue(new EdgeStudyDraft(s, 0).problems().get(0).contains("latency budget 0.0 ms"));
    new EdgeStudyDraft(s, 150).apply();
    assertTrue(new EdgeStudyDraft(s, 150).problems().get(0).contains("already has node-selection policies"), "four more policies would repeat the first four");
    assertNotNull(s.getNetwork().getNodes().get(0).getHardwareProfile(), "a measured profile");
    assertEquals(2, s.getNetwork().getLinks().size(), "each device linked to the board");
    List<EdgeConfig> configs = EdgeScenarioMapper.configs(s, 10);
    assertEquals(4, configs.size(), "round robin, random, least latency, combined weight");
    assertEquals(150, configs.get(0).qosBudgetMs());
    assertTrue(EdgeScenarioMapper.hasSelectionPolicies(s) && !PoolingScenarioMapper.hasPoolingStudy(s));
    // A pooling study over the same network: the scenario then offers both.
    draw(s, "ap1", NodeKind.ACCESS_POINT, 0, 300, 100);
    draw(s, "ap2", NodeKind.ACCESS_POINT, 200, 300, 100);
    new PoolingStudyDraft(s, PoolingStudyDraft.candidates(s).stream().filter(n -> n.getKind() == NodeKind.ACCESS_POINT).toList(), List.of(5.0)).apply();
    assertTrue(PoolingScenarioMapper.hasPoolingStudy(s) && EdgeScenarioMapper.hasSelectionPolicies(s));
  }

  @Test
  void offloadingOverDrawnBaseStationsGivesEachAVnfAndTheFourPolicies() {
    Scenario s = EmptyScenario.create("mine", "Mine");
    assertTrue(new OffloadingStudyDraft(s, 42.46, 50).problems().get(0).contains("at least one base station"));
    Node edge = draw(s, "edge1", NodeKind.EDGE_SERVER, 0, 0, 200), cloud = draw(s, "cloud1", NodeKind.CLOUD, 0, -500, 20000);
    for (int i = 1; i <= 3; i++) draw(s, "bs" + i, NodeKind.SMALL_BS, 100 * i, 200, 20);
    Link between = TopologyFactory.eINSTANCE.createLink();
    between.setId("bs1-bs2");
    between.setSource(s.getNetwork().getNodes().get(2));
    between.setTarget(s.getNetwork().getNodes().get(3));
    s.getNetwork().getLinks().add(between);
    assertEquals(OffloadingStudyDraft.MEASURED_RTT_MS, OffloadingStudyDraft.defaultRttMs(s), "no edge-cloud link drawn: the study's RTT");
    Link wan = TopologyFactory.eINSTANCE.createLink();
    wan.setId("wan");
    wan.setSource(edge);
    wan.setTarget(cloud);
    wan.setLatencyMeanMs(15);
    s.getNetwork().getLinks().add(wan);
    assertEquals(30, OffloadingStudyDraft.defaultRttMs(s), 1e-12, "twice the drawn edge-cloud latency");
    assertTrue(new OffloadingStudyDraft(s, Double.NaN, 50).problems().get(0).contains("round-trip time NaN ms"));
    assertTrue(new OffloadingStudyDraft(s, 30, 0.5).problems().get(0).contains("under-provisioning cost 0.5"));
    OffloadingStudyDraft draft = new OffloadingStudyDraft(s, 30, 50);
    draft.apply();
    assertEquals(List.of("vnf-bs1", "vnf-bs2", "vnf-bs3"), draft.functions().stream().map(VNF::getId).toList());
    assertEquals(4, s.getOffloadingPolicies().size(), "oracle, random, confidence, ML");
    assertEquals(30, s.getOffloadingPolicies().get(0).getRttMs());
    OffloadingConfig c = OffloadingScenarioMapper.config(s, true);
    assertEquals(3, c.traces().series(), "one demand series per VNF");
    assertTrue(OffloadingScenarioMapper.hasOffloadingPolicies(s));
    assertTrue(new OffloadingStudyDraft(s, 30, 50).problems().get(0).contains("already has offloading policies"));
  }

  @Test
  void qoaisRequirementsAreDecomposedIntoATaskThatComplianceReads() {
    Scenario s = EmptyScenario.create("mine", "Mine");
    assertTrue(new QoaisRequirementsDraft(s, null, List.of(), null, null).problems().get(0).contains("no AI service yet"));
    Node edge = draw(s, "edge1", NodeKind.EDGE_SERVER, 200, 100, 1000), bs = draw(s, "bs1", NodeKind.MACRO_BS, 200, 200, 100);
    for (int i = 1; i <= 2; i++) draw(s, "ap" + i, NodeKind.ACCESS_POINT, 100 * i, 300, 100);
    new PoolingStudyDraft(s, PoolingStudyDraft.candidates(s).stream().filter(n -> n.getKind() == NodeKind.ACCESS_POINT).toList(), List.of(5.0)).apply();
    AIService fl = AiServices.of(s).get(0);
    int before = fl.getRequirements().size();
    QoaisRequirementsDraft.Required accuracy = new QoaisRequirementsDraft.Required(QoAISIndicator.ACCURACY, 0.9, "");
    assertTrue(new QoaisRequirementsDraft(s, fl, List.of(new QoaisRequirementsDraft.Required(QoAISIndicator.ACCURACY, 1.5, "")), null, null).problems().get(0)
        .contains("accuracy 1.5 is outside [0, 1]"));
    assertTrue(new QoaisRequirementsDraft(s, fl, List.of(new QoaisRequirementsDraft.Required(QoAISIndicator.LATENCY, 20, "fortnights")), null, null).problems()
        .get(0).contains("unit 'fortnights' is not one of ms, s"));
    assertTrue(new QoaisRequirementsDraft(s, fl, List.of(accuracy), edge, null).problems().get(0).contains("anchor and its scheduler"));
    QoaisRequirementsDraft draft = new QoaisRequirementsDraft(s, fl,
        List.of(accuracy, new QoaisRequirementsDraft.Required(QoAISIndicator.TRAINING_DURATION, 600, "s"),
            new QoaisRequirementsDraft.Required(QoAISIndicator.PRIVACY_LEVEL, 3, "level")),
        edge, bs);
    assertEquals(List.of(), draft.problems());
    draft.apply();
    assertEquals(before + 3, fl.getRequirements().size());
    AITask task = fl.getTasks().get(0);
    assertEquals(List.of(TaskRole.ANCHOR, TaskRole.SCHEDULER, TaskRole.EXECUTOR, TaskRole.EXECUTOR), task.getRoles().stream().map(RoleAssignment::getRole).toList());
    assertEquals(DeploymentPoint.CU, task.getRoles().get(0).getDeployment());
    assertEquals(4, task.getResourceQos().size(), "accuracy and duration on one resource each, privacy on data and algorithm");
    List<ComplianceChecker.Compliance> rows = ComplianceChecker.check(s, null);
    ComplianceChecker.Compliance privacy = rows.stream().filter(r -> r.indicator() == QoAISIndicator.PRIVACY_LEVEL).findFirst().orElseThrow();
    assertEquals(List.of("DATA data privacy (" + task.getId() + ")", "ALGORITHM algorithm privacy (" + task.getId() + ")"), privacy.resources());
    assertFalse(privacy.detail().contains("does not carry"), "every carrier is one Table 1 allows: " + privacy.detail());
    assertTrue(new QoaisRequirementsDraft(s, fl, List.of(accuracy), null, null).problems().get(0).contains("already requires accuracy"));
  }

  @Test
  void everyIndicatorIsCarriedByAResourceTable1Allows() {
    Scenario s = EmptyScenario.create("mine", "Mine");
    Node edge = draw(s, "edge1", NodeKind.EDGE_SERVER, 200, 100, 1000), bs = draw(s, "bs1", NodeKind.MACRO_BS, 200, 200, 100);
    for (int i = 1; i <= 2; i++) draw(s, "ap" + i, NodeKind.ACCESS_POINT, 100 * i, 300, 100);
    new PoolingStudyDraft(s, PoolingStudyDraft.candidates(s).stream().filter(n -> n.getKind() == NodeKind.ACCESS_POINT).toList(), List.of(5.0)).apply();
    AIService fl = AiServices.of(s).get(0);
    fl.getRequirements().clear();
    List<QoaisRequirementsDraft.Required> all = QoAISIndicator.VALUES.stream().map(QoaisRequirementsDraft::suggestion).toList();
    new QoaisRequirementsDraft(s, fl, all, edge, bs).apply();
    List<ComplianceChecker.Compliance> rows = ComplianceChecker.check(s, null);
    assertEquals(QoAISIndicator.VALUES.size(), rows.size());
    for (ComplianceChecker.Compliance r : rows) {
      assertTrue(r.resources().stream().allMatch(x -> x.endsWith("(" + fl.getTasks().get(0).getId() + ")")), r.indicator() + " decomposed: " + r.resources());
      assertFalse(r.detail().contains("does not carry"), r.indicator() + ": " + r.detail());
    }
  }
}
