package org.slicewright.sim.pooling;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.slicewright.sim.CanceledException;
import org.slicewright.sim.ProgressMonitor;
import org.slicewright.sim.Seeds;
import org.slicewright.sim.nn.DenseNetwork;
import org.slicewright.sim.nn.FedAvg;

/**
 * One run of the resource-pooling case study (M. Li, J. Gao, C. Zhou, X. Shen, W. Zhuang,
 * "Slicing-Based Artificial Intelligence Service Provisioning on the Network Edge", IEEE Vehicular
 * Technology Magazine, 2021): APs collect data units of digits, the members of a sub-pool migrate
 * theirs to its trainer VAP as far as the trainer's access link allows, the trainer trains what its
 * compute allows, once per tick ({@link LocalTraining}), and the MBS aggregates the trainers' models
 * with FedAvg every {@code aggregationPeriod} ticks and redistributes the global model to every AP.
 * Units that wait longer than the maximum wait are dropped ({@link TrainerBacklog}). Resource use is
 * accounted in RU as the run goes; a model training is charged per round or per tick as the
 * {@link ResourceUnitCosts} say.
 * <p>
 * A run owns all its mutable state; the {@link DigitTask} it reads is immutable, so runs can go in
 * parallel.
 */
public final class PoolingSimulation {
  /** A tick is one simulated second. */
  static final double TICK_SECONDS = 1;
  /** Bytes of one model weight on the wire (32-bit floats). */
  static final int WEIGHT_BYTES = 4;
  private final PoolingConfig config;
  private final DigitTask task;

  public PoolingSimulation(PoolingConfig config, DigitTask task) {
    this.config = config.validate();
    this.task = task;
    if (config.testPerClass() != task.testPerClass()) {
      throw new IllegalArgumentException("config holds out " + config.testPerClass() + " test digits per class, the task " + task.testPerClass());
    }
  }

  /** Sub-pool members (AP indices) of this run's pooling policy. */
  public int[][] subPools(double[] rates) {
    if (config.method() == PoolingMethod.MANUAL) return config.manualSubPools();
    int n = config.apCount();
    if (config.k() == n) {
      int[][] g = new int[n][];
      for (int i = 0; i < n; i++) g[i] = new int[] { i };
      return g;
    }
    double[][] f = SubPoolFormation.features(config.apX(), config.apY(), rates, config.useLocation(), config.useArrivalRate());
    SplittableRandom rng = Seeds.stream(config.seed(), 3 + 1000L * config.k());
    return SubPoolFormation.groups(SubPoolFormation.kMeans(f, config.k(), rng), config.k());
  }

  public PoolingRunResult run(ProgressMonitor monitor) {
    long start = System.nanoTime();
    PoolingConfig c = config;
    Demand demand = new Demand(c, task);
    int[][] pools = subPools(demand.rates);
    int k = pools.length;
    int n = c.apCount();
    int[] trainer = trainers(pools, demand.rates);
    int f = task.features();
    DenseNetwork global = new DenseNetwork(f, c.hiddenUnits(), task.classes());
    global.initialise(Seeds.stream(c.seed(), 4));
    DenseNetwork[] local = new DenseNetwork[k];
    TrainerBacklog[] backlog = new TrainerBacklog[k];
    for (int j = 0; j < k; j++) {
      local[j] = new DenseNetwork(f, c.hiddenUnits(), task.classes());
      local[j].copyFrom(global);
      backlog[j] = new TrainerBacklog(trainer[j]);
    }
    int rounds = (c.ticks() + c.aggregationPeriod() - 1) / c.aggregationPeriod();
    double[] roundLoss = new double[rounds + 1];
    double[] roundAcc = new double[rounds + 1];
    double[] roundSeconds = new double[rounds + 1];
    DenseNetwork.Evaluation e0 = global.evaluate(task.digitsSparse(), task.testRows(), task.testY());
    roundLoss[0] = e0.loss();
    roundAcc[0] = e0.accuracy();

    ResourceUnitCosts price = c.costs();
    boolean chargePerTick = price.modelTrainingPer() == ResourceUnitCosts.TrainingCharge.TICK;
    double[] trainCap = c.capacity().trainingUnitsPerTick();
    double[] linkCap = c.capacity().linkUnitsPerTick();
    double ruComm = 0, ruComp = 0, ruExchange = 0, excess = 0;
    // Reservation at the mean arrival rate, per sub-pool and tick (AVAP level), never above what
    // the trainer and its link can do.
    double[] reservedCompute = new double[k];
    double[] reservedComm = new double[k];
    for (int j = 0; j < k; j++) {
      double units = 0, moved = 0;
      for (int m : pools[j]) {
        units += demand.rates[m];
        if (m != trainer[j]) moved += demand.rates[m];
      }
      reservedCompute[j] = price.computingPerDataUnit() * Math.min(units, trainCap[trainer[j]]) + (chargePerTick ? price.modelTraining() : 0);
      reservedComm[j] = price.communicationPerDataUnit() * Math.min(moved, linkCap[trainer[j]]);
    }

    LocalTraining training = new LocalTraining(task, c, Seeds.stream(c.seed(), 5));
    int[] samples = new int[0];
    double[] samplesSinceAggregation = new double[k];
    long arrived = 0, dropped = 0, unitsMoved = 0, modelTransfers = 0;
    int round = 0;
    for (int t = 0; t < c.ticks(); t++) {
      if (monitor.isCanceled()) throw new CanceledException();
      for (int j = 0; j < k; j++) {
        for (int m : pools[j]) {
          backlog[j].arrive(t, m, demand.units[t][m]);
          arrived += demand.units[t][m];
        }
        int moved = backlog[j].migrate(linkCap[trainer[j]]);
        dropped += backlog[j].dropBefore(t - c.maxWaitTicks());
        int need = backlog[j].atTrainer() * c.dataUnitSamples();
        if (samples.length < need) samples = new int[Math.max(need, 2 * samples.length)];
        TrainerBacklog.Intake in = backlog[j].take(trainCap[trainer[j]], demand, c.dataUnitSamples(), samples);
        unitsMoved += moved;
        double comm = price.communicationPerDataUnit() * moved;
        double comp = in.units() == 0 ? 0 : price.computingPerDataUnit() * in.units() + (chargePerTick ? price.modelTraining() : 0);
        ruComm += comm;
        ruComp += comp;
        excess += Math.max(0, comm - reservedComm[j]) + Math.max(0, comp - reservedCompute[j]);
        if (in.units() == 0) continue;
        training.train(local[j], samples, in.samples());
        samplesSinceAggregation[j] += in.samples();
      }
      boolean last = t == c.ticks() - 1;
      if ((t + 1) % c.aggregationPeriod() == 0 || last) {
        // One trained model per trainer that trained in the round (the model it uploads).
        if (!chargePerTick) for (double s : samplesSinceAggregation) if (s > 0) ruComp += price.modelTraining();
        // Uploads from the trainers, downloads of the global model to every AP.
        ruExchange += price.modelExchangePerTransfer() * (k + n);
        modelTransfers += k + n;
        if (FedAvg.average(global, local, samplesSinceAggregation)) {
          for (int j = 0; j < k; j++) local[j].copyFrom(global);
        }
        Arrays.fill(samplesSinceAggregation, 0);
        round++;
        DenseNetwork.Evaluation ev = global.evaluate(task.digitsSparse(), task.testRows(), task.testY());
        roundLoss[round] = ev.loss();
        roundAcc[round] = ev.accuracy();
        roundSeconds[round] = (t + 1) * TICK_SECONDS;
      }
    }
    double ruShortfall = (price.shortfallMultiplier() - 1) * excess;
    long wall = (System.nanoTime() - start) / 1_000_000;
    double droppedShare = arrived == 0 ? 0 : (double) dropped / arrived;
    return new PoolingRunResult(c.scenario(), c.policy(), k, c.lambdaMax(), c.seed(),
        roundAcc[rounds], ConvergenceRate.of(roundLoss), ruComm, ruComp, ruExchange, ruComm + ruComp + ruExchange + ruShortfall,
        ruShortfall, droppedShare, wall, roundLoss, roundAcc, unitsMoved * (double) c.dataUnitSamples() * DataUnit.SAMPLE_BYTES / 1e6,
        modelTransfers * (double) global.parameterCount() * WEIGHT_BYTES / 1e6, roundSeconds);
  }

  /** The trainer of each sub-pool: its member with the highest arrival rate, so the least data moves. */
  static int[] trainers(int[][] pools, double[] rates) {
    int[] trainer = new int[pools.length];
    for (int j = 0; j < pools.length; j++) {
      int best = pools[j][0];
      for (int m : pools[j]) if (rates[m] > rates[best]) best = m;
      trainer[j] = best;
    }
    return trainer;
  }
}
