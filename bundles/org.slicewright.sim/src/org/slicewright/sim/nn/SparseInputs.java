package org.slicewright.sim.nn;

/**
 * Input vectors stored by their non-zero entries (compressed sparse rows), read-only once built.
 * About 80 % of a digit's pixels are zero; keeping only the others lets the first layer's forward pass
 * and update run over about 150 weight rows instead of 784, without a test per pixel in the loop.
 */
public final class SparseInputs {
  /** Fills {@code out} with the dense input of one row. */
  public interface Source {
    void copyTo(int row, float[] out, int offset);
  }

  private final int width;
  private final int[] start;
  private final int[] index;
  private final float[] value;

  private SparseInputs(int width, int[] start, int[] index, float[] value) {
    this.width = width;
    this.start = start;
    this.index = index;
    this.value = value;
  }

  /** The non-zero entries of {@code rows} dense rows of {@code width} values each. */
  public static SparseInputs of(int rows, int width, Source source) {
    float[] dense = new float[width];
    int[] start = new int[rows + 1];
    int nonZero = 0;
    for (int r = 0; r < rows; r++) {
      source.copyTo(r, dense, 0);
      for (float v : dense) if (v != 0f) nonZero++;
    }
    int[] index = new int[nonZero];
    float[] value = new float[nonZero];
    int n = 0;
    for (int r = 0; r < rows; r++) {
      start[r] = n;
      source.copyTo(r, dense, 0);
      for (int i = 0; i < width; i++) {
        if (dense[i] != 0f) {
          index[n] = i;
          value[n++] = dense[i];
        }
      }
    }
    start[rows] = n;
    return new SparseInputs(width, start, index, value);
  }

  public int width() { return width; }
  public int rows() { return start.length - 1; }
  /** Mean non-zero entries per row. */
  public double meanNonZero() { return (double) index.length / Math.max(1, rows()); }

  int from(int row) { return start[row]; }
  int to(int row) { return start[row + 1]; }
  int[] indices() { return index; }
  float[] values() { return value; }
}
