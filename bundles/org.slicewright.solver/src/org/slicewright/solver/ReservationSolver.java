package org.slicewright.solver;

import org.slicewright.solver.milp.MilpBackend;
import org.slicewright.solver.milp.MilpBackends;
import org.slicewright.solver.milp.MilpModel;
import org.slicewright.solver.milp.MilpSolution;

/**
 * Solves the two-level reservation ({@link ReservationModel}) on a MILP backend: ojAlgo by default,
 * or OR-Tools' SCIP. When the model is infeasible, an elastic copy with penalised slack on every
 * capacity finds the least shortage, and the plan reports which capacities are short instead of any
 * reservation.
 */
public final class ReservationSolver {
  private ReservationSolver() {
  }

  /** Solves on the default backend. */
  public static ReservationPlan solve(ReservationProblem p) {
    return solve(p, MilpBackends.defaultBackend());
  }

  public static ReservationPlan solve(ReservationProblem p, MilpBackend backend) {
    long t0 = System.nanoTime();
    ReservationModel strict = new ReservationModel(p, false);
    // Storage is fixed by where data is kept: a storage shortage makes the plan infeasible outright.
    if (strict.storageShort.isEmpty()) {
      MilpSolution r = backend.solve(strict.model);
      if (r.status().hasSolution()) return strict.plan(r, (System.nanoTime() - t0) / 1e9);
      // Only an infeasible model means short capacities; anything else is the solver's failure, not the network's.
      if (r.status() != MilpSolution.Status.INFEASIBLE) throw new IllegalStateException("the reservation model was not solved (" + r.status() + ", " + backend.name() + ")");
    }
    ReservationModel elastic = new ReservationModel(p, true);
    MilpSolution e = backend.solve(elastic.model);
    if (!e.status().hasSolution()) throw new IllegalStateException("the elastic reservation model has no solution (" + e.status() + ", " + backend.name() + ")");
    return elastic.shortages(e, (System.nanoTime() - t0) / 1e9);
  }

  /**
   * The exact model {@link #solve} hands the backend first, whose optimum is the plan (for export to MPS
   * or LP); when it is infeasible, the shortages come from an elastic copy with slack on every capacity.
   */
  public static MilpModel model(ReservationProblem p) {
    return new ReservationModel(p, false).model;
  }
}
