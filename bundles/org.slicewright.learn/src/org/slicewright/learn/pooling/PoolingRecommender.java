package org.slicewright.learn.pooling;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.slicewright.learn.ActiveSampler;
import org.slicewright.learn.FittedSurrogate;
import org.slicewright.learn.GaussianTwoTerm;
import org.slicewright.learn.TrainingSet;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.slicing.AIService;
import org.slicewright.model.slicing.Comparison;
import org.slicewright.model.slicing.Requirement;
import org.slicewright.sim.CanceledException;
import org.slicewright.sim.ProgressMonitor;
import org.slicewright.sim.pooling.PoolingConfig;
import org.slicewright.sim.pooling.PoolingRunResult;
import org.slicewright.sim.scenario.PoolingPlan;
import org.slicewright.sim.sweep.PoolingRuns;
import org.slicewright.sim.sweep.PoolingSweep;
import org.slicewright.solver.CandidateSelection;
import org.slicewright.solver.PolicyPoint;
import org.slicewright.solver.RequirementBound;

/**
 * The controller of the resource-pooling study (section IV-A), for a pooling study: simulate part of the policy space
 * (sub-pools x lambda max) chosen by active sampling, learn surrogates of accuracy, convergence rate
 * and RU, predict the rest, and list the policies that meet the AI service's requirements at least
 * RU. Simulated points keep their measured metrics; only the others are predicted.
 */
public final class PoolingRecommender {
  public static final List<String> FEATURES = List.of("subpools", "lambda_max");
  public static final List<String> METRICS = List.of("accuracy", "convergence_rate", "ru_total");
  public static final String COST = "ru_total";

  /**
   * @param simulated the runs simulated, in the order active sampling chose them
   * @param surrogates per metric, every learner fitted, the lowest cross-validated error first
   * @param gaussians per lambda max, the two-term Gaussian of accuracy and of convergence rate over
   *        the sub-pools (where at least 6 simulated points exist and the fit converged)
   * @param ignored requirements of the service that no pooling metric measures
   * @param load the study's lambda max (or the nearest in the grid): the load the recommendation is for
   * @param byLoad per lambda max, the selection among the sub-pool counts: lambda max is demand, not a
   *        choice, so policies are only compared at equal load
   */
  public record Recommendation(int gridSize, List<PoolingRunResult> simulated, Map<String, List<FittedSurrogate>> surrogates, List<PolicyPoint> points,
      List<RequirementBound> requirements, List<String> ignored, double load, Map<Double, CandidateSelection.Selection> byLoad,
      Map<Double, Map<String, GaussianTwoTerm>> gaussians) {
    /** The selection at the study's load. */
    public CandidateSelection.Selection selection() {
      return byLoad.get(load);
    }

    public FittedSurrogate best(String metric) {
      return surrogates.get(metric).get(0);
    }
  }

  private PoolingRecommender() {
  }

  /**
   * @param plan the full grid, one seed per point
   * @param budget simulation runs (the whole grid when at least its size)
   */
  public static Recommendation recommend(Scenario s, PoolingPlan plan, PoolingRuns where, int budget, long seed, ProgressMonitor monitor) {
    List<PoolingConfig> grid = plan.runs();
    List<double[]> candidates = grid.stream().map(c -> new double[] { c.subPools(), c.lambdaMax() }).toList();
    int threads = plan.threads() > 0 ? plan.threads() : Runtime.getRuntime().availableProcessors();
    int runs = Math.min(budget, grid.size());
    monitor.begin("Recommending pooling policies: " + runs + " of " + grid.size() + " runs", runs);
    Map<Integer, PoolingRunResult> byIndex = new LinkedHashMap<>();
    // Each batch is a small sweep; progress counts runs of the whole recommendation.
    ProgressMonitor perRun = new ProgressMonitor() {
      @Override
      public void begin(String t, int total) {}
      @Override
      public void worked(int w) { monitor.worked(w); }
      @Override
      public boolean isCanceled() { return monitor.isCanceled(); }
    };
    ActiveSampler.Oracle oracle = policies -> {
      List<PoolingConfig> batch = policies.stream().map(grid::get).toList();
      PoolingSweep.Outcome o = where.run(batch, threads, perRun, null);
      if (o.canceled()) throw new CanceledException();
      List<double[]> out = new ArrayList<>();
      for (int i = 0; i < batch.size(); i++) {
        PoolingRunResult r = o.results().get(i);
        byIndex.put(policies.get(i), r);
        out.add(new double[] { r.accuracy(), r.convergenceRate(), r.ruTotal() });
      }
      return out;
    };
    ActiveSampler sampler = new ActiveSampler(FEATURES, candidates, seed);
    ActiveSampler.Outcome outcome = runs >= grid.size() ? allOf(oracle, grid.size()) : sampler.run(oracle, Math.max(2, Math.min(runs, Math.max(8, runs / 4))), runs, threads);
    Map<String, List<FittedSurrogate>> surrogates = new LinkedHashMap<>();
    for (int m = 0; m < METRICS.size(); m++) {
      surrogates.put(METRICS.get(m), FittedSurrogate.fitAll(METRICS.get(m), outcome.trainingSet(FEATURES, candidates, m), seed));
    }
    List<PolicyPoint> points = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      PoolingRunResult r = byIndex.get(i);
      Map<String, Double> metrics = new LinkedHashMap<>();
      for (String m : METRICS) {
        metrics.put(m, r != null ? value(r, m) : surrogates.get(m).get(0).surrogate().predict(candidates.get(i)));
      }
      Map<String, Double> params = new LinkedHashMap<>();
      params.put("subpools", candidates.get(i)[0]);
      params.put("lambda_max", candidates.get(i)[1]);
      points.add(new PolicyPoint(grid.get(i).policy(), params, metrics, r != null));
    }
    List<String> ignored = new ArrayList<>();
    List<RequirementBound> reqs = requirements(s, ignored);
    List<PoolingRunResult> simulated = outcome.chosen().stream().map(byIndex::get).toList();
    Map<Double, CandidateSelection.Selection> byLoad = byLoad(points, reqs);
    return new Recommendation(grid.size(), simulated, surrogates, points, reqs, ignored, load(s, byLoad), byLoad, gaussians(simulated));
  }

  /**
   * The recommendation from a finished sweep (every point simulated, seeds averaged per point): what
   * {@code evaluate} adds to the pooling report. Needs at least 4 runs.
   */
  public static Recommendation fromRuns(Scenario s, List<PoolingRunResult> runs, long seed) {
    if (runs.size() < 4) throw new IllegalArgumentException("at least 4 runs are needed to learn from, got " + runs.size());
    Map<String, List<PoolingRunResult>> byPoint = new TreeMap<>();
    for (PoolingRunResult r : runs) byPoint.computeIfAbsent(r.subpools() + "@" + r.lambdaMax(), p -> new ArrayList<>()).add(r);
    Map<String, List<FittedSurrogate>> surrogates = new LinkedHashMap<>();
    for (String m : METRICS) surrogates.put(m, FittedSurrogate.fitAll(m, trainingSet(runs, m), seed));
    List<PolicyPoint> points = new ArrayList<>();
    for (List<PoolingRunResult> g : byPoint.values()) {
      Map<String, Double> metrics = new LinkedHashMap<>();
      for (String m : METRICS) metrics.put(m, g.stream().mapToDouble(r -> value(r, m)).average().orElseThrow());
      Map<String, Double> params = new LinkedHashMap<>();
      params.put("subpools", (double) g.get(0).subpools());
      params.put("lambda_max", g.get(0).lambdaMax());
      points.add(new PolicyPoint(g.get(0).policy(), params, metrics, true));
    }
    List<String> ignored = new ArrayList<>();
    List<RequirementBound> reqs = requirements(s, ignored);
    Map<Double, CandidateSelection.Selection> byLoad = byLoad(points, reqs);
    return new Recommendation(points.size(), runs, surrogates, points, reqs, ignored, load(s, byLoad), byLoad, gaussians(runs));
  }

  static Map<Double, CandidateSelection.Selection> byLoad(List<PolicyPoint> points, List<RequirementBound> reqs) {
    Map<Double, List<PolicyPoint>> groups = new TreeMap<>();
    for (PolicyPoint p : points) groups.computeIfAbsent(p.parameters().get("lambda_max"), l -> new ArrayList<>()).add(p);
    Map<Double, CandidateSelection.Selection> out = new TreeMap<>();
    groups.forEach((l, ps) -> out.put(l, CandidateSelection.select(ps, reqs, COST)));
    return out;
  }

  /** The grid's lambda max nearest the study's. */
  static double load(Scenario s, Map<Double, CandidateSelection.Selection> byLoad) {
    double want = s.getPoolingStudies().isEmpty() ? byLoad.keySet().iterator().next() : s.getPoolingStudies().get(0).getLambdaMax();
    return byLoad.keySet().stream().min((a, b) -> Double.compare(Math.abs(a - want), Math.abs(b - want))).orElseThrow();
  }

  private static ActiveSampler.Outcome allOf(ActiveSampler.Oracle oracle, int n) {
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < n; i++) idx.add(i);
    return new ActiveSampler.Outcome(idx, oracle.evaluate(idx));
  }

  static double value(PoolingRunResult r, String metric) {
    switch (metric) {
      case "accuracy":
        return r.accuracy();
      case "convergence_rate":
        return r.convergenceRate();
      default:
        return r.ruTotal();
    }
  }

  /**
   * The service's requirements that pooling measures: ACCURACY (fraction) and CONVERGENCE_RATE
   * (decay rate per round). Others (latency, overheads, levels) are listed as ignored, never silently.
   */
  public static List<RequirementBound> requirements(Scenario s, List<String> ignored) {
    List<RequirementBound> out = new ArrayList<>();
    if (s.getPoolingStudies().isEmpty() || s.getPoolingStudies().get(0).getSecondaryPool() == null) return out;
    AIService service = s.getPoolingStudies().get(0).getSecondaryPool().getService();
    if (service == null) return out;
    for (Requirement r : service.getRequirements()) {
      String metric = switch (r.getIndicator()) {
        case ACCURACY -> "accuracy";
        case CONVERGENCE_RATE -> "convergence_rate";
        default -> null;
      };
      if (metric == null)
        ignored.add(r.getIndicator() + " " + (r.getComparison() == Comparison.AT_LEAST ? ">=" : "<=") + " " + r.getValue()
            + (r.getUnit() == null ? "" : " " + r.getUnit()) + " (not measured by the pooling what-if)");
      else
        out.add(new RequirementBound(metric, r.getComparison() == Comparison.AT_LEAST, r.getValue()));
    }
    return out;
  }

  static Map<Double, Map<String, GaussianTwoTerm>> gaussians(List<PoolingRunResult> runs) {
    Map<Double, List<PoolingRunResult>> byLambda = new TreeMap<>();
    for (PoolingRunResult r : runs) byLambda.computeIfAbsent(r.lambdaMax(), l -> new ArrayList<>()).add(r);
    Map<Double, Map<String, GaussianTwoTerm>> out = new TreeMap<>();
    for (Map.Entry<Double, List<PoolingRunResult>> e : byLambda.entrySet()) {
      if (e.getValue().size() < 6) continue;
      Map<String, GaussianTwoTerm> fits = new LinkedHashMap<>();
      for (String m : List.of("accuracy", "convergence_rate")) {
        double[] x = e.getValue().stream().mapToDouble(PoolingRunResult::subpools).toArray();
        double[] y = e.getValue().stream().mapToDouble(r -> value(r, m)).toArray();
        try {
          fits.put(m, GaussianTwoTerm.fit("subpools", x, y));
        } catch (IllegalArgumentException noFit) {
          // reported as missing in the report
        }
      }
      out.put(e.getKey(), fits);
    }
    return out;
  }

  /** A training set of one metric from simulated runs (for saving surrogates after a full sweep). */
  public static TrainingSet trainingSet(List<PoolingRunResult> runs, String metric) {
    double[][] x = runs.stream().map(r -> new double[] { r.subpools(), r.lambdaMax() }).toArray(double[][]::new);
    double[] y = runs.stream().mapToDouble(r -> value(r, metric)).toArray();
    return new TrainingSet(FEATURES, x, y);
  }
}
