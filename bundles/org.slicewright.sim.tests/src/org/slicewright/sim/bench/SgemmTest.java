package org.slicewright.sim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The benchmark's matrix product is a correct one (its speed is measured by bench, not here). */
class SgemmTest {
  @Test
  void blockedProductEqualsTheTextbookOne() {
    SplittableRandom rng = new SplittableRandom(9);
    int m = 7, k = 70, n = 13; // k spans more than one block of Sgemm.KC rows
    float[][] a = new float[m][k], b = new float[k][n], c = new float[m][n];
    for (float[] row : a) for (int j = 0; j < k; j++) row[j] = (float) rng.nextDouble(-1, 1);
    for (float[] row : b) for (int j = 0; j < n; j++) row[j] = (float) rng.nextDouble(-1, 1);
    for (int i = 0; i < m; i++) c[i][i % n] = 2f; // C += A B keeps what C held
    float[][] expected = new float[m][n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        double s = c[i][j];
        for (int p = 0; p < k; p++) s += (double) a[i][p] * b[p][j];
        expected[i][j] = (float) s;
      }
    }
    Sgemm.multiplyAdd(a, b, c);
    for (int i = 0; i < m; i++) for (int j = 0; j < n; j++) assertEquals(expected[i][j], c[i][j], 1e-4f, "C[" + i + "][" + j + "]");
  }
}
