package org.slicewright.sim.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.slicewright.sim.ProgressMonitor;
import org.slicewright.sim.nn.DenseNetwork;
import org.slicewright.sim.pooling.DigitTask;
import org.slicewright.sim.pooling.PoolingConfig;
import org.slicewright.sim.pooling.PoolingRunResult;
import org.slicewright.sim.sweep.PoolingSweep;

/**
 * Benchmark of the pooling engine, printed as figures (never asserted in a test):
 * <ol>
 * <li>the training loop's throughput (per-sample SGD on real digits) in GFLOP/s of work actually done
 * (zero pixels are skipped) and in dense-equivalent GFLOP/s, next to a plain triple-loop matrix
 * multiply measured in the same run, as ratios;</li>
 * <li>the wall time of the full default sweep of the pooling-32ap case (k = 1..32 x lambda max in
 * {2, 5, 10} x 1 seed) on all cores.</li>
 * </ol>
 */
public final class PoolingBench {
  private PoolingBench() {
  }

  public static void run(PrintStream out, boolean sweep) throws java.io.IOException {
    DigitTask task = DigitTask.loadDefault(100);
    int f = task.features();
    int samples = 3000;
    float[] xs = new float[samples * f];
    int[] ys = new int[samples];
    long nonZero = 0;
    for (int i = 0; i < samples; i++) {
      int s = 1000 + i; // skip the first digits of each class file block; any fixed set will do
      task.digits().copyTo(s, xs, i * f);
      ys[i] = task.digits().label(s);
      for (int j = 0; j < f; j++) if (xs[i * f + j] != 0f) nonZero++;
    }
    DenseNetwork net = new DenseNetwork(f, 200, 10);
    net.initialise(new java.util.SplittableRandom(1));
    float[] probs = new float[10];
    // Warm-up so the JIT has compiled the loops before timing.
    for (int rep = 0; rep < 3; rep++) for (int i = 0; i < samples; i++) net.trainSample(xs, i * f, ys[i], 0.01f, probs);
    int reps = 5;
    long t0 = System.nanoTime();
    for (int rep = 0; rep < reps; rep++) for (int i = 0; i < samples; i++) net.trainSample(xs, i * f, ys[i], 0.01f, probs);
    double sec = (System.nanoTime() - t0) / 1e9;
    double n = (double) samples * reps;
    int h = 200, o = 10;
    // Work done: layer 1 forward and update touch only non-zero pixels (2 FLOP per multiply-add each);
    // layer 2 forward, backward and update are dense.
    double avgNonZero = (double) nonZero / samples;
    double flopsDone = n * (2 * 2 * avgNonZero * h + 3 * 2.0 * h * o + 4.0 * h);
    double flopsDense = n * net.denseTrainFlopsPerSample();
    double gDone = flopsDone / sec / 1e9, gDense = flopsDense / sec / 1e9;
    double gBase = tripleLoopGflops(256);
    out.printf(Locale.ROOT, "training loop: %.0f samples/s; %.2f GFLOP/s of work done (%.0f%% of pixels non-zero), %.2f GFLOP/s dense-equivalent%n",
        n / sec, gDone, 100 * avgNonZero / f, gDense);
    out.printf(Locale.ROOT, "baseline triple-loop matmul 256x256 (double, ijk): %.2f GFLOP/s%n", gBase);
    out.printf(Locale.ROOT, "ratio training loop / baseline: %.2fx (work done), %.2fx (dense-equivalent)%n", gDone / gBase, gDense / gBase);
    if (sweep) {
      double[][] g = PoolingConfig.grid(32);
      PoolingConfig base = PoolingConfig.caseStudy("bench", g[0], g[1], 5, 1, 1);
      int[] ks = new int[32];
      for (int k = 1; k <= 32; k++) ks[k - 1] = k;
      List<PoolingConfig> points = PoolingSweep.grid(base, ks, new double[] { 2, 5, 10 }, 1, 1);
      int threads = Runtime.getRuntime().availableProcessors();
      long s0 = System.nanoTime();
      PoolingSweep.Outcome outcome = new PoolingSweep(points, threads).run(task, ProgressMonitor.NONE, null);
      double wall = (System.nanoTime() - s0) / 1e9;
      double cpu = outcome.results().stream().mapToLong(PoolingRunResult::wallMs).sum() / 1e3;
      out.printf(Locale.ROOT, "full default sweep: %d runs (k = 1..32 x lambda max {2, 5, 10} x 1 seed, %d ticks) in %.1f s wall on %d threads (%.1f run-seconds, %.2fx parallel speed-up)%n",
          points.size(), base.ticks(), wall, threads, cpu, cpu / wall);
    }
  }

  /** GFLOP/s of the textbook i-j-k triple loop, C = A * B, n x n doubles. */
  static double tripleLoopGflops(int n) {
    double[] a = new double[n * n], b = new double[n * n], c = new double[n * n];
    for (int i = 0; i < n * n; i++) { a[i] = (i % 7) * 0.1; b[i] = (i % 11) * 0.1; }
    double best = 0;
    for (int rep = 0; rep < 6; rep++) {
      java.util.Arrays.fill(c, 0);
      long t0 = System.nanoTime();
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          double s = 0;
          for (int k = 0; k < n; k++) s += a[i * n + k] * b[k * n + j];
          c[i * n + j] = s;
        }
      }
      double sec = (System.nanoTime() - t0) / 1e9;
      if (rep >= 2) best = Math.max(best, 2.0 * n * n * n / sec / 1e9);
    }
    if (c[n + 1] == 42.4242) System.out.print(""); // keep the result alive
    return best;
  }
}
