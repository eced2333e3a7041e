package org.slicewright.sim.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * Runs an {@link LstmLayer} (same parameters, layout and maths) over a batch of B sequences of equal
 * length T at once, because the per-sample layer spends its time in matrix-vector products at two or
 * three GFLOP/s, too slow to train the remote LSTM stack of the offloading study. Here each step is a
 * matrix product over the batch, A (B x 4H) = X_t W^T + H_{t-1} U^T + b, and backpropagation through
 * time the products dX = dA W, dH = dA U, dW += dA^T X, dU += dA^T H_{t-1}.
 *
 * <p>Inputs, hidden states and caches are flat per step (sample s at offset s I, s H or s 4H), but
 * every product runs as in {@code bench.Sgemm}: loop order i-p-j, each innermost loop adding multiples
 * of rows of separate arrays to a row of a separate array with the same index, the only form Java 17's
 * JIT vectorises (a row read at an offset of a flat array runs at a quarter of the speed). The flat
 * arrays are therefore only read for the broadcast scalars; the weights are copied into row arrays
 * (transposed for the forward pass) at the start of each pass, and the weight gradient is accumulated
 * transposed in row arrays and folded into the parameter block at the end.
 *
 * <p>Samples are independent through time, so the batch is split into chunks of {@value #CHUNK}
 * samples that run the whole sequence on their own, in parallel. Chunk boundaries do not depend on
 * the thread count and each chunk accumulates its weight gradient in its own buffers, summed in chunk
 * order afterwards: results are bit-identical whatever the number of threads. Buffers are kept
 * between calls, so one instance runs one forward or backward pass at a time (not thread-safe); the
 * {@link Run}s it returns are independent of each other.
 */
public final class LstmBatch {
  /** Samples per chunk: the unit of parallel work, fixed so that sums do not depend on threads. */
  static final int CHUNK = 8;
  /** Rows of the right-hand matrix per block, so the block stays in cache while every row passes. */
  static final int KC = 32;

  private final LstmLayer layer;
  private final int in;
  private final int hidden;
  private final Executor executor;
  private final int threads;
  private final double[][] wt; // W^T (I x 4H), forward
  private final double[][] ut; // U^T (H x 4H), forward
  private final double[][] wr; // W (4H x I), backward
  private final double[][] ur; // U (4H x H), backward
  private final List<Workspace> spaces = new ArrayList<>();

  /** On the common fork-join pool plus the calling thread. */
  public LstmBatch(LstmLayer layer) {
    this(layer, ForkJoinPool.commonPool(), Math.min(Runtime.getRuntime().availableProcessors(), ForkJoinPool.getCommonPoolParallelism() + 1));
  }

  /** On at most {@code threads} threads: the calling thread and helpers from the common pool. */
  public LstmBatch(LstmLayer layer, int threads) {
    this(layer, ForkJoinPool.commonPool(), threads);
  }

  /**
   * On at most {@code threads} threads: the calling thread and {@code threads - 1} helper tasks on
   * the executor (may be null when {@code threads} is 1). The caller works too and only waits for
   * chunks a helper has started, so a busy or saturated executor slows the pass but cannot stall it.
   */
  public LstmBatch(LstmLayer layer, Executor executor, int threads) {
    if (threads < 1) throw new IllegalArgumentException("threads " + threads);
    if (executor == null && threads > 1) throw new IllegalArgumentException("no executor for " + threads + " threads");
    this.layer = layer;
    this.in = layer.inputs();
    this.hidden = layer.hiddenUnits();
    this.executor = executor;
    this.threads = threads;
    wt = new double[in][4 * hidden];
    ut = new double[hidden][4 * hidden];
    wr = new double[4 * hidden][in];
    ur = new double[4 * hidden][hidden];
  }

  public LstmLayer layer() { return layer; }

  /** The caches of one forward run over a batch, needed by its backward pass. */
  public final class Run {
    final int steps;
    final int batch;
    final double[][] x;
    final double[][] gates; // per step, per sample: i, f, g, o (4H)
    final double[][] c; // cell state after each step
    final double[][] h; // hidden state after each step

    Run(double[][] x, int batch, double[][] gates, double[][] c, double[][] h) {
      this.steps = x.length;
      this.batch = batch;
      this.x = x;
      this.gates = gates;
      this.c = c;
      this.h = h;
    }

    public int batch() { return batch; }

    /** Hidden states h_0..h_{T-1}, flat per step with sample s at s H (do not modify). */
    public double[][] hidden() { return h; }
  }

  /** Runs the layer from zero state over x[t] (flat, sample s's input at s I), t = 0..T-1. */
  public Run forward(double[][] x, int batch) {
    return forward(x, batch, null);
  }

  /**
   * As {@link #forward(double[][], int)}, but overwriting the caches of {@code reuse} (a run whose
   * caches and hidden states are no longer needed; ignored if null or of another shape) instead of
   * allocating new ones: a run of 144 steps of 32 samples of 256 units holds 56 MB, and allocating and
   * collecting that on every pass was measured to cost as much as the arithmetic.
   */
  public Run forward(double[][] x, int batch, Run reuse) {
    if (batch < 1) throw new IllegalArgumentException("batch " + batch);
    for (double[] xt : x) {
      if (xt.length < batch * in) throw new IllegalArgumentException("step of " + xt.length + " values for " + batch + " x " + in);
    }
    int steps = x.length;
    Run r;
    if (reuse != null && reuse.steps == steps && reuse.batch == batch && (steps == 0 || reuse.h[0].length == batch * hidden)) {
      r = new Run(x, batch, reuse.gates, reuse.c, reuse.h);
    } else {
      r = new Run(x, batch, new double[steps][batch * 4 * hidden], new double[steps][batch * hidden], new double[steps][batch * hidden]);
    }
    // Weights change only between optimiser steps: refresh the transposed copies once per pass.
    double[] v = layer.parameters().values;
    int g4 = 4 * hidden;
    for (int j = 0; j < g4; j++) {
      for (int i = 0; i < in; i++) wt[i][j] = v[layer.w + j * in + i];
      for (int k = 0; k < hidden; k++) ut[k][j] = v[layer.u + j * hidden + k];
    }
    int chunks = chunks(batch);
    ensureSpaces(chunks, false);
    parallel(chunks, ch -> forwardChunk(r, ch));
    return r;
  }

  private void forwardChunk(Run r, int ch) {
    Workspace s = spaces.get(ch);
    int s0 = ch * CHUNK, m = Math.min(CHUNK, r.batch - s0);
    int g4 = 4 * hidden;
    double[] v = layer.parameters().values;
    double[][] a = s.a;
    for (int t = 0; t < r.steps; t++) {
      for (int i = 0; i < m; i++) System.arraycopy(v, layer.b, a[i], 0, g4);
      multiplyAdd(a, m, r.x[t], s0 * in, in, 1, wt, in);
      if (t > 0) multiplyAdd(a, m, r.h[t - 1], s0 * hidden, hidden, 1, ut, hidden);
      double[] gt = r.gates[t], ct = r.c[t], ht = r.h[t], cp = t == 0 ? null : r.c[t - 1];
      for (int i = 0; i < m; i++) {
        double[] ai = a[i];
        int go = (s0 + i) * g4, ho = (s0 + i) * hidden;
        for (int k = 0; k < hidden; k++) {
          double ig = LstmLayer.sigmoid(ai[k]), fg = LstmLayer.sigmoid(ai[hidden + k]);
          double gg = tanh(ai[2 * hidden + k]), og = LstmLayer.sigmoid(ai[3 * hidden + k]);
          gt[go + k] = ig;
          gt[go + hidden + k] = fg;
          gt[go + 2 * hidden + k] = gg;
          gt[go + 3 * hidden + k] = og;
          double c = (cp == null ? 0 : fg * cp[ho + k]) + ig * gg;
          ct[ho + k] = c;
          ht[ho + k] = og * tanh(c);
        }
      }
    }
  }

  /**
   * Backpropagation through time: given dL/dh_t (dh[t] flat like the hidden states, or null for a
   * step with no gradient from above), adds the parameter gradient summed over the batch to the
   * layer's gradient and returns dL/dx_t, flat per step like the input.
   */
  public double[][] backward(Run r, double[][] dh) {
    if (dh.length != r.steps) throw new IllegalArgumentException(dh.length + " gradients for " + r.steps + " steps");
    for (double[] d : dh) {
      if (d != null && d.length < r.batch * hidden) throw new IllegalArgumentException("gradient of " + d.length + " values for " + r.batch + " x " + hidden);
    }
    double[] v = layer.parameters().values;
    int g4 = 4 * hidden;
    for (int j = 0; j < g4; j++) {
      System.arraycopy(v, layer.w + j * in, wr[j], 0, in);
      System.arraycopy(v, layer.u + j * hidden, ur[j], 0, hidden);
    }
    double[][] dx = new double[r.steps][r.batch * in];
    int chunks = chunks(r.batch);
    ensureSpaces(chunks, true);
    parallel(chunks, ch -> backwardChunk(r, dh, dx, ch));
    // Fold the chunks' gradients in chunk order, transposing back to the layout W (4H x I), U (4H x H).
    double[] g = layer.parameters().gradient;
    double[] sum = new double[g4];
    for (int i = 0; i < in; i++) {
      System.arraycopy(spaces.get(0).dwt[i], 0, sum, 0, g4);
      for (int ch = 1; ch < chunks; ch++) add(sum, spaces.get(ch).dwt[i]);
      for (int j = 0; j < g4; j++) g[layer.w + j * in + i] += sum[j];
    }
    for (int k = 0; k < hidden; k++) {
      System.arraycopy(spaces.get(0).dut[k], 0, sum, 0, g4);
      for (int ch = 1; ch < chunks; ch++) add(sum, spaces.get(ch).dut[k]);
      for (int j = 0; j < g4; j++) g[layer.u + j * hidden + k] += sum[j];
    }
    System.arraycopy(spaces.get(0).db, 0, sum, 0, g4);
    for (int ch = 1; ch < chunks; ch++) add(sum, spaces.get(ch).db);
    for (int j = 0; j < g4; j++) g[layer.b + j] += sum[j];
    return dx;
  }

  private void backwardChunk(Run r, double[][] dh, double[][] dx, int ch) {
    Workspace s = spaces.get(ch);
    int s0 = ch * CHUNK, m = Math.min(CHUNK, r.batch - s0);
    int g4 = 4 * hidden;
    double[][] da = s.a, dhNext = s.dh, dcNext = s.dc, dxs = s.dx;
    double[] daFlat = s.daFlat;
    for (int i = 0; i < m; i++) {
      Arrays.fill(dhNext[i], 0);
      Arrays.fill(dcNext[i], 0);
    }
    for (double[] row : s.dwt) Arrays.fill(row, 0);
    for (double[] row : s.dut) Arrays.fill(row, 0);
    Arrays.fill(s.db, 0);
    for (int t = r.steps - 1; t >= 0; t--) {
      double[] gt = r.gates[t], ct = r.c[t], cp = t == 0 ? null : r.c[t - 1], dht = dh[t];
      for (int i = 0; i < m; i++) {
        double[] dai = da[i], dhi = dhNext[i], dci = dcNext[i];
        int go = (s0 + i) * g4, ho = (s0 + i) * hidden;
        for (int k = 0; k < hidden; k++) {
          double d = dhi[k] + (dht == null ? 0 : dht[ho + k]);
          double ig = gt[go + k], fg = gt[go + hidden + k], gg = gt[go + 2 * hidden + k], og = gt[go + 3 * hidden + k];
          double tc = tanh(ct[ho + k]);
          double dc = d * og * (1 - tc * tc) + dci[k];
          double c = cp == null ? 0 : cp[ho + k];
          dai[k] = dc * gg * ig * (1 - ig);
          dai[hidden + k] = dc * c * fg * (1 - fg);
          dai[2 * hidden + k] = dc * ig * (1 - gg * gg);
          dai[3 * hidden + k] = d * tc * og * (1 - og);
          dci[k] = dc * fg;
        }
        // The products below read dA both as rows (right-hand side) and as scalars (left-hand side).
        System.arraycopy(dai, 0, daFlat, i * g4, g4);
      }
      for (int i = 0; i < m; i++) Arrays.fill(dxs[i], 0);
      multiplyAdd(dxs, m, daFlat, 0, g4, 1, wr, g4);
      for (int i = 0; i < m; i++) System.arraycopy(dxs[i], 0, dx[t], (s0 + i) * in, in);
      if (t > 0) {
        for (int i = 0; i < m; i++) Arrays.fill(dhNext[i], 0);
        multiplyAdd(dhNext, m, daFlat, 0, g4, 1, ur, g4);
        multiplyAdd(s.dut, hidden, r.h[t - 1], s0 * hidden, 1, hidden, da, m);
      }
      multiplyAdd(s.dwt, in, r.x[t], s0 * in, 1, in, da, m);
      for (int i = 0; i < m; i++) add(s.db, da[i]);
    }
  }

  /**
   * C (rows c[0..m-1]) += A B, A (m x k) read as scalars a[off + i rowStride + p colStride], B the row
   * arrays b[0..k-1] as long as the rows of C. Four rows of B per pass over a row of C: the loop still
   * vectorises and loads and stores C a quarter as often.
   */
  static void multiplyAdd(double[][] c, int m, double[] a, int off, int rowStride, int colStride, double[][] b, int k) {
    for (int p0 = 0; p0 < k; p0 += KC) {
      int p1 = Math.min(k, p0 + KC);
      for (int i = 0; i < m; i++) {
        double[] ci = c[i];
        int n = ci.length;
        int ai = off + i * rowStride;
        int p = p0;
        for (; p + 3 < p1; p += 4) {
          double x0 = a[ai + p * colStride], x1 = a[ai + (p + 1) * colStride];
          double x2 = a[ai + (p + 2) * colStride], x3 = a[ai + (p + 3) * colStride];
          double[] b0 = b[p], b1 = b[p + 1], b2 = b[p + 2], b3 = b[p + 3];
          for (int j = 0; j < n; j++) ci[j] += x0 * b0[j] + x1 * b1[j] + x2 * b2[j] + x3 * b3[j];
        }
        for (; p < p1; p++) {
          double x = a[ai + p * colStride];
          double[] bp = b[p];
          for (int j = 0; j < n; j++) ci[j] += x * bp[j];
        }
      }
    }
  }

  /**
   * tanh from the exp intrinsic: Java 17's Math.tanh is the fdlibm routine at about 20 ns a call
   * against 6 here, and it was a third of the elementwise work of a step. Within 2.3e-16 of Math.tanh
   * (absolute error; near zero that is a larger relative error, harmless next to the sums it enters).
   */
  static double tanh(double z) {
    double e = Math.exp(-2 * Math.abs(z));
    return Math.copySign((1 - e) / (1 + e), z);
  }

  private static void add(double[] to, double[] from) {
    for (int j = 0; j < to.length; j++) to[j] += from[j];
  }

  private static int chunks(int batch) {
    return (batch + CHUNK - 1) / CHUNK;
  }

  /** Runs task(0..chunks-1) on the calling thread and up to threads - 1 helpers; rethrows a failure. */
  private void parallel(int chunks, IntConsumer task) {
    int helpers = Math.min(threads, chunks) - 1;
    if (helpers == 0) {
      for (int ch = 0; ch < chunks; ch++) task.accept(ch);
      return;
    }
    AtomicInteger next = new AtomicInteger();
    CountDownLatch done = new CountDownLatch(chunks);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    // A helper may still sit in a busy executor's queue when the pass is over: it must not keep the
    // pass's caches (megabytes) alive, so it reaches the task only through a reference cleared at the end.
    AtomicReference<IntConsumer> current = new AtomicReference<>(task);
    Runnable worker = () -> {
      IntConsumer work = current.get();
      if (work == null) return;
      for (int ch; (ch = next.getAndIncrement()) < chunks;) {
        try {
          work.accept(ch);
        } catch (Throwable e) {
          failure.compareAndSet(null, e);
        } finally {
          done.countDown();
        }
      }
    };
    try {
      for (int h = 0; h < helpers; h++) executor.execute(worker);
    } catch (RejectedExecutionException e) {
      // Fewer helpers: the calling thread takes the chunks they would have.
    }
    worker.run();
    boolean interrupted = false;
    while (true) {
      try {
        done.await();
        break;
      } catch (InterruptedException e) {
        // Helpers still write into this pass's buffers: wait for them, then restore the flag.
        interrupted = true;
      }
    }
    current.set(null);
    if (interrupted) Thread.currentThread().interrupt();
    Throwable e = failure.get();
    if (e instanceof RuntimeException) throw (RuntimeException) e;
    if (e instanceof Error) throw (Error) e;
    if (e != null) throw new IllegalStateException(e);
  }

  private void ensureSpaces(int chunks, boolean gradients) {
    while (spaces.size() < chunks) spaces.add(new Workspace());
    if (gradients) {
      for (int ch = 0; ch < chunks; ch++) spaces.get(ch).allocateGradients();
    }
  }

  /** Scratch of one chunk, kept between passes; gradient buffers only once a backward pass needs them. */
  private final class Workspace {
    final double[][] a = new double[CHUNK][4 * hidden]; // pre-activations forward, dA backward
    final double[] daFlat = new double[CHUNK * 4 * hidden];
    final double[][] dh = new double[CHUNK][hidden]; // dL/dh_t from step t + 1
    final double[][] dc = new double[CHUNK][hidden]; // dL/dc_t from step t + 1
    final double[][] dx = new double[CHUNK][in];
    double[][] dwt; // dW^T (I x 4H)
    double[][] dut; // dU^T (H x 4H)
    double[] db;

    void allocateGradients() {
      if (dwt != null) return;
      dwt = new double[in][4 * hidden];
      dut = new double[hidden][4 * hidden];
      db = new double[4 * hidden];
    }
  }
}
