package org.slicewright.sim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.slicewright.model.scenario.NodeSelectionPolicy;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.scenario.ScenarioFactory;
import org.slicewright.model.scenario.ScenarioPackage;
import org.slicewright.model.scenario.SelectionKind;
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
import org.slicewright.model.topology.HardwareProfile;
import org.slicewright.model.topology.LatencyDistribution;
import org.slicewright.model.topology.Link;
import org.slicewright.model.topology.Node;
import org.slicewright.model.topology.NodeKind;
import org.slicewright.model.topology.TopologyFactory;
import org.slicewright.model.topology.TopologyPackage;
import org.slicewright.model.util.MeasuredProfiles;
import org.slicewright.model.util.ScenarioIds;

/**
 * An edge-inference study over the boards and devices the planner drew (the emulation runs every
 * BOARD and END_DEVICE node of the scenario): a video-analytics slice whose object detector runs on
 * the boards, and the study's four node-selection policies with the latency budget. A board without
 * a hardware profile gets the one measured on a board with its accelerator; each device is linked to
 * every board it is not linked to yet (the emulation needs a path to each), with the 5G edge latency
 * measured in the study (stable law, mean 13.405 ms, standard deviation 16.065 ms, alpha 1.6878).
 */
public final class EdgeStudyDraft implements StudyDraft {
  public static final double LINK_MEAN_MS = 13.405, LINK_STD_MS = 16.065, LINK_ALPHA = 1.6878, LINK_MBPS = 100;
  private final Scenario scenario;
  private final double qosBudgetMs;

  public EdgeStudyDraft(Scenario scenario, double qosBudgetMs) {
    this.scenario = scenario;
    this.qosBudgetMs = qosBudgetMs;
  }

  public List<Node> boards() {
    return nodes(NodeKind.BOARD);
  }

  public List<Node> devices() {
    return nodes(NodeKind.END_DEVICE);
  }

  private List<Node> nodes(NodeKind kind) {
    return scenario.getNetwork() == null ? List.of() : scenario.getNetwork().getNodes().stream().filter(n -> n.getKind() == kind).toList();
  }

  @Override
  public List<String> problems() {
    List<String> out = new ArrayList<>();
    if (boards().isEmpty()) out.add("draw at least one board (the inference nodes) first");
    if (devices().isEmpty()) out.add("draw at least one end device (the cameras that stream frames) first");
    if (!scenario.getSelectionPolicies().isEmpty()) out.add("the scenario already has node-selection policies ('" + scenario.getSelectionPolicies().get(0).getId() + "'...): edit them instead");
    if (!(qosBudgetMs > 0) || qosBudgetMs > 60000) out.add("the latency budget " + qosBudgetMs + " ms is outside (0, 60000] ms");
    return out;
  }

  @Override
  public List<Addition> additions() {
    Set<String> used = ScenarioIds.used(scenario);
    List<Addition> out = new ArrayList<>();
    for (Node b : boards()) {
      if (b.getHardwareProfile() != null) continue;
      HardwareProfile hp = MeasuredProfiles.profile(MeasuredProfiles.of(b.getAcceleratorKind()), ScenarioIds.fresh(used, "profile-" + b.getId(), ""));
      out.add(new Addition(scenario.getNetwork(), TopologyPackage.Literals.NETWORK__HARDWARE_PROFILES, hp));
      out.add(new Addition(b, TopologyPackage.Literals.NODE__HARDWARE_PROFILE, hp));
    }
    for (Node d : devices()) {
      for (Node b : boards()) {
        if (linked(d, b)) continue;
        Link l = TopologyFactory.eINSTANCE.createLink();
        l.setId(ScenarioIds.fresh(used, "link-" + d.getId() + "-" + b.getId(), ""));
        l.setSource(d);
        l.setTarget(b);
        l.setBandwidthMbps(LINK_MBPS);
        l.setLatencyMeanMs(LINK_MEAN_MS);
        l.setLatencyStdMs(LINK_STD_MS);
        l.setLatencyDistribution(LatencyDistribution.STABLE);
        l.setStableAlpha(LINK_ALPHA);
        out.add(new Addition(scenario.getNetwork(), TopologyPackage.Literals.NETWORK__LINKS, l));
      }
    }
    Slice slice = SlicingFactory.eINSTANCE.createSlice();
    slice.setId(ScenarioIds.fresh(used, "video-slice", ""));
    slice.setName("Video analytics slice");
    slice.setKind(SliceKind.URLLC);
    AIService service = SlicingFactory.eINSTANCE.createAIService();
    service.setId(ScenarioIds.fresh(used, "object-detection", ""));
    service.setName("Object detection inference");
    service.setPhases(AIPhase.INFERENCE);
    service.setLearningMethod(LearningMethod.CENTRALISED);
    Requirement latency = SlicingFactory.eINSTANCE.createRequirement();
    latency.setIndicator(QoAISIndicator.LATENCY);
    latency.setComparison(Comparison.AT_MOST);
    latency.setValue(qosBudgetMs);
    latency.setUnit("ms");
    service.getRequirements().add(latency);
    VNF vnf = SlicingFactory.eINSTANCE.createVNF();
    vnf.setId(ScenarioIds.fresh(used, "detector", ""));
    vnf.setName("Object detector");
    vnf.getPlacements().addAll(boards());
    service.getFunctions().add(vnf);
    slice.getServices().add(service);
    out.add(new Addition(scenario, ScenarioPackage.Literals.SCENARIO__SLICES, slice));
    for (SelectionKind k : List.of(SelectionKind.ROUND_ROBIN, SelectionKind.RANDOM, SelectionKind.LEAST_LATENCY, SelectionKind.COMBINED_WEIGHT)) {
      NodeSelectionPolicy p = ScenarioFactory.eINSTANCE.createNodeSelectionPolicy();
      String words = k.getLiteral().toLowerCase().replace('_', ' ');
      p.setId(ScenarioIds.fresh(used, "select-" + words.replace(' ', '-'), ""));
      p.setName(words);
      p.setKind(k);
      p.setQosBudgetMs(qosBudgetMs);
      out.add(new Addition(scenario, ScenarioPackage.Literals.SCENARIO__SELECTION_POLICIES, p));
    }
    return out;
  }

  private boolean linked(Node a, Node b) {
    for (Link l : scenario.getNetwork().getLinks()) {
      if (l.getSource() == a && l.getTarget() == b || l.getSource() == b && l.getTarget() == a) return true;
    }
    return false;
  }
}
