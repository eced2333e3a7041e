package org.slicewright.model.util;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.slicewright.examples.Examples;
import org.slicewright.model.pooling.PoolingFactory;
import org.slicewright.model.pooling.Reservation;
import org.slicewright.model.pooling.ResourceKind;
import org.slicewright.model.pooling.SecondaryPool;
import org.slicewright.model.pooling.SubPool;
import org.slicewright.model.pooling.VAP;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.slicing.AIService;
import org.slicewright.model.slicing.Requirement;
import org.slicewright.model.topology.Link;
import org.slicewright.model.topology.Node;
import org.slicewright.model.twins.LevelTwoTwin;

/** Each rule fires on a deliberately broken copy of the pooling example, naming the element. */
class ValidationTest {

  private static Scenario broken(Consumer<Scenario> breakIt) {
    Scenario s = Examples.load("pooling-32ap");
    assertTrue(ModelValidator.validate(s).isEmpty(), "template must be clean");
    breakIt.accept(s);
    return s;
  }

  private static void assertProblem(Scenario s, String element, String fragment) {
    List<Problem> problems = ModelValidator.validate(s);
    assertTrue(problems.stream().anyMatch(p -> p.element().contains(element) && p.message().contains(fragment)),
        "expected a problem on " + element + " containing '" + fragment + "', got " + problems);
    assertTrue(ModelValidator.hasErrors(problems));
  }

  private static Node node(Scenario s, String id) {
    return s.getNetwork().getNodes().stream().filter(n -> id.equals(n.getId())).findFirst().orElseThrow();
  }

  @Test
  void impossibleStreamSettings() {
    Scenario s = Examples.load("hetero-edge");
    assertTrue(ModelValidator.validate(s).isEmpty(), "template must be clean");
    node(s, "rpi2").setStreamFps(0);
    s.getSelectionPolicies().get(3).setW1(-1);
    s.getSelectionPolicies().get(2).setQosBudgetMs(0);
    node(s, "rpi3").setStreamFrameSize(-600);
    assertProblem(s, "Node 'rpi2'", "stream rate must be > 0 frames/s");
    assertProblem(s, "Node 'rpi3'", "stream frame size must be > 0 pixels");
    assertProblem(s, "NodeSelectionPolicy 'select-combined-weight'", "EMA weights w1, w5, w15 of S must be >= 0");
    assertProblem(s, "NodeSelectionPolicy 'select-least-latency'", "QoS budget must be > 0 ms");
  }

  @Test
  void levelTwoTwinsSeeOnlyTheirSlicesGroups() {
    Scenario s = Examples.load("twin-demand");
    assertTrue(ModelValidator.validate(s).isEmpty(), "template must be clean: " + ModelValidator.validate(s));
    LevelTwoTwin urllc = s.getLevelTwoTwins().stream().filter(t -> t.getId().equals("twin-urllc-slice")).findFirst().orElseThrow();
    urllc.getMembers().add(s.getLevelOneTwins().stream().filter(t -> t.getId().equals("twin-homes-east")).findFirst().orElseThrow());
    assertProblem(s, "LevelTwoTwin 'twin-urllc-slice'", "member 'twin-homes-east' uses none of slice 'urllc-slice''s services");
  }

  @Test
  void danglingLinkEnd() {
    Scenario s = broken(sc -> sc.getNetwork().getLinks().get(1).setTarget(null));
    Link l = s.getNetwork().getLinks().get(1);
    assertProblem(s, "Link '" + l.getId() + "'", "dangling");
  }

  @Test
  void zeroAndNegativeCapacities() {
    assertProblem(broken(sc -> node(sc, "ap03").getResources().setCompute(0)), "Node 'ap03'", "zero compute");
    assertProblem(broken(sc -> node(sc, "ap04").getResources().setMemory(-1)), "Node 'ap04'", "negative capacity");
    assertProblem(broken(sc -> sc.getNetwork().getLinks().get(0).setBandwidthMbps(0)), "Link", "bandwidth must be > 0");
  }

  @Test
  void reservationAboveCapacity() {
    Scenario s = broken(sc -> sc.getPrimaryPool().getVaps().get(2).getReservations().get(0).setAmount(1.6));
    assertProblem(s, "VAP 'vap-ap03'", "has only 1.5");
  }

  @Test
  void subPoolMemberNotHostingTheVnf() {
    Scenario s = broken(sc -> {
      SecondaryPool pool = sc.getSecondaryPools().get(0);
      pool.getVnf().getPlacements().remove(node(sc, "ap05"));
      SubPool sp = PoolingFactory.eINSTANCE.createSubPool();
      sp.setId("manual-1");
      sp.getMembers().add(sc.getPrimaryPool().getVaps().get(4));
      pool.getSubPools().add(sp);
    });
    assertProblem(s, "SubPool 'manual-1'", "does not host VNF 'digit-vnf'");
  }

  @Test
  void avapReservationBelowMembers() {
    Scenario s = broken(sc -> {
      SubPool sp = PoolingFactory.eINSTANCE.createSubPool();
      sp.setId("sp-1");
      VAP a = sc.getPrimaryPool().getVaps().get(0);
      VAP b = sc.getPrimaryPool().getVaps().get(1);
      sp.getMembers().add(a);
      sp.getMembers().add(b);
      sp.setTrainer(a);
      sp.setAvap(PoolingFactory.eINSTANCE.createAVAP());
      sp.getAvap().setId("avap-1");
      Reservation r = PoolingFactory.eINSTANCE.createReservation();
      r.setKind(ResourceKind.COMPUTE);
      r.setAmount(0.7); // members reserve 0.5 + 0.5
      sp.getAvap().getReservations().add(r);
      sc.getSecondaryPools().get(0).getSubPools().add(sp);
    });
    assertProblem(s, "AVAP 'avap-1'", "below the 1.0");
  }

  @Test
  void nonPositiveArrivalRate() {
    assertProblem(broken(sc -> sc.getLevelOneTwins().get(3).setArrivalRate(0)), "LevelOneTwin 'twin-ap04'", "lambda must be > 0");
    assertProblem(broken(sc -> sc.getSweeps().get(0).getLambdaMaxValues().set(0, -2.0)), "Sweep 'sweep-k-lambda'", "lambda max must be > 0");
  }

  @Test
  void duplicateIds() {
    Scenario s = broken(sc -> node(sc, "ap07").setId("ap06"));
    assertProblem(s, "Node 'ap06'", "duplicate id 'ap06'");
  }

  @Test
  void requirementOutOfRange() {
    Scenario s = broken(sc -> {
      AIService svc = (AIService) sc.getSlices().get(0).getServices().get(0);
      Requirement r = svc.getRequirements().get(0);
      r.setValue(1.5);
    });
    assertProblem(s, "Requirement in AIService 'digit-recognition'", "fraction in [0, 1]");
  }

  @Test
  void tooManySubPoolsForThePool() {
    assertProblem(broken(sc -> sc.getSweeps().get(0).setSubPoolsTo(40)), "Sweep", "only 32 VAPs");
    assertProblem(broken(sc -> sc.getSecondaryPools().get(0).getPolicy().setK(33)), "PoolingPolicy 'kmeans-policy'", "outside 1..32");
  }

  @Test
  void offloadingPolicyParameters() {
    Scenario s = Examples.load("offloading-ddnn");
    assertTrue(ModelValidator.validate(s).isEmpty());
    s.getOffloadingPolicies().get(1).setLocalWeight(1.2);
    s.getOffloadingPolicies().get(2).setPreset("huge");
    assertProblem(s, "OffloadingPolicy 'offload-random'", "w_L must be in [0, 1], is 1.2");
    assertProblem(s, "OffloadingPolicy 'offload-confidence'", "unknown DDNN preset 'huge'");
  }

  @Test
  void registeredWithEmfDiagnostician() {
    Scenario s = broken(sc -> node(sc, "ap02").getResources().setCompute(-3));
    ScenarioResources.createResourceSet(); // registers the validator
    Diagnostic d = Diagnostician.INSTANCE.validate(s);
    assertEquals(Diagnostic.ERROR, d.getSeverity());
    assertTrue(d.getChildren().stream().anyMatch(c -> c.getMessage().contains("Node 'ap02'")), d.toString());
  }
}
