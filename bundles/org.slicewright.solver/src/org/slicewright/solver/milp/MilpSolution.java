package org.slicewright.solver.milp;

/**
 * What a backend found: its status, the objective and the column values (in the model's order), the
 * solve's wall time, and which backend solved it.
 */
public record MilpSolution(Status status, double objective, double[] values, double seconds, String backend) {
  /** The outcome of a solve. */
  public enum Status {
    OPTIMAL, FEASIBLE, INFEASIBLE, UNBOUNDED, FAILED;

    public boolean hasSolution() {
      return this == OPTIMAL || this == FEASIBLE;
    }
  }
}
