package org.slicewright.sim.scenario;

import org.slicewright.data.traces.DemandTraces;
import org.slicewright.data.traces.SyntheticTraceGenerator;
import org.slicewright.model.scenario.OffloadingPolicy;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.slicing.Service;
import org.slicewright.model.slicing.Slice;
import org.slicewright.model.slicing.VNF;
import org.slicewright.sim.offloading.AsymmetricCost;
import org.slicewright.sim.offloading.DdnnArchitecture;
import org.slicewright.sim.offloading.OffloadingConfig;

/**
 * Maps a scenario's offloading policies to the engine config: one demand series per VNF of the
 * scenario's services (seeded synthetic traces with daily and weekly cycles, 144 samples a day), the
 * DDNN's joint-training weight, cost coefficients, dropout, passes and RTT from the first offloading
 * policy. {@code quick} shortens history, traces and training for previews and CI.
 */
public final class OffloadingScenarioMapper {
  private OffloadingScenarioMapper() {
  }

  public static boolean hasOffloadingPolicies(Scenario s) {
    return !s.getOffloadingPolicies().isEmpty();
  }

  /**
   * Compute times are measured on this machine, taken as the scenario's edge server; the cloud runs
   * the remote part faster by the ratio of the cloud's compute capacity to the edge server's
   * (1 when the scenario has no edge server or cloud with a capacity).
   */
  static double cloudSpeedup(Scenario s) {
    if (s.getNetwork() == null) return 1;
    double edge = 0, cloud = 0;
    for (org.slicewright.model.topology.Node n : s.getNetwork().getNodes()) {
      if (n.getResources() == null) continue;
      if (n.getKind() == org.slicewright.model.topology.NodeKind.EDGE_SERVER) edge = Math.max(edge, n.getResources().getCompute());
      if (n.getKind() == org.slicewright.model.topology.NodeKind.CLOUD) cloud = Math.max(cloud, n.getResources().getCompute());
    }
    return edge > 0 && cloud > 0 ? cloud / edge : 1;
  }

  public static OffloadingConfig config(Scenario s, boolean quick) {
    if (s.getOffloadingPolicies().isEmpty()) throw new IllegalArgumentException("scenario '" + s.getId() + "' has no offloading policy");
    int vnfs = 0;
    for (Slice sl : s.getSlices()) {
      for (Service svc : sl.getServices()) {
        if (svc instanceof org.slicewright.model.slicing.AIService) {
          for (VNF v : ((org.slicewright.model.slicing.AIService) svc).getFunctions()) if (v != null) vnfs++;
        }
      }
    }
    if (vnfs < 1) throw new IllegalArgumentException("scenario '" + s.getId() + "' has no VNF whose demand the DDNN could allocate");
    OffloadingPolicy p = s.getOffloadingPolicies().get(0);
    int days = quick ? 6 : 14;
    int history = quick ? 48 : 144;
    DemandTraces traces = new SyntheticTraceGenerator(s.getSeed(), 144).generate(vnfs, 144 * days);
    try {
      if (p.getEpochs() < 1) throw new IllegalArgumentException("epochs must be >= 1, is " + p.getEpochs());
      DdnnArchitecture arch = DdnnArchitecture.preset(p.getPreset() == null ? "small" : p.getPreset());
      return new OffloadingConfig(s.getId(), traces, history, arch, p.getLocalWeight(),
          new AsymmetricCost(p.getUnderProvisioningCost(), p.getOverProvisioningCost()), quick ? Math.min(4, p.getEpochs()) : p.getEpochs(), 0.005, false, 0.7, p.getDropout(),
          p.getPasses(), p.getRttMs(), 1, cloudSpeedup(s), s.getSeed()).validate();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("offloading policy '" + p.getId() + "': " + e.getMessage(), e);
    }
  }
}
