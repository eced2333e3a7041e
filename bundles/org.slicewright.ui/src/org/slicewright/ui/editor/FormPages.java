package org.slicewright.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.slicewright.model.pooling.PoolingPackage;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.scenario.ScenarioPackage;
import org.slicewright.model.slicing.Service;
import org.slicewright.model.slicing.SlicingPackage;
import org.slicewright.model.topology.TopologyPackage;
import org.slicewright.model.twins.TwinsPackage;

/** The form pages of the scenario editor, in the order a planner works: topology, slices, pools, twins, policies. */
final class FormPages {
  private FormPages() {
  }

  static List<ElementTablePage.Spec> specs() {
    List<ElementTablePage.Spec> out = new ArrayList<>();
    out.add(new ElementTablePage.Spec("Nodes", "Base stations, access points, edge boards, cloud and end devices. Edit cells in place; End devices stream frames of streamFrameSize at streamFps.",
        s -> s.getNetwork() == null ? List.of() : s.getNetwork().getNodes(), TopologyPackage.Literals.NODE,
        List.of("id", "name", "kind", "acceleratorKind", "site", "hardwareProfile", "streamFrameSize", "streamFps"),
        s -> s.getNetwork() == null ? null : new PageElements.Container(s.getNetwork(), TopologyPackage.Literals.NETWORK__NODES)));
    out.add(new ElementTablePage.Spec("Links", "Links with their bandwidth and latency distribution (STABLE: alpha, and a scale in ms; scale 0 fits it to the mean and deviation).",
        s -> s.getNetwork() == null ? List.of() : s.getNetwork().getLinks(), TopologyPackage.Literals.LINK,
        List.of("id", "source", "target", "bandwidthMbps", "latencyDistribution", "latencyMeanMs", "latencyStdMs", "stableAlpha", "stableScale"),
        s -> s.getNetwork() == null ? null : new PageElements.Container(s.getNetwork(), TopologyPackage.Literals.NETWORK__LINKS)));
    out.add(new ElementTablePage.Spec("Requirements", "Every service's QoAIS requirements: indicator, comparison and value (fractions in [0,1], latencies in ms).",
        FormPages::requirements, SlicingPackage.Literals.REQUIREMENT, List.of("indicator", "comparison", "value", "unit"), FormPages::firstService));
    out.add(new ElementTablePage.Spec("Pools", "Secondary pools of the AI services and their pooling policies (k-means over location and rate, or manual sub-pools).",
        s -> s.getSecondaryPools().stream().map(p -> (EObject) p.getPolicy()).filter(p -> p != null).toList(), PoolingPackage.Literals.POOLING_POLICY,
        List.of("id", "name", "method", "k"), s -> null));
    out.add(new ElementTablePage.Spec("Twins", "Level-one twins of user groups: demand (rate, daily cycle, noise or a trace), mobility and synchronisation.",
        Scenario::getLevelOneTwins, TwinsPackage.Literals.LEVEL_ONE_TWIN,
        List.of("id", "group", "arrivalRate", "diurnalAmplitude", "peakHour", "noise", "mobility", "traceRef", "syncPeriodS", "historyLength"),
        s -> new PageElements.Container(s, ScenarioPackage.Literals.SCENARIO__LEVEL_ONE_TWINS)));
    out.add(new ElementTablePage.Spec("Policies", "Node-selection policies of the edge what-if: kind, weights of W and S, and the QoS budget.",
        Scenario::getSelectionPolicies, ScenarioPackage.Literals.NODE_SELECTION_POLICY,
        List.of("id", "kind", "alpha", "beta", "gamma", "w1", "w5", "w15", "qosBudgetMs"),
        s -> new PageElements.Container(s, ScenarioPackage.Literals.SCENARIO__SELECTION_POLICIES)));
    return out;
  }

  /** New requirements go to the first service (add a slice and a service in the tree first). */
  static PageElements.Container firstService(Scenario s) {
    return s.getSlices().stream().flatMap(sl -> sl.getServices().stream()).findFirst()
        .map(v -> new PageElements.Container(v, SlicingPackage.Literals.SERVICE__REQUIREMENTS)).orElse(null);
  }

  static List<EObject> requirements(Scenario s) {
    List<EObject> out = new ArrayList<>();
    s.getSlices().forEach(sl -> sl.getServices().forEach((Service v) -> out.addAll(v.getRequirements())));
    return out;
  }

}
