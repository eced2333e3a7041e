package org.slicewright.sim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.slicewright.model.pooling.PoolingFeature;
import org.slicewright.model.pooling.PoolingPolicy;
import org.slicewright.model.pooling.ResourceUnitCostModel;
import org.slicewright.model.pooling.SecondaryPool;
import org.slicewright.model.pooling.SubPool;
import org.slicewright.model.pooling.TrainingChargeBasis;
import org.slicewright.model.pooling.VAP;
import org.slicewright.model.scenario.LearningParameters;
import org.slicewright.model.scenario.PoolingStudy;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.scenario.Sweep;
import org.slicewright.model.topology.Link;
import org.slicewright.model.topology.Node;
import org.slicewright.model.twins.LevelOneTwin;
import org.slicewright.sim.pooling.DataUnit;
import org.slicewright.sim.pooling.PoolingConfig;
import org.slicewright.sim.pooling.PoolingMemory;
import org.slicewright.sim.pooling.PoolingMethod;
import org.slicewright.sim.pooling.ResourceUnitCosts;
import org.slicewright.sim.pooling.ResourceUnitCosts.TrainingCharge;
import org.slicewright.sim.pooling.VapCapacity;
import org.slicewright.sim.sweep.PoolingSweep;

/**
 * Maps the pooling study of an EMF scenario to engine configs. The engine never sees EMF objects:
 * this is the one place that reads the model, and every impossible value is reported here with the
 * element it comes from ({@link IllegalArgumentException} messages are shown to the planner as is).
 */
public final class PoolingScenarioMapper {
  /** Test digits held out per class: 1 000 in all, the same set for every run. */
  public static final int TEST_PER_CLASS = 100;

  private PoolingScenarioMapper() {
  }

  /** Whether the scenario has a pooling study to evaluate. */
  public static boolean hasPoolingStudy(Scenario s) {
    return !s.getPoolingStudies().isEmpty();
  }

  /**
   * The runs of the scenario's first pooling study and first sweep.
   *
   * @param seedsOverride number of seeds, or 0 to take the sweep's
   * @param threadsOverride worker threads, or 0 to take the sweep's (0 there = all cores)
   * @param quick a reduced sweep for smoke tests and previews: sub-pool counts 1, 2, 4, 8, 16 and N
   *        within the sweep's range, and a quarter of the ticks (at least three aggregation rounds)
   */
  public static PoolingPlan plan(Scenario s, int seedsOverride, int threadsOverride, boolean quick) {
    if (s.getPoolingStudies().isEmpty()) throw new IllegalArgumentException("scenario '" + s.getId() + "' has no pooling study");
    PoolingStudy study = s.getPoolingStudies().get(0);
    PoolingConfig base = baseConfig(s, study);
    if (s.getSweeps().isEmpty()) {
      List<PoolingConfig> one = List.of(quick ? quicker(base) : base);
      PoolingMemory.check(one, 1, Runtime.getRuntime().maxMemory());
      return new PoolingPlan(s.getId(), one, Math.max(0, threadsOverride), quick);
    }
    Sweep sweep = s.getSweeps().get(0);
    int n = base.apCount();
    if (sweep.getSubPoolsFrom() < 1 || sweep.getSubPoolsTo() < sweep.getSubPoolsFrom()) {
      throw new IllegalArgumentException("sweep '" + sweep.getId() + "': sub-pool range " + sweep.getSubPoolsFrom() + ".." + sweep.getSubPoolsTo() + " is empty");
    }
    if (sweep.getSubPoolsTo() > n) {
      throw new IllegalArgumentException("sweep '" + sweep.getId() + "': k = " + sweep.getSubPoolsTo() + " sub-pools but pool '"
          + study.getSecondaryPool().getId() + "' has only " + n + " APs");
    }
    List<Integer> ks = new ArrayList<>();
    for (int k : sweep.getSubPoolValues()) {
      if (k < 1 || k > n)
        throw new IllegalArgumentException("sweep '" + sweep.getId() + "': k = " + k + " sub-pools is outside 1.." + n + " (the APs of pool '"
            + study.getSecondaryPool().getId() + "')");
    }
    if (base.method() == PoolingMethod.MANUAL) {
      ks.add(base.subPools());
    } else if (!sweep.getSubPoolValues().isEmpty()) {
      Set<Integer> listed = new LinkedHashSet<>(sweep.getSubPoolValues());
      if (quick) listed.retainAll(quickSubPools(sweep.getSubPoolsFrom(), sweep.getSubPoolsTo()));
      ks.addAll(listed.isEmpty() ? new LinkedHashSet<>(sweep.getSubPoolValues()) : listed);
    } else if (quick) {
      ks.addAll(quickSubPools(sweep.getSubPoolsFrom(), sweep.getSubPoolsTo()));
    } else {
      for (int k = sweep.getSubPoolsFrom(); k <= sweep.getSubPoolsTo(); k++) ks.add(k);
    }
    List<Double> lambdas = new ArrayList<>(sweep.getLambdaMaxValues());
    if (lambdas.isEmpty()) lambdas.add(study.getLambdaMax());
    for (double l : lambdas) {
      if (!(l > 0)) throw new IllegalArgumentException("sweep '" + sweep.getId() + "': lambda max must be > 0, is " + l);
    }
    int seeds = seedsOverride > 0 ? seedsOverride : sweep.getSeeds();
    if (seeds < 1) throw new IllegalArgumentException("sweep '" + sweep.getId() + "': needs at least one seed");
    PoolingConfig b = quick ? quicker(base) : base;
    List<PoolingConfig> runs = PoolingSweep.grid(b, ks.stream().mapToInt(Integer::intValue).toArray(),
        lambdas.stream().mapToDouble(Double::doubleValue).toArray(), seeds, sweep.getBaseSeed());
    for (PoolingConfig c : runs) c.validate();
    int threads = threadsOverride > 0 ? threadsOverride : sweep.getThreads();
    PoolingMemory.check(runs, threads, Runtime.getRuntime().maxMemory());
    return new PoolingPlan(s.getId(), runs, threads, quick);
  }

  /** Sub-pool counts of a quick sweep: the ends of the range and the powers of two inside it. */
  private static Set<Integer> quickSubPools(int from, int to) {
    Set<Integer> q = new LinkedHashSet<>();
    for (int k : new int[] { from, 2, 4, 8, 16, to }) {
      if (k >= from && k <= to) q.add(k);
    }
    return q;
  }

  /** The quick variant of a run: a quarter of the ticks, at least three aggregation rounds. */
  public static PoolingConfig quicker(PoolingConfig c) {
    return c.withTicks(Math.max(3 * c.aggregationPeriod(), c.ticks() / 4));
  }

  /** The study's single-run config (k from its pooling policy, lambda max from the study). */
  public static PoolingConfig baseConfig(Scenario s, PoolingStudy study) {
    SecondaryPool pool = study.getSecondaryPool();
    if (pool == null) throw new IllegalArgumentException("pooling study '" + study.getId() + "' names no secondary pool");
    if (pool.getVnf() == null) throw new IllegalArgumentException("secondary pool '" + pool.getId() + "' names no VNF");
    List<Node> aps = new ArrayList<>(pool.getVnf().getPlacements());
    if (aps.isEmpty()) throw new IllegalArgumentException("VNF '" + pool.getVnf().getId() + "' is placed on no node");
    int n = aps.size();
    double[] x = new double[n], y = new double[n];
    for (int i = 0; i < n; i++) {
      Node ap = aps.get(i);
      if (ap.getSite() == null) throw new IllegalArgumentException("node '" + ap.getId() + "' has no site, so no location for k-means");
      x[i] = ap.getSite().getX();
      y[i] = ap.getSite().getY();
    }
    double[] rates = study.isUseTwinRates() ? twinRates(s, aps) : null;
    LearningParameters lp = study.getLearning();
    if (lp == null) throw new IllegalArgumentException("pooling study '" + study.getId() + "' has no learning parameters");
    PoolingPolicy policy = pool.getPolicy();
    if (policy == null) throw new IllegalArgumentException("secondary pool '" + pool.getId() + "' has no pooling policy");
    ResourceUnitCostModel m = s.getCostModel();
    ResourceUnitCosts costs = m == null
        ? ResourceUnitCosts.SEED_000
        : new ResourceUnitCosts(m.getCommunicationPerDataUnit(), m.getComputingPerDataUnit(), m.getModelTraining(),
            m.getModelExchangePerTransfer(), m.getShortfallMultiplier(),
            m.getModelTrainingPer() == TrainingChargeBasis.TICK ? TrainingCharge.TICK : TrainingCharge.ROUND);
    boolean manual = policy.getMethod() == org.slicewright.model.pooling.PoolingMethod.MANUAL; // qualified: the engine's PoolingMethod is imported
    int[][] manualPools = manual ? manualSubPools(pool, aps) : null;
    boolean loc = policy.getFeatures().isEmpty() || policy.getFeatures().contains(PoolingFeature.LOCATION);
    boolean rate = policy.getFeatures().isEmpty() || policy.getFeatures().contains(PoolingFeature.ARRIVAL_RATE);
    String policyName = manual ? "manual" : "kmeans(" + (loc ? "location" : "") + (loc && rate ? "+" : "") + (rate ? "rate" : "") + ")";
    if (!(study.getLambdaMax() > 0) && rates == null) {
      throw new IllegalArgumentException("pooling study '" + study.getId() + "': lambda max must be > 0, is " + study.getLambdaMax());
    }
    try {
      VapCapacity capacity = VapCapacity.of(aps.stream().mapToDouble(ap -> computeGflops(ap)).toArray(),
          aps.stream().mapToDouble(ap -> accessLinkMbps(s, ap)).toArray(), dataUnit(lp));
      return new PoolingConfig(s.getId(), policyName, x, y, rates, study.getLambdaMax(), lp.getTicks(), lp.getAggregationPeriod(),
          lp.getHiddenUnits(), lp.getLearningRate(), lp.getBatchSize(), lp.getLabelSkew(), lp.getDataUnitSamples(), lp.getLocalEpochs(),
          lp.getMaxWaitTicks(), capacity, manual ? PoolingMethod.MANUAL : PoolingMethod.KMEANS, manual ? manualPools.length : policy.getK(), loc, rate,
          manualPools, costs, TEST_PER_CLASS, s.getSeed()).validate();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("pooling study '" + study.getId() + "': " + e.getMessage(), e);
    }
  }

  /** What one data unit of a study is; IllegalArgumentException when a parameter is below 1. */
  public static DataUnit dataUnit(LearningParameters lp) {
    return new DataUnit(lp.getDataUnitSamples(), lp.getLocalEpochs(), lp.getHiddenUnits());
  }

  /** CPU compute of an AP for the AI function, GFLOP/s; 0 (not stated) means no limit is modelled. */
  private static double computeGflops(Node ap) {
    return ap.getResources() == null || ap.getResources().getCompute() <= 0 ? Double.POSITIVE_INFINITY : ap.getResources().getCompute();
  }

  /** Bandwidth of an AP's access link (its widest link), Mbit/s; no link means no limit is modelled. */
  private static double accessLinkMbps(Scenario s, Node ap) {
    double best = 0;
    for (Link l : s.getNetwork().getLinks()) if (l.getSource() == ap || l.getTarget() == ap) best = Math.max(best, l.getBandwidthMbps());
    return best > 0 ? best : Double.POSITIVE_INFINITY;
  }

  private static double[] twinRates(Scenario s, List<Node> aps) {
    double[] r = new double[aps.size()];
    for (LevelOneTwin t : s.getLevelOneTwins()) {
      if (t.getGroup() == null || t.getGroup().getAttachedTo() == null) continue;
      int i = aps.indexOf(t.getGroup().getAttachedTo());
      if (i >= 0) r[i] += t.getArrivalRate();
    }
    for (int i = 0; i < r.length; i++) {
      if (!(r[i] > 0)) throw new IllegalArgumentException("AP '" + aps.get(i).getId() + "' has no level-one twin with an arrival rate > 0 (useTwinRates is set)");
    }
    return r;
  }

  private static int[][] manualSubPools(SecondaryPool pool, List<Node> aps) {
    List<int[]> out = new ArrayList<>();
    for (SubPool sp : pool.getSubPools()) {
      int[] m = new int[sp.getMembers().size()];
      for (int j = 0; j < m.length; j++) {
        VAP v = sp.getMembers().get(j);
        int i = v.getNode() == null ? -1 : aps.indexOf(v.getNode());
        if (i < 0) throw new IllegalArgumentException("sub-pool '" + sp.getId() + "': VAP '" + v.getId() + "' does not host VNF '" + pool.getVnf().getId() + "'");
        m[j] = i;
      }
      out.add(m);
    }
    return out.toArray(new int[0][]);
  }
}
