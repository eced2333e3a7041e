package org.slicewright.solver.milp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A mixed-integer linear programme, minimised, in the solver-neutral form every backend and file
 * format reads: columns with bounds, an integrality flag and an objective coefficient; rows with a
 * lower and an upper bound (infinite for one-sided rows) and their coefficients. Building it once
 * and handing it to a backend is what lets two solvers be held to the same optimum, and the MPS and
 * LP files be the exact model solved.
 */
public final class MilpModel {
  /** A column. */
  public record Variable(String name, double lower, double upper, boolean integer, double cost) {
  }

  /** A row: {@code lower <= sum(coefficient * column) <= upper}, coefficients by column index. */
  public record Row(String name, double lower, double upper, Map<Integer, Double> coefficients) {
  }

  private final List<Variable> variables = new ArrayList<>();
  private final List<Row> rows = new ArrayList<>();

  /** Adds a column; returns its index. */
  public int variable(String name, double lower, double upper, boolean integer, double cost) {
    variables.add(new Variable(name, lower, upper, integer, cost));
    return variables.size() - 1;
  }

  /** Adds a row with no coefficients yet; returns its index. */
  public int row(String name, double lower, double upper) {
    rows.add(new Row(name, lower, upper, new LinkedHashMap<>()));
    return rows.size() - 1;
  }

  /** Adds {@code value} to the coefficient of column {@code variable} in row {@code row}. */
  public void add(int row, int variable, double value) {
    rows.get(row).coefficients().merge(variable, value, Double::sum);
  }

  /** Changes a column's upper bound (a slack fixed at 0 in the strict model). */
  public void setUpper(int variable, double upper) {
    Variable v = variables.get(variable);
    variables.set(variable, new Variable(v.name(), v.lower(), upper, v.integer(), v.cost()));
  }

  public List<Variable> variables() {
    return List.copyOf(variables);
  }

  public List<Row> rows() {
    return List.copyOf(rows);
  }

  public int integers() {
    return (int) variables.stream().filter(Variable::integer).count();
  }

  /** The objective at a point. */
  public double objective(double[] x) {
    double z = 0;
    for (int i = 0; i < variables.size(); i++) z += variables.get(i).cost() * x[i];
    return z;
  }
}
