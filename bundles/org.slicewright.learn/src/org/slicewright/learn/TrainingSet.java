package org.slicewright.learn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Observed runs for one metric: rows of policy parameters and the value measured. Immutable.
 * Serialises to a small CSV text so a surrogate can be saved with the scenario and refitted
 * identically on load (every learner here is deterministic given its rows and seed).
 */
public final class TrainingSet {
  private final List<String> features;
  private final double[][] x;
  private final double[] y;

  public TrainingSet(List<String> features, double[][] x, double[] y) {
    if (features.isEmpty()) throw new IllegalArgumentException("a training set needs at least one feature");
    if (x.length != y.length) throw new IllegalArgumentException(x.length + " rows but " + y.length + " values");
    for (int i = 0; i < x.length; i++) {
      if (x[i].length != features.size()) throw new IllegalArgumentException("row " + (i + 1) + " has " + x[i].length + " values, expected " + features.size());
      for (double v : x[i]) if (!Double.isFinite(v)) throw new IllegalArgumentException("row " + (i + 1) + " has a non-finite parameter");
      if (!Double.isFinite(y[i])) throw new IllegalArgumentException("row " + (i + 1) + " has a non-finite metric value");
    }
    this.features = List.copyOf(features);
    this.x = Arrays.stream(x).map(double[]::clone).toArray(double[][]::new);
    this.y = y.clone();
  }

  public List<String> features() { return features; }
  public int size() { return y.length; }
  public double[] x(int i) { return x[i].clone(); }
  public double y(int i) { return y[i]; }

  /** The metric values, in row order. */
  public double[] ys() {
    return y.clone();
  }

  public TrainingSet subset(int[] rows) {
    double[][] sx = new double[rows.length][];
    double[] sy = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      sx[i] = x[rows[i]];
      sy[i] = y[rows[i]];
    }
    return new TrainingSet(features, sx, sy);
  }

  /** Values of one feature column. */
  public double[] column(int feature) {
    double[] c = new double[y.length];
    for (int i = 0; i < y.length; i++) c[i] = x[i][feature];
    return c;
  }

  public String toCsv() {
    StringBuilder b = new StringBuilder(String.join(",", features)).append(",y\n");
    for (int i = 0; i < y.length; i++) {
      for (double v : x[i]) b.append(num(v)).append(',');
      b.append(num(y[i])).append('\n');
    }
    return b.toString();
  }

  /** Reads {@link #toCsv()} text; errors name the line, counted from {@code firstLine}. */
  public static TrainingSet fromCsv(String csv, int firstLine) {
    String[] lines = csv.strip().split("\n");
    String[] head = lines[0].split(",");
    if (head.length < 2 || !head[head.length - 1].equals("y")) throw new IllegalArgumentException("surrogate data: header must end with ',y', is '" + lines[0] + "'");
    List<String> features = List.of(Arrays.copyOf(head, head.length - 1));
    List<double[]> xs = new ArrayList<>();
    double[] ys = new double[lines.length - 1];
    for (int l = 1; l < lines.length; l++) {
      String[] cells = lines[l].split(",");
      if (cells.length != head.length) throw new IllegalArgumentException("surrogate data line " + (l + firstLine) + ": " + cells.length + " cells, expected " + head.length);
      double[] row = new double[features.size()];
      try {
        for (int j = 0; j < row.length; j++) row[j] = Double.parseDouble(cells[j]);
        ys[l - 1] = Double.parseDouble(cells[cells.length - 1]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("surrogate data line " + (l + firstLine) + ": not a number (" + e.getMessage() + ")");
      }
      xs.add(row);
    }
    return new TrainingSet(features, xs.toArray(double[][]::new), ys);
  }

  private static String num(double v) {
    // Double.toString round-trips exactly: a refitted surrogate sees the very same numbers.
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
