package org.slicewright.solver;

import java.util.List;

/**
 * The solver's answer: either a complete plan (every AVAP and VAP reservation, instances, migration
 * rates and cost) or, when the capacities cannot hold the demand, the capacities that are short and by
 * how much. Never a partial plan. {@code backend} names the solver that found it.
 */
public record ReservationPlan(boolean feasible, double cost, List<AvapReservation> avaps, List<VapReservation> vaps, List<Shortage> shortages,
    int variables, int integers, int constraints, double solveSeconds, String backend) {
  public record AvapReservation(String slice, String subPool, double compute, double storage, int instances) {
  }

  /** @param migrationMbps rate at which this member's data migrates to others in its sub-pool */
  public record VapReservation(String slice, String subPool, String node, double compute, double storage, double migrationMbps) {
  }

  /** A capacity the demand exceeds: what, where, available and needed. */
  public record Shortage(String node, String resource, double capacity, double needed) {
  }
}
