package org.slicewright.sim.pooling;

import java.util.SplittableRandom;

import org.slicewright.sim.CanceledException;
import org.slicewright.sim.ProgressMonitor;
import org.slicewright.sim.Seeds;
import org.slicewright.sim.nn.DenseNetwork;
import org.slicewright.sim.nn.FedAvg;

/**
 * One run of the pooling case study (seed 000): APs collect digits, sub-pools migrate their members'
 * new data to the sub-pool's trainer VAP, trainers train once per tick, and the MBS aggregates the
 * trainers' models with FedAvg every {@code aggregationPeriod} ticks and redistributes the global
 * model to every AP. Resource use is accounted in RU as the run goes.
 * <p>
 * A run owns all its mutable state; the {@link DigitTask} it reads is immutable, so runs can go in
 * parallel.
 */
public final class PoolingSimulation {
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
    // The trainer of a sub-pool is its member with the highest arrival rate: the least data moves.
    int[] trainer = new int[k];
    for (int j = 0; j < k; j++) {
      int best = pools[j][0];
      for (int m : pools[j]) if (demand.rates[m] > demand.rates[best]) best = m;
      trainer[j] = best;
    }
    int f = task.features();
    DenseNetwork global = new DenseNetwork(f, c.hiddenUnits(), task.classes());
    global.initialise(Seeds.stream(c.seed(), 4));
    DenseNetwork[] local = new DenseNetwork[k];
    float[][] params = new float[k][];
    for (int j = 0; j < k; j++) {
      local[j] = new DenseNetwork(f, c.hiddenUnits(), task.classes());
      local[j].setParameters(global.parameters());
      params[j] = local[j].parameters();
    }
    int rounds = (c.ticks() + c.aggregationPeriod() - 1) / c.aggregationPeriod();
    double[] roundLoss = new double[rounds + 1];
    double[] roundAcc = new double[rounds + 1];
    DenseNetwork.Evaluation e0 = global.evaluate(task.testX(), task.testY());
    roundLoss[0] = e0.loss();
    roundAcc[0] = e0.accuracy();

    ResourceUnitCosts price = c.costs();
    double ruComm = 0, ruComp = 0, ruExchange = 0, excess = 0;
    // Reservation at the mean arrival rate, per sub-pool and tick (AVAP level).
    double[] reservedCompute = new double[k];
    double[] reservedComm = new double[k];
    for (int j = 0; j < k; j++) {
      double units = 0, moved = 0;
      for (int m : pools[j]) {
        units += demand.rates[m];
        if (m != trainer[j]) moved += demand.rates[m];
      }
      reservedCompute[j] = price.computingPerDataUnit() * units + price.modelTraining();
      reservedComm[j] = price.communicationPerDataUnit() * moved;
    }

    float lr = (float) c.learningRate();
    float[] probs = new float[task.classes()];
    float[] batchX = new float[c.batchSize() * f];
    int[] batchY = new int[c.batchSize()];
    double[] samplesSinceAggregation = new double[k];
    int round = 0;
    for (int t = 0; t < c.ticks(); t++) {
      if (monitor.isCanceled()) throw new CanceledException();
      for (int j = 0; j < k; j++) {
        int units = 0, moved = 0, fill = 0;
        for (int m : pools[j]) {
          int u = demand.units[t][m];
          units += u;
          if (m != trainer[j]) moved += u;
          for (int s : demand.arrivals[t][m]) {
            if (c.batchSize() == 1) {
              task.digits().copyTo(s, batchX, 0);
              local[j].trainSample(batchX, 0, task.digits().label(s), lr, probs);
            } else {
              task.digits().copyTo(s, batchX, fill * f);
              batchY[fill++] = task.digits().label(s);
              if (fill == c.batchSize()) {
                local[j].trainBatch(batchX, batchY, 0, fill, lr);
                fill = 0;
              }
            }
            samplesSinceAggregation[j]++;
          }
        }
        if (fill > 0) local[j].trainBatch(batchX, batchY, 0, fill, lr);
        double comm = price.communicationPerDataUnit() * moved;
        double comp = units > 0 ? price.computingPerDataUnit() * units + price.modelTraining() : 0;
        ruComm += comm;
        ruComp += comp;
        excess += Math.max(0, comm - reservedComm[j]) + Math.max(0, comp - reservedCompute[j]);
      }
      boolean last = t == c.ticks() - 1;
      if ((t + 1) % c.aggregationPeriod() == 0 || last) {
        // Uploads from the trainers, downloads of the global model to every AP.
        ruExchange += price.modelExchangePerTransfer() * (k + n);
        if (FedAvg.average(global.parameters(), params, samplesSinceAggregation)) {
          for (int j = 0; j < k; j++) local[j].setParameters(global.parameters());
        }
        java.util.Arrays.fill(samplesSinceAggregation, 0);
        round++;
        DenseNetwork.Evaluation ev = global.evaluate(task.testX(), task.testY());
        roundLoss[round] = ev.loss();
        roundAcc[round] = ev.accuracy();
      }
    }
    double ruShortfall = (price.shortfallMultiplier() - 1) * excess;
    long wall = (System.nanoTime() - start) / 1_000_000;
    return new PoolingRunResult(c.scenario(), c.policy(), k, c.lambdaMax(), c.seed(),
        roundAcc[rounds], ConvergenceRate.of(roundLoss), ruComm, ruComp, ruExchange, ruComm + ruComp + ruExchange + ruShortfall,
        ruShortfall, wall, roundLoss, roundAcc);
  }
}
