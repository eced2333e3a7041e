package org.slicewright.sim.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slicewright.model.scenario.NodeSelectionPolicy;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.topology.Link;
import org.slicewright.model.topology.Node;
import org.slicewright.model.topology.NodeKind;
import org.slicewright.model.topology.ProfileEntry;
import org.slicewright.sim.Seeds;
import org.slicewright.sim.edge.EdgeConfig;
import org.slicewright.sim.edge.LatencyModel;
import org.slicewright.sim.edge.ProfileTable;
import org.slicewright.sim.edge.SelectionPolicy;
import org.slicewright.sim.edge.StableLatencyFit;

/**
 * Maps a scenario's boards (nodes of kind BOARD with a hardware profile), end devices and their links
 * to an edge emulation per node-selection policy. Each device streams frames of its own size and rate
 * ({@code streamFrameSize}, {@code streamFps}).
 */
public final class EdgeScenarioMapper {
  /**
   * Seconds between health checks. Long enough that an application's mean InfLat averages over
   * several heavy-tailed network samples (a 1 s window at 5 frames/s made single outliers trigger
   * migrations), short enough to react within the 1-minute EMA.
   */
  public static final double CHECK_PERIOD_S = 5;

  private EdgeScenarioMapper() {
  }

  public static boolean hasSelectionPolicies(Scenario s) {
    return !s.getSelectionPolicies().isEmpty();
  }

  public static EdgeConfig config(Scenario s, NodeSelectionPolicy p, double durationS) {
    return config(s, cluster(s), p, durationS);
  }

  /**
   * One emulation per selection policy of the scenario, in order. The boards, devices and fitted link
   * laws do not depend on the policy, so they are built (and the stable laws fitted) once.
   */
  public static List<EdgeConfig> configs(Scenario s, double durationS) {
    Cluster c = cluster(s);
    List<EdgeConfig> out = new ArrayList<>();
    for (NodeSelectionPolicy p : s.getSelectionPolicies()) out.add(config(s, c, p, durationS));
    return out;
  }

  private static EdgeConfig config(Scenario s, Cluster c, NodeSelectionPolicy p, double durationS) {
    return new EdgeConfig(s.getId(), c.boards(), c.devices(), c.links(), p.getQosBudgetMs(), policy(p), durationS, CHECK_PERIOD_S, s.getSeed(),
        new double[] { p.getW1(), p.getW5(), p.getW15() }).validate();
  }

  /** What every policy's emulation shares: the boards with their profiles, the devices and the links' latency laws. */
  private record Cluster(List<EdgeConfig.Board> boards, List<EdgeConfig.Device> devices, List<List<LatencyModel>> links) {
  }

  private static Cluster cluster(Scenario s) {
    List<Node> boards = new ArrayList<>(), devices = new ArrayList<>();
    for (Node n : s.getNetwork().getNodes()) {
      if (n.getKind() == NodeKind.BOARD) boards.add(n);
      if (n.getKind() == NodeKind.END_DEVICE) devices.add(n);
    }
    if (boards.isEmpty()) throw new IllegalArgumentException("scenario '" + s.getId() + "' has no BOARD nodes");
    if (devices.isEmpty()) throw new IllegalArgumentException("scenario '" + s.getId() + "' has no END_DEVICE nodes");
    List<EdgeConfig.Board> bs = new ArrayList<>();
    for (Node b : boards) {
      if (b.getHardwareProfile() == null) throw new IllegalArgumentException("board '" + b.getId() + "' has no hardware profile");
      List<ProfileTable.Point> pts = new ArrayList<>();
      int cap = 1;
      for (ProfileEntry e : b.getHardwareProfile().getEntries()) {
        pts.add(new ProfileTable.Point(e.getFrameSize(), e.getInstances(), e.getCpuPreMs(), e.getAcceleratorMs(), e.getCpuPostMs()));
        cap = Math.max(cap, e.getInstances());
      }
      bs.add(new EdgeConfig.Board(b.getId(), new ProfileTable(b.getHardwareProfile().getId(), pts), cap));
    }
    List<EdgeConfig.Device> ds = new ArrayList<>();
    List<List<LatencyModel>> links = new ArrayList<>();
    StableFits fits = new StableFits(s.getSeed());
    for (int i = 0; i < devices.size(); i++) {
      Node d = devices.get(i);
      if (d.getStreamFrameSize() <= 0) throw new IllegalArgumentException("device '" + d.getId() + "': stream frame size must be > 0 pixels");
      if (!(d.getStreamFps() > 0)) throw new IllegalArgumentException("device '" + d.getId() + "': stream rate must be > 0 frames/s");
      ds.add(new EdgeConfig.Device(d.getId(), d.getStreamFrameSize(), d.getStreamFps()));
      List<LatencyModel> row = new ArrayList<>();
      for (Node b : boards) row.add(latency(s, d, b, fits));
      links.add(row);
    }
    return new Cluster(bs, ds, links);
  }

  static LatencyModel latency(Scenario s, Node a, Node b, StableFits fits) {
    for (Link l : s.getNetwork().getLinks()) {
      if ((l.getSource() == a && l.getTarget() == b) || (l.getSource() == b && l.getTarget() == a)) {
        LatencyModel.Kind kind = LatencyModel.Kind.valueOf(l.getLatencyDistribution().getName());
        if (kind != LatencyModel.Kind.STABLE) return new LatencyModel(kind, l.getLatencyMeanMs(), l.getLatencyStdMs(), 2, 0, 1, l.getLatencyMeanMs());
        try {
          return LatencyModel.stable(l.getLatencyMeanMs(), l.getLatencyStdMs(), fits.fit(l.getStableAlpha(), l.getLatencyMeanMs(), l.getLatencyStdMs(), l.getStableScale()));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("link '" + l.getId() + "': " + e.getMessage(), e);
        }
      }
    }
    throw new IllegalArgumentException("no link between '" + a.getId() + "' and '" + b.getId() + "'");
  }

  /**
   * The stable fits of one scenario: one set of standard variates per alpha (from the scenario's seed),
   * one fit per distinct mean, deviation and scale, since the example's 18 links share six.
   */
  static final class StableFits {
    private final long seed;
    private final Map<Double, StableLatencyFit> byAlpha = new HashMap<>();
    private final Map<List<Double>, StableLatencyFit.Fit> fits = new HashMap<>();

    StableFits(long seed) {
      this.seed = seed;
    }

    StableLatencyFit.Fit fit(double alpha, double meanMs, double stdMs, double scaleMs) {
      return fits.computeIfAbsent(List.of(alpha, meanMs, stdMs, scaleMs), k -> {
        StableLatencyFit f = byAlpha.computeIfAbsent(alpha, x -> new StableLatencyFit(x, StableLatencyFit.SKEW, Seeds.stream(seed, 31)));
        return scaleMs > 0 ? f.withScale(alpha, meanMs, scaleMs) : f.fit(alpha, meanMs, stdMs);
      });
    }
  }

  public static SelectionPolicy policy(NodeSelectionPolicy p) {
    SelectionPolicy base;
    switch (p.getKind()) {
      case ROUND_ROBIN:
        base = SelectionPolicy.roundRobin();
        break;
      case RANDOM:
        base = SelectionPolicy.random();
        break;
      case LEAST_LATENCY:
        base = SelectionPolicy.leastLatency();
        break;
      default:
        base = SelectionPolicy.combinedWeight(p.getAlpha(), p.getBeta(), p.getGamma());
    }
    return p.isQosFit() ? SelectionPolicy.qosFit(base) : base;
  }
}
