package org.slicewright.solver.milp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.slicewright.model.util.ExactNumbers;

/**
 * A model as an MPS file, the format every MILP solver reads, in one of two layouts:
 * <ul>
 * <li>{@link Layout#FREE}: fields separated by spaces, the model's own names (CPLEX, Gurobi, HiGHS,
 * SCIP, CBC and OR-Tools read it);</li>
 * <li>{@link Layout#FIXED}: fields in the card columns 2, 5, 15, 25 (for readers that only take the
 * original layout, ojAlgo's among them); names longer than 8 characters become {@code R1...} for
 * rows and {@code C1...} for columns, listed in comment lines so the model stays readable.</li>
 * </ul>
 * Every column gets explicit bounds (readers disagree on the default upper bound of an integer column:
 * some take 1), integer columns sit between INTORG/INTEND markers, and a row bounded on both sides is
 * an L row with a RANGES entry. Numbers are written so they read back to the same double.
 */
public final class MpsWriter {
  /** The objective row's name. */
  public static final String OBJECTIVE = "COST";

  /** Where the fields of a line stand. */
  public enum Layout {
    FREE, FIXED
  }

  private MpsWriter() {
  }

  /** Free layout, the model's names. */
  public static String write(String name, MilpModel m) {
    return write(name, m, Layout.FREE);
  }

  public static String write(String name, MilpModel m, Layout layout) {
    List<MilpModel.Row> rows = m.rows();
    List<MilpModel.Variable> vars = m.variables();
    boolean shorten = layout == Layout.FIXED
        && (rows.stream().anyMatch(r -> r.name().length() > 8) || vars.stream().anyMatch(v -> v.name().length() > 8));
    IntFunction<String> row = i -> shorten ? "R" + (i + 1) : rows.get(i).name();
    IntFunction<String> col = j -> shorten ? "C" + (j + 1) : vars.get(j).name();
    StringBuilder b = new StringBuilder();
    if (shorten) {
      b.append("* Names longer than the fixed layout's 8 characters are numbered:\n");
      for (int i = 0; i < rows.size(); i++) b.append("* ").append(row.apply(i)).append(' ').append(rows.get(i).name()).append('\n');
      for (int j = 0; j < vars.size(); j++) b.append("* ").append(col.apply(j)).append(' ').append(vars.get(j).name()).append('\n');
    }
    Line line = new Line(b, layout);
    b.append(layout == Layout.FIXED ? "NAME          " : "NAME ").append(name).append('\n').append("ROWS\n");
    line.write(" N", OBJECTIVE);
    for (int i = 0; i < rows.size(); i++) line.write(" " + type(rows.get(i)), row.apply(i));
    // Column-wise coefficients: rows hold them by column, MPS lists them by column.
    List<List<Integer>> rowsOf = new ArrayList<>();
    List<List<Double>> values = new ArrayList<>();
    for (int j = 0; j < vars.size(); j++) {
      rowsOf.add(new ArrayList<>());
      values.add(new ArrayList<>());
    }
    for (int i = 0; i < rows.size(); i++) {
      for (Map.Entry<Integer, Double> c : rows.get(i).coefficients().entrySet()) {
        rowsOf.get(c.getKey()).add(i);
        values.get(c.getKey()).add(c.getValue());
      }
    }
    b.append("COLUMNS\n");
    boolean inInteger = false;
    for (int j = 0; j < vars.size(); j++) {
      MilpModel.Variable v = vars.get(j);
      if (v.integer() != inInteger) {
        line.marker(v.integer() ? "'INTORG'" : "'INTEND'");
        inInteger = v.integer();
      }
      line.write("", col.apply(j), OBJECTIVE, ExactNumbers.text(v.cost()));
      for (int k = 0; k < rowsOf.get(j).size(); k++) line.write("", col.apply(j), row.apply(rowsOf.get(j).get(k)), ExactNumbers.text(values.get(j).get(k)));
    }
    if (inInteger) line.marker("'INTEND'");
    b.append("RHS\n");
    for (int i = 0; i < rows.size(); i++) {
      double rhs = rhs(rows.get(i));
      if (rhs != 0) line.write("", "RHS", row.apply(i), ExactNumbers.text(rhs));
    }
    boolean anyRange = false;
    for (int i = 0; i < rows.size(); i++) {
      MilpModel.Row r = rows.get(i);
      if (!ranged(r)) continue;
      if (!anyRange) b.append("RANGES\n");
      anyRange = true;
      line.write("", "RNG", row.apply(i), ExactNumbers.text(r.upper() - r.lower()));
    }
    b.append("BOUNDS\n");
    for (int j = 0; j < vars.size(); j++) {
      MilpModel.Variable v = vars.get(j);
      String n = col.apply(j);
      if (v.lower() == v.upper()) {
        line.write(" FX", "BND", n, ExactNumbers.text(v.lower()));
        continue;
      }
      if (Double.isFinite(v.lower())) {
        line.write(" LO", "BND", n, ExactNumbers.text(v.lower()));
      } else {
        line.write(" MI", "BND", n);
      }
      if (Double.isFinite(v.upper())) {
        line.write(" UP", "BND", n, ExactNumbers.text(v.upper()));
      } else {
        line.write(" PL", "BND", n);
      }
    }
    return b.append("ENDATA\n").toString();
  }

  /** Writes data lines: fields at the card columns 2, 5, 15, 25 (fixed) or separated by one space (free). */
  private record Line(StringBuilder b, Layout layout) {
    private static final int[] COLUMNS = { 1, 4, 14, 24 };

    void write(String type, String... fields) {
      int start = b.length();
      b.append(type);
      for (int f = 0; f < fields.length; f++) {
        if (layout == Layout.FIXED) {
          while (b.length() - start < COLUMNS[f + 1]) b.append(' ');
        } else {
          b.append(b.length() - start < 4 ? "    ".substring(b.length() - start) : " ");
        }
        b.append(fields[f]);
      }
      b.append('\n');
    }

    void marker(String which) {
      if (layout == Layout.FIXED) {
        b.append("    MARKER                 'MARKER'                 ").append(which).append('\n');
      } else {
        b.append("    MARKER 'MARKER' ").append(which).append('\n');
      }
    }
  }

  private static boolean ranged(MilpModel.Row r) {
    return Double.isFinite(r.lower()) && Double.isFinite(r.upper()) && r.lower() != r.upper();
  }

  private static String type(MilpModel.Row r) {
    if (r.lower() == r.upper()) return "E";
    if (Double.isFinite(r.upper())) return "L";
    if (Double.isFinite(r.lower())) return "G";
    throw new IllegalArgumentException("row " + r.name() + " has no bound");
  }

  private static double rhs(MilpModel.Row r) {
    return Double.isFinite(r.upper()) ? r.upper() : r.lower();
  }
}
