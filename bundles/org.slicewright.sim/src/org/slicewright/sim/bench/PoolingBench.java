package org.slicewright.sim.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;
import java.util.SplittableRandom;

import org.slicewright.model.scenario.Scenario;
import org.slicewright.sim.ProgressMonitor;
import org.slicewright.sim.nn.DenseNetwork;
import org.slicewright.sim.pooling.DigitTask;
import org.slicewright.sim.pooling.PoolingRunResult;
import org.slicewright.sim.scenario.PoolingPlan;
import org.slicewright.sim.scenario.PoolingScenarioMapper;
import org.slicewright.sim.sweep.PoolingSweep;

/**
 * Benchmark of the pooling engine, printed as figures (never asserted in a test):
 * <ol>
 * <li>the training loop's throughput (per-sample SGD on real digits, the engine's sparse path) in
 * GFLOP/s of work actually done (zero pixels are skipped) and in dense-equivalent GFLOP/s, next to the
 * single-core peak of a blocked matrix product ({@link Sgemm}) measured in the same run, as
 * fractions;</li>
 * <li>the wall time of the pooling example's default sweep (the same plan {@code evaluate} runs) on
 * all cores.</li>
 * </ol>
 */
public final class PoolingBench {
  private PoolingBench() {
  }

  public static void run(PrintStream out, Scenario example, boolean sweep) throws IOException {
    DigitTask task = DigitTask.loadDefault(PoolingScenarioMapper.TEST_PER_CLASS);
    int samples = 3000, first = 1000; // any fixed set of digits will do
    int[] rows = new int[samples];
    int[] labels = new int[samples];
    for (int i = 0; i < samples; i++) {
      rows[i] = first + i;
      labels[i] = task.digits().label(first + i);
    }
    DenseNetwork net = new DenseNetwork(task.features(), 200, 10);
    net.initialise(new SplittableRandom(1));
    float[] probs = new float[10];
    // Warm-up so the JIT has compiled the loops before timing.
    for (int rep = 0; rep < 3; rep++) for (int i = 0; i < samples; i++) net.trainSample(task.digitsSparse(), rows[i], labels[i], 0.01f, probs);
    int reps = 10;
    long t0 = System.nanoTime();
    for (int rep = 0; rep < reps; rep++) for (int i = 0; i < samples; i++) net.trainSample(task.digitsSparse(), rows[i], labels[i], 0.01f, probs);
    double sec = (System.nanoTime() - t0) / 1e9;
    double n = (double) samples * reps;
    int h = 200, o = 10, f = task.features();
    // Work done: layer 1 forward and update touch only non-zero pixels (2 FLOP per multiply-add each);
    // layer 2 forward, backward and update are dense.
    double nonZero = task.digitsSparse().meanNonZero();
    double flopsDone = n * (2 * 2 * nonZero * h + 3 * 2.0 * h * o + 4.0 * h);
    double flopsDense = n * net.denseTrainFlopsPerSample();
    double gDone = flopsDone / sec / 1e9, gDense = flopsDense / sec / 1e9;
    double peak = Sgemm.peakGflops(512);
    out.printf(Locale.ROOT, "training loop: %.0f samples/s; %.2f GFLOP/s of work done (%.0f%% of pixels non-zero), %.2f GFLOP/s dense-equivalent%n",
        n / sec, gDone, 100 * nonZero / f, gDense);
    out.printf(Locale.ROOT, "single-core peak, blocked sgemm 512x512 (float, same run): %.2f GFLOP/s%n", peak);
    out.printf(Locale.ROOT, "training loop / peak: %.0f%% (work done), %.0f%% (dense-equivalent)%n", 100 * gDone / peak, 100 * gDense / peak);
    if (sweep) {
      int threads = Runtime.getRuntime().availableProcessors();
      PoolingPlan plan = PoolingScenarioMapper.plan(example, 0, threads, false);
      long s0 = System.nanoTime();
      PoolingSweep.Outcome outcome = new PoolingSweep(plan.runs(), threads).run(task, ProgressMonitor.NONE, null);
      double wall = (System.nanoTime() - s0) / 1e9;
      double cpu = outcome.results().stream().mapToLong(PoolingRunResult::wallMs).sum() / 1e3;
      out.printf(Locale.ROOT, "pooling example's default sweep: %d runs (k in {1, 2, 4, 8, 16, 32} x lambda max {1, 2, 5, 10} x 1 seed, %d ticks, "
          + "%d local epochs) in %.1f s wall on %d threads (%.1f run-seconds, %.2fx parallel speed-up)%n",
          plan.runs().size(), plan.runs().get(0).ticks(), plan.runs().get(0).localEpochs(), wall, threads, cpu, cpu / wall);
    }
  }
}
