package org.slicewright.solver;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.api.Test;

class ReservationSolverTest {
  static final ReservationProblem.Prices PRICES = new ReservationProblem.Prices(1, 0.1, 0.5, 10);

  @Test
  void reservesTheDemandWithWholeInstancesAndNoMigrationWhenCapacityAllows() {
    ReservationProblem p = new ReservationProblem(
        List.of(new ReservationProblem.Node("ap1", 20, 10, 100), new ReservationProblem.Node("ap2", 20, 10, 100)),
        List.of(new ReservationProblem.SubPool("ai", "sp1", List.of(new ReservationProblem.Member("ap1", 12, 2, 1), new ReservationProblem.Member("ap2", 13, 3, 1)), 10)),
        List.of(new ReservationProblem.Ordinary("embb", "video", "ap1", 5, 1, 20)), PRICES);
    ReservationPlan plan = ReservationSolver.solve(p);
    assertTrue(plan.feasible());
    ReservationPlan.AvapReservation a = plan.avaps().get(0);
    assertEquals(25, a.compute(), 1e-6);
    assertEquals(5, a.storage(), 1e-6);
    assertEquals(3, a.instances(), "25 GFLOP/s at 10 per instance");
    double sum = plan.vaps().stream().mapToDouble(ReservationPlan.VapReservation::compute).sum();
    assertEquals(a.compute(), sum, 1e-6, "VAP shares add up to the AVAP");
    for (ReservationPlan.VapReservation v : plan.vaps()) assertEquals(0, v.migrationMbps(), 1e-6);
    assertEquals(25 * 1 + 5 * 0.1 + 3 * 10, plan.cost(), 1e-6);
  }

  @Test
  void aFullNodeMigratesItsDataInsideTheSubPool() {
    // ap1 has 8 GFLOP/s left after the ordinary service; its member needs 12: 4 migrate to ap2.
    ReservationProblem p = new ReservationProblem(
        List.of(new ReservationProblem.Node("ap1", 13, 10, 100), new ReservationProblem.Node("ap2", 30, 10, 100)),
        List.of(new ReservationProblem.SubPool("ai", "sp1", List.of(new ReservationProblem.Member("ap1", 12, 2, 2.5), new ReservationProblem.Member("ap2", 13, 3, 2.5)), 10)),
        List.of(new ReservationProblem.Ordinary("embb", "video", "ap1", 5, 1, 20)), PRICES);
    ReservationPlan plan = ReservationSolver.solve(p);
    assertTrue(plan.feasible());
    ReservationPlan.VapReservation ap1 = plan.vaps().stream().filter(v -> v.node().equals("ap1")).findFirst().orElseThrow();
    assertEquals(8, ap1.compute(), 1e-6);
    assertEquals(10, ap1.migrationMbps(), 1e-6, "4 GFLOP/s x 2.5 Mbit/s per GFLOP/s");
  }

  @Test
  void infeasibleDemandReportsTheShortCapacitiesAndNoPlan() {
    ReservationProblem p = new ReservationProblem(
        List.of(new ReservationProblem.Node("ap1", 10, 1, 100), new ReservationProblem.Node("ap2", 10, 10, 100)),
        List.of(new ReservationProblem.SubPool("ai", "sp1", List.of(new ReservationProblem.Member("ap1", 12, 2, 1), new ReservationProblem.Member("ap2", 13, 3, 1)), 10)),
        List.of(), PRICES);
    ReservationPlan plan = ReservationSolver.solve(p);
    assertFalse(plan.feasible());
    assertTrue(plan.avaps().isEmpty() && plan.vaps().isEmpty(), "never a partial plan");
    double shortCompute = plan.shortages().stream().filter(s -> s.resource().startsWith("compute")).mapToDouble(s -> s.needed() - s.capacity()).sum();
    assertEquals(5, shortCompute, 1e-6, "25 GFLOP/s needed, 20 available");
    // Data is stored where it arrives: ap1 keeps 2 GB on 1 GB.
    assertTrue(plan.shortages().contains(new ReservationPlan.Shortage("ap1", "storage (GB)", 1, 2)), plan.shortages().toString());
    assertEquals(3, plan.shortages().size(), plan.shortages().toString());
  }

  @Test
  void badInputIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ReservationProblem(List.of(new ReservationProblem.Node("ap1", 1, 1, 1)),
        List.of(new ReservationProblem.SubPool("ai", "sp9", List.of(new ReservationProblem.Member("ap7", 1, 1, 1)), 10)), List.of(), PRICES));
    assertEquals("sub-pool 'sp9' names unknown node 'ap7'", e.getMessage());
  }
}
