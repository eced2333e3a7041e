package org.slicewright.sim.offloading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

import org.slicewright.sim.CanceledException;
import org.slicewright.sim.ProgressMonitor;
import org.slicewright.sim.Seeds;
import org.slicewright.sim.nn.EarlyStoppingTrainer;
import org.slicewright.sim.nn.ParameterBlock;

/**
 * The offloading what-if of the distributed-LSTM study: trains the DDNN jointly (once per local
 * weight w_L of the comparison) and the centralised baselines on the training windows, all with the
 * same optimiser, batch, epoch cap and early stopping on the validation windows; then on the test
 * windows traces the trade-off curve of total cost (eq. 9) against the share of samples resolved
 * locally for four policies (see {@link PolicyCurves}) and the latency of each operating point (see
 * {@link OffloadingTimings}). The models of the comparison are independent and trained in parallel,
 * each from its own random streams; every DDNN starts from the same initial weights and sees the
 * samples in the same order, so weights differ only by w_L.
 */
public final class OffloadingStudy {
  public static final String ORACLE = "oracle";
  public static final String RANDOM = "random";
  public static final String CONFIDENCE = "confidence";
  public static final String ML = "ml";
  public static final String CENTRALISED_LSTM = "centralised-lstm";
  public static final String DEEPCOG = "deepcog";
  /** The DDNN's policies, the hindsight bound first. */
  public static final List<String> POLICIES = List.of(ORACLE, ML, CONFIDENCE, RANDOM);
  /** The policies a deployment can run (the oracle needs hindsight). */
  public static final List<String> REALISABLE = List.of(ML, CONFIDENCE, RANDOM);
  /** A policy's local share is "free" while its cost stays within this fraction of its all-remote cost. */
  public static final double FREE_TOLERANCE = 0.01;

  private final OffloadingConfig c;

  public OffloadingStudy(OffloadingConfig config) {
    this.c = config.validate();
  }

  /** One operating point of a policy of the DDNN trained with {@code localWeight}. */
  public record CurvePoint(String policy, double localWeight, double parameter, double localShare, double totalCost, double latencyMs) {
  }

  /** The DDNN trained with one w_L: its exits' test costs, its training and each policy's free local share. */
  public record WeightOutcome(double localWeight, double allLocalCost, double allRemoteCost, EarlyStoppingTrainer.Outcome training,
      Map<String, Double> freeLocalShare) {
  }

  /** A centralised baseline (local share 0): test cost, latency per sample and training. */
  public record BaselineOutcome(String policy, String architecture, double testCost, double latencyMs, EarlyStoppingTrainer.Outcome training) {
  }

  /**
   * Everything the report and the CSV need.
   *
   * @param persistenceCost test cost of the last demand plus a fitted margin per VNF (see {@link PersistenceReference})
   */
  public record Result(double localWeight, List<CurvePoint> points, List<WeightOutcome> weights, List<BaselineOutcome> baselines,
      double persistenceCost, double localMs, double remoteMs, double mlBlockMs, double confidenceBlockMs, int testSamples, String cell,
      double[] demand, double[] localAllocation, double[] remoteAllocation, double trainingSeconds) {

    public WeightOutcome weight(double w) {
      return weights.stream().filter(x -> x.localWeight() == w).findFirst().orElseThrow(() -> new IllegalArgumentException("no DDNN trained with w_L = " + w));
    }

    public WeightOutcome main() {
      return weight(localWeight);
    }

    public double allRemoteCost() {
      return main().allRemoteCost();
    }

    public double allLocalCost() {
      return main().allLocalCost();
    }

    public BaselineOutcome baseline(String policy) {
      return baselines.stream().filter(b -> b.policy().equals(policy)).findFirst().orElseThrow(() -> new IllegalArgumentException("no baseline " + policy));
    }

    /** Total cost at a local share on a policy's curve (reported w_L), linearly interpolated between its points. */
    public double costAt(String policy, double share) {
      return costAt(policy, localWeight, share);
    }

    public double costAt(String policy, double w, double share) {
      return interpolate(curve(policy, w), share, CurvePoint::totalCost);
    }

    /** Latency per sample at a local share on a policy's curve (reported w_L). */
    public double latencyAt(String policy, double share) {
      return interpolate(curve(policy, localWeight), share, CurvePoint::latencyMs);
    }

    /** A policy's points for one w_L, by local share. */
    public List<CurvePoint> curve(String policy, double w) {
      return points.stream().filter(x -> x.policy().equals(policy) && x.localWeight() == w).sorted(Comparator.comparingDouble(CurvePoint::localShare)).toList();
    }

    private static double interpolate(List<CurvePoint> p, double share, ToDoubleFunction<CurvePoint> f) {
      if (p.isEmpty()) return Double.NaN;
      if (share <= p.get(0).localShare()) return f.applyAsDouble(p.get(0));
      for (int i = 1; i < p.size(); i++) {
        CurvePoint a = p.get(i - 1), b = p.get(i);
        if (share <= b.localShare()) {
          double span = b.localShare() - a.localShare();
          if (span == 0) return Math.min(f.applyAsDouble(a), f.applyAsDouble(b));
          return f.applyAsDouble(a) + (share - a.localShare()) / span * (f.applyAsDouble(b) - f.applyAsDouble(a));
        }
      }
      return f.applyAsDouble(p.get(p.size() - 1));
    }
  }

  public Result run(ProgressMonitor monitor) {
    long t0 = System.nanoTime();
    StudyWindows w = new StudyWindows(c);
    List<Double> weights = c.localWeights();
    int k = w.vnfs();
    List<DistributedLstm> ddnns = new ArrayList<>();
    for (int i = 0; i < weights.size(); i++) ddnns.add(new DistributedLstm(k, c.architecture(), c.residual(), Seeds.stream(c.seed(), 11)));
    Map<String, CentralisedModel> baselines = new LinkedHashMap<>();
    baselines.put(CENTRALISED_LSTM, sameTarget(new CentralisedLstm(k, c.architecture(), Seeds.stream(c.seed(), 12))));
    baselines.put(DEEPCOG, sameTarget(new DeepCog(k, c.history(), DeepCog.Shape.DEFAULT, Seeds.stream(c.seed(), 16))));
    List<EarlyStoppingTrainer.Objective> jobs = new ArrayList<>();
    for (int i = 0; i < weights.size(); i++) jobs.add(ddnnObjective(w, ddnns.get(i), weights.get(i)));
    for (CentralisedModel b : baselines.values()) jobs.add(baselineObjective(w, b));
    monitor.begin("Offloading study: training " + jobs.size() + " models", jobs.size() * c.training().maxEpochs() + weights.size());
    List<EarlyStoppingTrainer.Outcome> outcomes = train(jobs, w, monitor);
    double trainingSeconds = (System.nanoTime() - t0) / 1e9;

    List<ExitCosts> exits = IntStream.range(0, weights.size()).parallel()
        .mapToObj(i -> new ExitCosts(ddnns.get(i), weights.get(i), w, c, Seeds.stream(c.seed(), 14))).toList();
    ExitCosts main = exits.get(0);
    OffloadingTimings time = OffloadingTimings.measure(ddnns.get(0), main, w, c);
    PolicyCurves curves = new PolicyCurves(c, w, time);
    List<CurvePoint> points = new ArrayList<>();
    List<WeightOutcome> outs = new ArrayList<>();
    for (int i = 0; i < weights.size(); i++) {
      if (monitor.isCanceled()) throw new CanceledException();
      List<CurvePoint> p = curves.points(exits.get(i));
      points.addAll(p);
      double remote = exits.get(i).allRemote(w.testStart, w.count);
      outs.add(new WeightOutcome(weights.get(i), exits.get(i).allLocal(w.testStart, w.count), remote, outcomes.get(i), freeShares(p, remote)));
      monitor.worked(1);
    }
    List<BaselineOutcome> base = new ArrayList<>();
    int j = weights.size();
    for (Map.Entry<String, CentralisedModel> b : baselines.entrySet()) {
      String arch = b.getKey().equals(CENTRALISED_LSTM) ? "the DDNN's remote stack alone" + (c.residual() ? ", residual" : "") : b.getValue().toString();
      base.add(new BaselineOutcome(b.getKey(), arch, testCost(b.getValue(), w), OffloadingTimings.centralisedLatency(b.getValue(), w, c), outcomes.get(j++)));
    }
    return new Result(c.localWeight(), points, outs, base, PersistenceReference.testCost(w, c.cost()), time.localMs(), time.remoteMs(),
        time.mlBlockMs(), time.confidenceMs(), w.testCount(), c.traces().names().get(0), main.firstDemand, main.firstLocal, main.firstRemote,
        trainingSeconds);
  }

  /**
   * Trains every model, in parallel (each from its own streams and with its own sample order stream of
   * the same seed, so the result does not depend on which thread runs which model).
   */
  private List<EarlyStoppingTrainer.Outcome> train(List<EarlyStoppingTrainer.Objective> jobs, StudyWindows w, ProgressMonitor monitor) {
    AtomicInteger done = new AtomicInteger();
    ProgressMonitor counting = new ProgressMonitor() {
      @Override
      public void begin(String task, int total) {}
      @Override
      public void worked(int work) { done.addAndGet(work); monitor.worked(work); }
      @Override
      public boolean isCanceled() { return monitor.isCanceled(); }
    };
    EarlyStoppingTrainer trainer = new EarlyStoppingTrainer(c.training());
    List<EarlyStoppingTrainer.Outcome> outcomes = IntStream.range(0, jobs.size()).parallel()
        .mapToObj(j -> trainer.train(jobs.get(j), w.train(), w.validation(), Seeds.stream(c.seed(), 13), counting)).toList();
    // Early stopping leaves epochs of the budget unused: account for them so progress ends at training's end.
    monitor.worked(Math.max(0, jobs.size() * c.training().maxEpochs() - done.get()));
    return outcomes;
  }

  private EarlyStoppingTrainer.Objective ddnnObjective(StudyWindows w, DistributedLstm d, double wl) {
    return objective(w, d.parameters(), (x, y) -> d.accumulate(x, y, wl, c.cost()), (x, y) -> {
      double loss = 0;
      DistributedLstm.Pass[] p = d.forward(x, true);
      for (int b = 0; b < p.length; b++) loss += wl * c.cost().cost(p[b].localOut, y.get(b)) + (1 - wl) * c.cost().cost(p[b].remoteOut, y.get(b));
      return loss;
    });
  }

  private EarlyStoppingTrainer.Objective baselineObjective(StudyWindows w, CentralisedModel b) {
    return objective(w, b.parameters(), (x, y) -> b.accumulate(x, y, c.cost()), (x, y) -> {
      double loss = 0;
      double[][] p = b.predict(x);
      for (int i = 0; i < p.length; i++) loss += c.cost().cost(p[i], y.get(i));
      return loss;
    });
  }

  /** A baseline's cost (eq. 9 with every sample resolved by it) on the test windows: its validation loss, on the test windows. */
  private double testCost(CentralisedModel m, StudyWindows w) {
    int[] test = EarlyStoppingTrainer.range(w.testStart, w.count);
    return baselineObjective(w, m).loss(test, 0, test.length);
  }

  /** A baseline predicting its target the way the DDNN's remote exit does. */
  private CentralisedModel sameTarget(CentralisedModel m) {
    return c.residual() ? new ResidualTarget(m) : m;
  }

  /** Per realisable policy (and the oracle): the largest local share reached before its cost first exceeds (1 + 1 %) x its all-remote cost. */
  static Map<String, Double> freeShares(List<CurvePoint> points, double allRemote) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (String policy : POLICIES) {
      double free = 0;
      for (CurvePoint p : points.stream().filter(x -> x.policy().equals(policy)).sorted(Comparator.comparingDouble(CurvePoint::localShare)).toList()) {
        if (p.totalCost() > allRemote * (1 + FREE_TOLERANCE)) break;
        free = Math.max(free, p.localShare());
      }
      out.put(policy, free);
    }
    return out;
  }

  /** The summed cost of a batch of windows against their targets (and, when training, its gradient). */
  private interface BatchLoss {
    double apply(List<double[][]> windows, List<double[]> targets);
  }

  /** Validation windows are scored in batches of this many. */
  static final int EVALUATION_BATCH = 64;

  private static EarlyStoppingTrainer.Objective objective(StudyWindows w, List<ParameterBlock> params, BatchLoss accumulate, BatchLoss loss) {
    return new EarlyStoppingTrainer.Objective() {
      @Override
      public List<ParameterBlock> parameters() { return params; }
      @Override
      public double accumulate(int[] s, int from, int to) {
        return accumulate.apply(w.windows(s, from, to), w.targets(s, from, to));
      }
      @Override
      public double loss(int[] s, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i += EVALUATION_BATCH) {
          int end = Math.min(to, i + EVALUATION_BATCH);
          sum += loss.apply(w.windows(s, i, end), w.targets(s, i, end));
        }
        return sum;
      }
    };
  }
}
