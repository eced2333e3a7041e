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
      return new OffloadingConfig(s.getId(), traces, history, DdnnArchitecture.SMALL, p.getLocalWeight(),
          new AsymmetricCost(p.getUnderProvisioningCost(), p.getOverProvisioningCost()), quick ? 3 : 4, 0.01, true, 0.7, p.getDropout(),
          p.getPasses(), p.getRttMs(), 1, 1, s.getSeed()).validate();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("offloading policy '" + p.getId() + "': " + e.getMessage(), e);
    }
  }
}
