package org.slicewright.sim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.slicewright.model.pooling.PoolingFactory;
import org.slicewright.model.pooling.PoolingFeature;
import org.slicewright.model.pooling.PoolingMethod;
import org.slicewright.model.pooling.PoolingPackage;
import org.slicewright.model.pooling.PoolingPolicy;
import org.slicewright.model.pooling.PrimaryPool;
import org.slicewright.model.pooling.SecondaryPool;
import org.slicewright.model.pooling.VAP;
import org.slicewright.model.scenario.LearningParameters;
import org.slicewright.model.scenario.PoolingStudy;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.scenario.ScenarioFactory;
import org.slicewright.model.scenario.ScenarioPackage;
import org.slicewright.model.scenario.Sweep;
import org.slicewright.model.slicing.AIPhase;
import org.slicewright.model.slicing.AIService;
import org.slicewright.model.slicing.LearningMethod;
import org.slicewright.model.slicing.Slice;
import org.slicewright.model.slicing.SliceKind;
import org.slicewright.model.slicing.SlicingFactory;
import org.slicewright.model.slicing.VNF;
import org.slicewright.model.topology.Node;
import org.slicewright.model.topology.NodeKind;
import org.slicewright.model.util.ScenarioIds;

/**
 * A resource-pooling study over access points the planner drew: an AI slice whose federated
 * learning function runs at those APs, its secondary pool formed by k-means over location and
 * arrival rate, the study with the case study's learning parameters, and a sweep of sub-pool counts
 * (powers of two up to the AP count, and the count itself) by lambda max. An AP without a site gets
 * one at its drawn position (one diagram unit = one metre), since k-means groups APs by location;
 * APs without a VAP get one in the primary pool.
 */
public final class PoolingStudyDraft implements StudyDraft {
  /** Node kinds that can host the learning function as an AP does. */
  public static final Set<NodeKind> HOSTS = Set.of(NodeKind.ACCESS_POINT, NodeKind.SMALL_BS, NodeKind.MACRO_BS, NodeKind.EDGE_SERVER, NodeKind.BOARD);

  private final Scenario scenario;
  private final List<Node> aps;
  private final List<Double> lambdaMax;

  /**
   * @param aps the nodes that host the learning function (trainers)
   * @param lambdaMax the sweep's maximum arrival rates, data units/s per AP
   */
  public PoolingStudyDraft(Scenario scenario, List<Node> aps, List<Double> lambdaMax) {
    this.scenario = scenario;
    this.aps = List.copyOf(aps);
    this.lambdaMax = List.copyOf(lambdaMax);
  }

  /** The hosts a planner's network offers, in drawing order. */
  public static List<Node> candidates(Scenario s) {
    return s.getNetwork() == null ? List.of() : s.getNetwork().getNodes().stream().filter(n -> HOSTS.contains(n.getKind())).toList();
  }

  @Override
  public List<String> problems() {
    List<String> out = new ArrayList<>();
    if (scenario.getNetwork() == null) out.add("the scenario has no network: draw the access points first");
    if (aps.size() < 2) out.add("choose at least two access points (" + aps.size() + " chosen): pooling groups APs into sub-pools");
    for (Node n : aps) {
      if (n.getResources() == null || !(n.getResources().getCompute() > 0)) out.add("node '" + n.getId() + "' has no compute (GFLOP/s) to train with");
    }
    // The pooling what-if runs the scenario's first study and sweep: a second would never run.
    if (!scenario.getPoolingStudies().isEmpty()) out.add("the scenario already has a pooling study ('" + scenario.getPoolingStudies().get(0).getId() + "'): edit it instead");
    if (!scenario.getSweeps().isEmpty()) out.add("the scenario already has a sweep ('" + scenario.getSweeps().get(0).getId() + "'): edit it instead");
    if (lambdaMax.isEmpty()) out.add("give at least one lambda max");
    for (double l : lambdaMax) if (!(l > 0) || l > 1000) out.add("lambda max " + l + " is outside (0, 1000] data units/s");
    return out;
  }

  /** The sub-pool counts the sweep runs: 1, 2, 4, ... below the AP count, and the AP count. */
  public List<Integer> subPoolCounts() {
    Set<Integer> k = new TreeSet<>();
    for (int v = 1; v < aps.size(); v *= 2) k.add(v);
    k.add(aps.size());
    return List.copyOf(k);
  }

  @Override
  public List<Addition> additions() {
    Set<String> used = ScenarioIds.used(scenario);
    List<Addition> out = new ArrayList<>();
    DrawnSites.add(scenario, aps, used, out);
    Slice slice = SlicingFactory.eINSTANCE.createSlice();
    slice.setId(ScenarioIds.fresh(used, "ai-slice", ""));
    slice.setName("AI slice");
    slice.setKind(SliceKind.AI);
    AIService service = SlicingFactory.eINSTANCE.createAIService();
    service.setId(ScenarioIds.fresh(used, "fl-service", ""));
    service.setName("Federated learning service");
    service.setPhases(AIPhase.TRAINING_AND_INFERENCE);
    service.setLearningMethod(LearningMethod.FEDERATED);
    VNF vnf = SlicingFactory.eINSTANCE.createVNF();
    vnf.setId(ScenarioIds.fresh(used, "fl-function", ""));
    vnf.setName("Learning function");
    vnf.setAiFunction(true);
    vnf.getPlacements().addAll(aps);
    service.getFunctions().add(vnf);
    slice.getServices().add(service);
    out.add(new Addition(scenario, ScenarioPackage.Literals.SCENARIO__SLICES, slice));
    primaryPool(used, out);
    SecondaryPool pool = PoolingFactory.eINSTANCE.createSecondaryPool();
    pool.setId(ScenarioIds.fresh(used, "fl-pool", ""));
    pool.setName("Secondary pool of the learning service");
    pool.setService(service);
    pool.setVnf(vnf);
    PoolingPolicy policy = PoolingFactory.eINSTANCE.createPoolingPolicy();
    policy.setId(ScenarioIds.fresh(used, "kmeans-policy", ""));
    policy.setName("k-means over location and arrival rate");
    policy.setMethod(PoolingMethod.KMEANS);
    policy.setK(Math.min(4, aps.size()));
    policy.getFeatures().add(PoolingFeature.LOCATION);
    policy.getFeatures().add(PoolingFeature.ARRIVAL_RATE);
    pool.setPolicy(policy);
    out.add(new Addition(scenario, ScenarioPackage.Literals.SCENARIO__SECONDARY_POOLS, pool));
    PoolingStudy study = ScenarioFactory.eINSTANCE.createPoolingStudy();
    study.setId(ScenarioIds.fresh(used, "pooling-study", ""));
    study.setName("Pooling what-if of the learning service");
    study.setSecondaryPool(pool);
    study.setLambdaMax(lambdaMax.get(0));
    LearningParameters lp = ScenarioFactory.eINSTANCE.createLearningParameters();
    study.setLearning(lp);
    out.add(new Addition(scenario, ScenarioPackage.Literals.SCENARIO__POOLING_STUDIES, study));
    Sweep sweep = ScenarioFactory.eINSTANCE.createSweep();
    sweep.setId(ScenarioIds.fresh(used, "sweep-k-lambda", ""));
    sweep.setName("sub-pools " + subPoolCounts() + " x lambda max " + lambdaMax);
    sweep.setSubPoolsFrom(1);
    sweep.setSubPoolsTo(aps.size());
    sweep.getSubPoolValues().addAll(subPoolCounts());
    sweep.getLambdaMaxValues().addAll(lambdaMax);
    sweep.setSeeds(1);
    sweep.setBaseSeed(1);
    out.add(new Addition(scenario, ScenarioPackage.Literals.SCENARIO__SWEEPS, sweep));
    return out;
  }

  /** Every chosen AP gets a VAP in the primary pool (the pool is created when the scenario has none). */
  private void primaryPool(Set<String> used, List<Addition> out) {
    PrimaryPool existing = scenario.getPrimaryPool();
    PrimaryPool primary = existing != null ? existing : PoolingFactory.eINSTANCE.createPrimaryPool();
    for (Node ap : aps) {
      if (existing != null && existing.getVaps().stream().anyMatch(v -> v.getNode() == ap)) continue;
      VAP v = PoolingFactory.eINSTANCE.createVAP();
      v.setId(ScenarioIds.fresh(used, "vap-" + ap.getId(), ""));
      v.setName("VAP " + ap.getName());
      v.setNode(ap);
      if (existing != null) out.add(new Addition(existing, PoolingPackage.Literals.PRIMARY_POOL__VAPS, v));
      else primary.getVaps().add(v);
    }
    if (existing == null) {
      primary.setId(ScenarioIds.fresh(used, "primary-pool", ""));
      primary.setName("Primary pool");
      out.add(new Addition(scenario, ScenarioPackage.Literals.SCENARIO__PRIMARY_POOL, primary));
    }
  }
}
