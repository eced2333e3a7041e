package org.slicewright.sim.scenario;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.slicewright.data.traces.CsvTraceReader;
import org.slicewright.data.traces.DemandTraces;
import org.slicewright.data.traces.SyntheticTraceGenerator;
import org.slicewright.data.traces.TraceFormatException;
import org.slicewright.model.scenario.OffloadingPolicy;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.slicing.AIService;
import org.slicewright.model.slicing.Service;
import org.slicewright.model.slicing.Slice;
import org.slicewright.model.slicing.VNF;
import org.slicewright.model.topology.Node;
import org.slicewright.model.topology.NodeKind;
import org.slicewright.model.twins.LevelOneTwin;
import org.slicewright.sim.offloading.AsymmetricCost;
import org.slicewright.model.util.OffloadingWeights;
import org.slicewright.sim.nn.EarlyStoppingTrainer;
import org.slicewright.sim.offloading.DdnnArchitecture;
import org.slicewright.sim.offloading.OffloadingBlock;
import org.slicewright.sim.offloading.OffloadingConfig;
import org.slicewright.sim.twins.DemandTimeline;
import org.slicewright.sim.twins.LevelTwoTwin;
import org.slicewright.sim.twins.TwinStudyConfig;

/**
 * Maps a scenario's offloading policies to the engine config: the demand series (the first policy's
 * trace CSV when it names one; else one series per VNF of the scenario's services, from the
 * level-one twins when the scenario has them for every VNF, else seeded synthetic traces with daily
 * and weekly cycles; 144 samples a day), the
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
    for (Node n : s.getNetwork().getNodes()) {
      if (n.getResources() == null) continue;
      if (n.getKind() == NodeKind.EDGE_SERVER) edge = Math.max(edge, n.getResources().getCompute());
      if (n.getKind() == NodeKind.CLOUD) cloud = Math.max(cloud, n.getResources().getCompute());
    }
    return edge > 0 && cloud > 0 ? cloud / edge : 1;
  }

  /**
   * Demand per VNF from the level-one twins, when every VNF of the scenario's AI services has at
   * least one: the twins whose groups are attached to one of the VNF's nodes and use its service add
   * their arrival rate (times the service's share of the group's demand) per 10-minute sample. Null
   * when some VNF has no twin (then every series is synthetic, so the series stay comparable).
   */
  static DemandTraces twinTraces(Scenario s, int samples) {
    if (s.getLevelOneTwins().isEmpty()) return null;
    List<TwinStudyConfig.Twin> twins;
    try {
      twins = TwinScenarioMapper.twins(s, TwinScenarioMapper.baseDir(s));
    } catch (IOException | TraceFormatException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    List<String> names = new ArrayList<>();
    List<double[]> weights = new ArrayList<>();
    for (Slice sl : s.getSlices()) {
      for (Service svc : sl.getServices()) {
        if (!(svc instanceof AIService ai)) continue;
        TwinStudyConfig.Slice only = new TwinStudyConfig.Slice(sl.getId(), Set.of(svc.getId()));
        for (VNF v : ai.getFunctions()) {
          double[] w = new double[twins.size()];
          boolean any = false;
          for (int i = 0; i < twins.size(); i++) {
            LevelOneTwin t = s.getLevelOneTwins().get(i);
            if (t.getGroup() == null || !v.getPlacements().contains(t.getGroup().getAttachedTo())) continue;
            w[i] = LevelTwoTwin.share(twins.get(i), only);
            any |= w[i] > 0;
          }
          if (!any) return null;
          names.add(v.getId());
          weights.add(w);
        }
      }
    }
    DemandTimeline demand = new DemandTimeline(twins, samples, 600, s.getSeed());
    double[][] raw = new double[samples][names.size()];
    for (int t = 0; t < samples; t++) {
      for (int k = 0; k < names.size(); k++) {
        for (int i = 0; i < twins.size(); i++) raw[t][k] += weights.get(k)[i] * demand.rate(i, t);
      }
    }
    return DemandTraces.normalise(names, raw);
  }

  /** Days of demand and history N of a full study and of a quick one. */
  static final int DAYS = 14;
  static final int QUICK_DAYS = 6;
  static final int QUICK_HISTORY = 48;
  static final int QUICK_EPOCHS = 40;

  public static OffloadingConfig config(Scenario s, boolean quick) {
    if (s.getOffloadingPolicies().isEmpty()) throw new IllegalArgumentException("scenario '" + s.getId() + "' has no offloading policy");
    int vnfs = 0;
    for (Slice sl : s.getSlices()) {
      for (Service svc : sl.getServices()) {
        if (svc instanceof AIService ai) {
          for (VNF v : ai.getFunctions()) if (v != null) vnfs++;
        }
      }
    }
    OffloadingPolicy p = s.getOffloadingPolicies().get(0);
    int days = quick ? QUICK_DAYS : DAYS;
    int history = quick ? QUICK_HISTORY : 144;
    DemandTraces traces;
    String source;
    try {
      if (p.getTraceRef() != null && !p.getTraceRef().isBlank()) {
        Path file = TraceFiles.resolve(TwinScenarioMapper.baseDir(s), p.getTraceRef(), "offloading policy '" + p.getId() + "'");
        traces = CsvTraceReader.read(file);
        if (quick && traces.length() > 144 * days) traces = traces.head(144 * days);
        source = "CSV " + file.getFileName() + ", " + traces.series() + " columns";
      } else {
        if (vnfs < 1) throw new IllegalArgumentException("scenario '" + s.getId() + "' has no VNF whose demand the DDNN could allocate");
        traces = twinTraces(s, 144 * days);
        source = "level-one twins, seed " + s.getSeed();
        if (traces == null) {
          traces = new SyntheticTraceGenerator(s.getSeed(), 144).generate(vnfs, 144 * days);
          source = "synthetic, seed " + s.getSeed();
        }
      }
    } catch (IOException | TraceFormatException e) {
      throw new IllegalArgumentException("offloading policy '" + p.getId() + "': demand trace: " + e.getMessage(), e);
    }
    try {
      DdnnArchitecture arch = quick ? DdnnArchitecture.SMALL : DdnnArchitecture.preset(p.getPreset() == null ? "paper" : p.getPreset());
      EarlyStoppingTrainer.Settings training = new EarlyStoppingTrainer.Settings(quick ? Math.min(QUICK_EPOCHS, p.getEpochs()) : p.getEpochs(),
          p.getPatience(), 16, p.getLearningRate(), true);
      OffloadingBlock block = OffloadingBlock.parse(p.getOffloadingBlock() == null ? "network" : p.getOffloadingBlock());
      return new OffloadingConfig(s.getId(), traces, source, history, arch, p.getLocalWeight(), OffloadingWeights.parse(p.getWeightSweep()),
          new AsymmetricCost(p.getUnderProvisioningCost(), p.getOverProvisioningCost()), training, p.isResidualTarget(), 0.7, 0.1, block,
          p.getDropout(), p.getPasses(), p.getRttMs(), 1, cloudSpeedup(s), s.getSeed()).validate();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("offloading policy '" + p.getId() + "': " + e.getMessage(), e);
    }
  }
}
