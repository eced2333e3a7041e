package org.slicewright.solver.milp;

/** A MILP solver the reservation can run on. */
public interface MilpBackend {
  /** Its name as the command line and the preferences give it ({@code ojalgo}, {@code ortools}). */
  String name();

  /** Solves the model to optimality. */
  default MilpSolution solve(MilpModel model) {
    return solve(model, Double.POSITIVE_INFINITY);
  }

  /** Solves the model, stopping after {@code timeLimitSeconds} with the best solution found (FEASIBLE) or none (FAILED). */
  MilpSolution solve(MilpModel model, double timeLimitSeconds);
}
