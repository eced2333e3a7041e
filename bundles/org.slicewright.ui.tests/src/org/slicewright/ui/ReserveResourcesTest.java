package org.slicewright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slicewright.examples.Examples;
import org.slicewright.solver.ReservationPlan;
import org.slicewright.ui.whatif.ReserveResourcesAction.ReservationJob;
import org.slicewright.whatif.ReservationRun;

/** What-If > Reserve Resources' job: the plan on the preferred solver, and its files. */
class ReserveResourcesTest {
  @TempDir
  Path tmp;

  @Test
  void theJobWritesThePlanAndTheReportOnTheSolverAskedFor() throws Exception {
    ReservationRun run = ReservationRun.plan(Examples.load("pooling-32ap"), 4, "ortools");
    ReservationJob job = new ReservationJob(run, tmp, "pooling-32ap.slicewright");
    job.schedule();
    job.join();
    assertTrue(job.getResult().isOK(), job.getResult().toString());
    ReservationPlan plan = job.plan();
    assertTrue(plan.feasible());
    assertEquals("ortools", plan.backend());
    assertEquals(4, plan.avaps().size(), "one AVAP per sub-pool");
    assertTrue(Files.readString(tmp.resolve("reservation.csv")).startsWith(ReservationRun.PLAN));
    assertTrue(Files.readString(tmp.resolve("report.html")).contains("ortools"), "the report names the solver");
    assertTrue(Files.size(tmp.resolve("report.pdf")) > 0);
  }
}
