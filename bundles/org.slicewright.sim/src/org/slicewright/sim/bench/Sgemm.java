package org.slicewright.sim.bench;

/**
 * A cache-blocked single-precision matrix product, C += A B, as the dense peak the training loop is
 * compared with in {@code bench}. Rows are separate arrays and the loop order is i-p-j: each step adds
 * a multiple of one row of B to one row of C with the same index in both, the loop Java 17's JIT
 * vectorises (it does not vectorise register-blocked kernels that write several rows, nor rows read at
 * an offset of one flat array; measured at a quarter to a fifth of the speed). B is taken {@link #KC}
 * rows at a time so the block stays in cache while every row of C passes over it. Single-threaded on
 * purpose: the training loop runs one trainer per thread.
 */
public final class Sgemm {
  static final int KC = 32;

  private Sgemm() {
  }

  /** C (m x n) += A (m x k) B (k x n), row arrays. */
  public static void multiplyAdd(float[][] a, float[][] b, float[][] c) {
    int k = b.length;
    for (int p0 = 0; p0 < k; p0 += KC) {
      int p1 = Math.min(k, p0 + KC);
      for (int i = 0; i < c.length; i++) {
        float[] ci = c[i], ai = a[i];
        for (int p = p0; p < p1; p++) {
          float x = ai[p];
          float[] bp = b[p];
          for (int j = 0; j < ci.length; j++) ci[j] += x * bp[j];
        }
      }
    }
  }

  /** Best GFLOP/s of C += A B for n x n matrices over a few repetitions (after warm-up). */
  public static double peakGflops(int n) {
    // Many small products first, so the JIT compiles the whole method (a few long calls would only
    // get an on-stack-replacement compile of the running loop, measured at a fifteenth of the speed).
    float[][] s = new float[160][160];
    for (int rep = 0; rep < 300; rep++) multiplyAdd(s, s, new float[160][160]);
    float[][] a = new float[n][n], b = new float[n][n], c = new float[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        a[i][j] = ((i * n + j) % 7) * 0.1f;
        b[i][j] = ((i * n + j) % 11) * 0.1f;
      }
    }
    double best = 0;
    for (int rep = 0; rep < 8; rep++) {
      long t0 = System.nanoTime();
      multiplyAdd(a, b, c);
      double sec = (System.nanoTime() - t0) / 1e9;
      if (rep >= 3) best = Math.max(best, 2.0 * n * n * n / sec / 1e9);
    }
    if (c[1][1] == 42.4242f) System.out.print(""); // keep the result alive
    return best;
  }
}
