package org.slicewright.learn;

import smile.data.DataFrame;
import smile.data.Tuple;
import smile.data.formula.Formula;
import smile.data.type.StructType;

/** Builds Smile data frames and query tuples from a training set (column "y" is the target). */
final class SmileFrames {
  static final Formula FORMULA = Formula.lhs("y");

  private SmileFrames() {
  }

  static DataFrame frame(TrainingSet data) {
    int f = data.features().size();
    double[][] rows = new double[data.size()][f + 1];
    for (int i = 0; i < data.size(); i++) {
      System.arraycopy(data.x(i), 0, rows[i], 0, f);
      rows[i][f] = data.y(i);
    }
    String[] names = new String[f + 1];
    for (int j = 0; j < f; j++) names[j] = safe(data.features().get(j));
    names[f] = "y";
    return DataFrame.of(rows, names);
  }

  /** A query row with the training schema (the target column is present but ignored). */
  static Tuple tuple(double[] x, StructType schema) {
    double[] row = new double[x.length + 1];
    System.arraycopy(x, 0, row, 0, x.length);
    return Tuple.of(row, schema);
  }

  /** Smile column names must not clash with the target. */
  private static String safe(String name) {
    return name.equals("y") ? "y_" : name;
  }
}
