package org.slicewright.solver.scenario;

import java.util.ArrayList;
import java.util.List;

import org.slicewright.model.pooling.PoolingFeature;
import org.slicewright.model.pooling.PoolingMethod;
import org.slicewright.model.pooling.PoolingPolicy;
import org.slicewright.model.pooling.ResourceUnitCostModel;
import org.slicewright.model.pooling.SecondaryPool;
import org.slicewright.model.pooling.SubPool;
import org.slicewright.model.pooling.VAP;
import org.slicewright.model.scenario.LearningParameters;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.scenario.ScenarioFactory;
import org.slicewright.model.slicing.ConventionalService;
import org.slicewright.model.slicing.Service;
import org.slicewright.model.slicing.Slice;
import org.slicewright.model.topology.Link;
import org.slicewright.model.topology.Node;
import org.slicewright.model.twins.LevelOneTwin;
import org.slicewright.model.slicing.VNF;
import org.slicewright.sim.Seeds;
import org.slicewright.sim.pooling.DataUnit;
import org.slicewright.sim.pooling.SubPoolFormation;
import org.slicewright.sim.scenario.PoolingScenarioMapper;
import org.slicewright.solver.ReservationProblem;

/**
 * Builds the reservation problem of a scenario: the primary pool's VAPs with their node capacities
 * (access link = the sum of the node's links), one AI slice per secondary pool with its sub-pools
 * (the pool's own, or k-means over location and rate as in the pooling what-if), each member's demand
 * from its data-arrival rate (level-one twins attached to it, else the mean lambda max / 2 of the
 * U(0, lambda max] draw), and the conventional services' traffic spread over their VNF placements.
 *
 * <p>A data unit is what the pooling study says it is ({@link DataUnit}: digits per unit, local epochs,
 * hidden units of the study's learning parameters, or their defaults when the scenario has no pooling
 * study): its GFLOP to train and Mbit to move; a node keeps {@link #HISTORY_S} seconds of data; a
 * conventional service needs {@link #GFLOPS_PER_MBPS} GFLOP/s per Mbit/s it carries. Prices are the
 * scenario's RU cost model per second of reservation.
 */
public final class ReservationScenarioMapper {
  public static final double HISTORY_S = 3600;
  public static final double GFLOPS_PER_MBPS = 0.02;
  /** GFLOP/s one instance of the AI function serves. */
  public static final double INSTANCE_GFLOPS = 0.05;

  private ReservationScenarioMapper() {
  }

  /** @param kOverride sub-pools per secondary pool, or 0 for each pool's own policy */
  public static ReservationProblem problem(Scenario s, int kOverride, double lambdaMax) {
    if (s.getPrimaryPool() == null || s.getPrimaryPool().getVaps().isEmpty()) throw new IllegalArgumentException("scenario '" + s.getId() + "' has no primary pool VAPs");
    List<ReservationProblem.Node> nodes = new ArrayList<>();
    for (VAP v : s.getPrimaryPool().getVaps()) {
      Node n = v.getNode();
      if (n == null) throw new IllegalArgumentException("VAP '" + v.getId() + "' has no node");
      if (n.getResources() == null) throw new IllegalArgumentException("node '" + n.getId() + "' has no resources");
      double link = 0;
      for (Link l : s.getNetwork().getLinks()) if (l.getSource() == n || l.getTarget() == n) link += l.getBandwidthMbps();
      nodes.add(new ReservationProblem.Node(n.getId(), n.getResources().getCompute(), n.getResources().getStorage(), link));
    }
    ResourceUnitCostModel cm = s.getCostModel();
    double perUnitCompute = cm == null ? 0.5 : cm.getComputingPerDataUnit(), perUnitMoved = cm == null ? 1 : cm.getCommunicationPerDataUnit();
    double perTraining = cm == null ? 10 : cm.getModelTraining();
    DataUnit unit = dataUnit(s);
    ReservationProblem.Prices prices = new ReservationProblem.Prices(perUnitCompute / unit.gflopToTrain(), 0.001, perUnitMoved / unit.megabits(), perTraining);
    List<ReservationProblem.SubPool> pools = new ArrayList<>();
    for (SecondaryPool pool : s.getSecondaryPools()) pools.addAll(subPools(s, pool, kOverride, lambdaMax, unit));
    List<ReservationProblem.Ordinary> ordinary = new ArrayList<>();
    for (Slice slice : s.getSlices()) {
      for (Service svc : slice.getServices()) {
        if (!(svc instanceof ConventionalService c)) continue;
        List<Node> at = new ArrayList<>();
        for (VNF f : c.getFunctions()) at.addAll(f.getPlacements());
        if (at.isEmpty()) throw new IllegalArgumentException("service '" + c.getId() + "' has no VNF placement to reserve at");
        double mbps = c.getTrafficMbps() / at.size();
        for (Node n : at) ordinary.add(new ReservationProblem.Ordinary(slice.getId(), c.getId(), n.getId(), mbps * GFLOPS_PER_MBPS, 0, mbps));
      }
    }
    return new ReservationProblem(nodes, pools, ordinary, prices);
  }

  /** The data unit of the scenario's first pooling study, or of the default learning parameters. */
  static DataUnit dataUnit(Scenario s) {
    LearningParameters lp = s.getPoolingStudies().isEmpty() || s.getPoolingStudies().get(0).getLearning() == null
        ? ScenarioFactory.eINSTANCE.createLearningParameters()
        : s.getPoolingStudies().get(0).getLearning();
    return PoolingScenarioMapper.dataUnit(lp);
  }

  static List<ReservationProblem.SubPool> subPools(Scenario s, SecondaryPool pool, int kOverride, double lambdaMax, DataUnit unit) {
    if (pool.getVnf() == null) throw new IllegalArgumentException("secondary pool '" + pool.getId() + "' names no VNF");
    String slice = sliceOf(s, pool);
    List<Node> aps = new ArrayList<>(pool.getVnf().getPlacements());
    int n = aps.size();
    double[] rate = new double[n], x = new double[n], y = new double[n];
    for (int i = 0; i < n; i++) {
      rate[i] = lambdaMax / 2;
      x[i] = aps.get(i).getSite() == null ? 0 : aps.get(i).getSite().getX();
      y[i] = aps.get(i).getSite() == null ? 0 : aps.get(i).getSite().getY();
    }
    boolean[] fromTwin = new boolean[n];
    for (LevelOneTwin t : s.getLevelOneTwins()) {
      if (t.getGroup() == null) continue;
      int i = aps.indexOf(t.getGroup().getAttachedTo());
      if (i < 0) continue;
      if (!fromTwin[i]) rate[i] = 0;
      fromTwin[i] = true;
      rate[i] += t.getArrivalRate();
    }
    List<int[]> groups = new ArrayList<>();
    PoolingPolicy policy = pool.getPolicy();
    boolean manual = kOverride == 0 && (policy == null || policy.getMethod() == PoolingMethod.MANUAL) && !pool.getSubPools().isEmpty();
    if (manual) {
      for (SubPool sp : pool.getSubPools()) groups.add(sp.getMembers().stream().mapToInt(v -> aps.indexOf(v.getNode())).toArray());
    } else {
      int k = kOverride > 0 ? kOverride : policy == null ? 1 : policy.getK();
      if (k < 1 || k > n) throw new IllegalArgumentException("secondary pool '" + pool.getId() + "': k = " + k + " is outside 1.." + n);
      boolean loc = policy == null || policy.getFeatures().isEmpty() || policy.getFeatures().contains(PoolingFeature.LOCATION);
      boolean rt = policy == null || policy.getFeatures().isEmpty() || policy.getFeatures().contains(PoolingFeature.ARRIVAL_RATE);
      double[][] f = SubPoolFormation.features(x, y, rate, loc, rt);
      for (int[] g : SubPoolFormation.groups(SubPoolFormation.kMeans(f, k, Seeds.stream(s.getSeed(), 3 + 1000L * k)), k)) groups.add(g);
    }
    List<ReservationProblem.SubPool> out = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      List<ReservationProblem.Member> members = new ArrayList<>();
      for (int i : groups.get(g)) {
        if (i < 0) throw new IllegalArgumentException("secondary pool '" + pool.getId() + "': a sub-pool member does not host VNF '" + pool.getVnf().getId() + "'");
        double gflops = rate[i] * unit.gflopToTrain();
        members.add(new ReservationProblem.Member(aps.get(i).getId(), gflops, rate[i] * HISTORY_S * unit.megabits() / 8 / 1000,
            unit.megabits() / unit.gflopToTrain()));
      }
      out.add(new ReservationProblem.SubPool(slice, pool.getId() + "/sp" + (g + 1), members, INSTANCE_GFLOPS));
    }
    return out;
  }

  private static String sliceOf(Scenario s, SecondaryPool pool) {
    for (Slice sl : s.getSlices()) if (pool.getService() != null && sl.getServices().contains(pool.getService())) return sl.getId();
    return pool.getId();
  }
}
