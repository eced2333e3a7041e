package org.slicewright.solver.milp;

import java.util.List;
import java.util.Map;
import org.slicewright.model.util.ExactNumbers;

/**
 * A model in the CPLEX LP format, which people read more easily than MPS: the objective, one line
 * per row (a row bounded on both sides as two rows, {@code NAME_lo} and {@code NAME_hi}, which every
 * LP reader accepts), the bounds of every column, and the integer columns under General.
 */
public final class LpWriter {
  private LpWriter() {
  }

  public static String write(String name, MilpModel m) {
    List<MilpModel.Variable> vars = m.variables();
    StringBuilder b = new StringBuilder("\\ ").append(name).append(" (written by Slicewright)\nMinimize\n obj:");
    boolean any = false;
    for (MilpModel.Variable v : vars) {
      if (v.cost() == 0) continue;
      term(b, v.cost(), v.name(), !any);
      any = true;
    }
    if (!any) b.append(" 0 ").append(vars.get(0).name());
    b.append("\nSubject To\n");
    for (MilpModel.Row r : m.rows()) {
      if (r.lower() == r.upper()) {
        row(b, r.name(), r, vars, "=", r.lower());
      } else {
        boolean both = Double.isFinite(r.lower()) && Double.isFinite(r.upper());
        if (Double.isFinite(r.upper())) row(b, both ? r.name() + "_hi" : r.name(), r, vars, "<=", r.upper());
        if (Double.isFinite(r.lower())) row(b, both ? r.name() + "_lo" : r.name(), r, vars, ">=", r.lower());
      }
    }
    b.append("Bounds\n");
    for (MilpModel.Variable v : vars) {
      String n = v.name();
      if (v.lower() == v.upper()) {
        b.append(' ').append(n).append(" = ").append(ExactNumbers.text(v.lower())).append('\n');
      } else if (!Double.isFinite(v.lower()) && !Double.isFinite(v.upper())) {
        b.append(' ').append(n).append(" free\n");
      } else {
        b.append(' ').append(Double.isFinite(v.lower()) ? ExactNumbers.text(v.lower()) : "-inf").append(" <= ").append(n).append(" <= ")
            .append(Double.isFinite(v.upper()) ? ExactNumbers.text(v.upper()) : "+inf").append('\n');
      }
    }
    if (m.integers() > 0) {
      b.append("General\n");
      for (MilpModel.Variable v : vars) if (v.integer()) b.append(' ').append(v.name()).append('\n');
    }
    return b.append("End\n").toString();
  }

  private static void row(StringBuilder b, String name, MilpModel.Row r, List<MilpModel.Variable> vars, String sense, double rhs) {
    b.append(' ').append(name).append(':');
    boolean first = true;
    for (Map.Entry<Integer, Double> c : r.coefficients().entrySet()) {
      term(b, c.getValue(), vars.get(c.getKey()).name(), first);
      first = false;
    }
    if (first) b.append(" 0 ").append(vars.get(0).name());
    b.append(' ').append(sense).append(' ').append(ExactNumbers.text(rhs)).append('\n');
  }

  private static void term(StringBuilder b, double coefficient, String variable, boolean first) {
    // LP readers limit line length (CPLEX: 510 characters): long rows continue on indented lines.
    if (b.length() - b.lastIndexOf("\n") > 200) b.append("\n  ");
    if (coefficient < 0) {
      b.append(" - ").append(ExactNumbers.text(-coefficient));
    } else {
      b.append(first ? " " : " + ").append(ExactNumbers.text(coefficient));
    }
    b.append(' ').append(variable);
  }
}
