package org.slicewright.sim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.slicewright.model.scenario.OffloadingKind;
import org.slicewright.model.scenario.OffloadingPolicy;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.scenario.ScenarioFactory;
import org.slicewright.model.scenario.ScenarioPackage;
import org.slicewright.model.slicing.AIPhase;
import org.slicewright.model.slicing.AIService;
import org.slicewright.model.slicing.Comparison;
import org.slicewright.model.slicing.LearningMethod;
import org.slicewright.model.slicing.QoAISIndicator;
import org.slicewright.model.slicing.Requirement;
import org.slicewright.model.slicing.Slice;
import org.slicewright.model.slicing.SliceKind;
import org.slicewright.model.slicing.SlicingFactory;
import org.slicewright.model.slicing.VNF;
import org.slicewright.model.topology.Link;
import org.slicewright.model.topology.Node;
import org.slicewright.model.topology.NodeKind;
import org.slicewright.model.util.ScenarioIds;
import org.slicewright.model.util.AiServices;
import org.slicewright.model.util.LiteralWords;

/**
 * An edge/cloud offloading study over the VNFs of the scenario: the DDNN predicts each VNF's resource
 * allocation from its demand, with a small local exit at the edge and a large remote exit in the
 * cloud, and the four offloading policies (oracle, random, confidence, ML) decide per sample whether
 * the local exit suffices. The engine allocates every VNF of every AI service; a scenario without
 * one gets an allocation-predictor service with one VNF per drawn base station or access point, as in
 * the study's sixteen base stations (the DDNN is the study's distributed LSTM). The round-trip time defaults to twice the latency of the drawn
 * edge-to-cloud link, else to the 42.46 ms measured in the study.
 */
public final class OffloadingStudyDraft implements StudyDraft {
  /** The edge-cloud round trip measured in the study, ms. */
  public static final double MEASURED_RTT_MS = 42.46;
  /** The study's cost of allocating one unit too little, in units of the cost of one unit too much. */
  public static final double STUDY_UNDER_PROVISIONING_COST = 50;
  private static final Set<NodeKind> RADIO = Set.of(NodeKind.MACRO_BS, NodeKind.SMALL_BS, NodeKind.ACCESS_POINT);
  private final Scenario scenario;
  private final double rttMs;
  private final double underProvisioningCost;

  public OffloadingStudyDraft(Scenario scenario, double rttMs, double underProvisioningCost) {
    this.scenario = scenario;
    this.rttMs = rttMs;
    this.underProvisioningCost = underProvisioningCost;
  }

  /** Twice the mean latency of the first link between an edge server and a cloud, else the study's measured RTT. */
  public static double defaultRttMs(Scenario s) {
    if (s.getNetwork() != null) {
      for (Link l : s.getNetwork().getLinks()) {
        if (l.getSource() == null || l.getTarget() == null || !(l.getLatencyMeanMs() > 0)) continue;
        NodeKind a = l.getSource().getKind(), b = l.getTarget().getKind();
        boolean edgeToCloud = a == NodeKind.EDGE_SERVER && b == NodeKind.CLOUD || a == NodeKind.CLOUD && b == NodeKind.EDGE_SERVER;
        if (edgeToCloud) return 2 * l.getLatencyMeanMs();
      }
    }
    return MEASURED_RTT_MS;
  }

  /** The VNFs whose allocation the DDNN predicts: every function of every AI service, in model order. */
  public List<VNF> functions() {
    List<VNF> out = new ArrayList<>();
    for (AIService ai : AiServices.of(scenario)) out.addAll(ai.getFunctions());
    return out;
  }

  /** The drawn base stations and access points that get a VNF each when the scenario has none. */
  public List<Node> radioNodes() {
    return scenario.getNetwork() == null ? List.of() : scenario.getNetwork().getNodes().stream().filter(n -> RADIO.contains(n.getKind())).toList();
  }

  @Override
  public List<String> problems() {
    List<String> out = new ArrayList<>();
    if (functions().isEmpty() && radioNodes().isEmpty()) {
      out.add("draw at least one base station or access point (each gets a VNF whose allocation the DDNN predicts), or add an AI service with VNFs");
    }
    if (!scenario.getOffloadingPolicies().isEmpty()) {
      out.add("the scenario already has offloading policies ('" + scenario.getOffloadingPolicies().get(0).getId() + "'...): edit them instead");
    }
    if (!(rttMs >= 0) || rttMs > 60000) out.add("the round-trip time " + rttMs + " ms is outside [0, 60000] ms");
    if (!(underProvisioningCost >= 1) || underProvisioningCost > 1e6) {
      out.add("the under-provisioning cost " + underProvisioningCost + " is outside [1, 1000000] (times the over-provisioning cost of 1)");
    }
    return out;
  }

  @Override
  public List<Addition> additions() {
    Set<String> used = ScenarioIds.used(scenario);
    List<Addition> out = new ArrayList<>();
    if (functions().isEmpty()) out.add(new Addition(scenario, ScenarioPackage.Literals.SCENARIO__SLICES, predictorSlice(used)));
    for (OffloadingKind k : OffloadingKind.VALUES) {
      OffloadingPolicy p = ScenarioFactory.eINSTANCE.createOffloadingPolicy();
      p.setId(ScenarioIds.fresh(used, "offload-" + LiteralWords.lower(k.getLiteral()), ""));
      p.setName(LiteralWords.capitalised(k.getLiteral()) + " offloading");
      p.setKind(k);
      p.setRttMs(rttMs);
      p.setUnderProvisioningCost(underProvisioningCost);
      out.add(new Addition(scenario, ScenarioPackage.Literals.SCENARIO__OFFLOADING_POLICIES, p));
    }
    return out;
  }

  /** An eMBB slice whose allocation predictor has one VNF at each drawn base station or access point. */
  private Slice predictorSlice(Set<String> used) {
    Slice slice = SlicingFactory.eINSTANCE.createSlice();
    slice.setId(ScenarioIds.fresh(used, "embb-slice", ""));
    slice.setName("eMBB slice");
    slice.setKind(SliceKind.EMBB);
    AIService predictor = SlicingFactory.eINSTANCE.createAIService();
    predictor.setId(ScenarioIds.fresh(used, "allocation-predictor", ""));
    predictor.setName("Resource-allocation predictor (DDNN)");
    predictor.setPhases(AIPhase.INFERENCE);
    predictor.setLearningMethod(LearningMethod.SPLIT);
    Requirement latency = SlicingFactory.eINSTANCE.createRequirement();
    latency.setIndicator(QoAISIndicator.LATENCY);
    latency.setComparison(Comparison.AT_MOST);
    latency.setValue(50);
    latency.setUnit("ms");
    predictor.getRequirements().add(latency);
    for (Node n : radioNodes()) {
      VNF v = SlicingFactory.eINSTANCE.createVNF();
      v.setId(ScenarioIds.fresh(used, "vnf-" + n.getId(), ""));
      v.setName("VNF at " + n.getName());
      v.setAiFunction(false);
      v.getPlacements().add(n);
      predictor.getFunctions().add(v);
    }
    slice.getServices().add(predictor);
    return slice;
  }
}
