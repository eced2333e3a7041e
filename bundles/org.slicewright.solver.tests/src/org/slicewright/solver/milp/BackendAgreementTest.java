package org.slicewright.solver.milp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.slicewright.solver.ReservationBench;
import org.slicewright.solver.ReservationPlan;
import org.slicewright.solver.ReservationProblem;
import org.slicewright.solver.ReservationSolver;

import com.google.ortools.modelbuilder.ModelBuilder;
import com.google.ortools.modelbuilder.ModelSolver;
import com.google.ortools.modelbuilder.SolveStatus;

/**
 * ojAlgo and OR-Tools agree on the optimum of every test instance (objective within 1e-6 relative),
 * and the MPS and LP files are the exact model: re-read and solved by the other solver (the LP file
 * by GLPK), they give the same objective.
 */
class BackendAgreementTest {
  static final double RELATIVE = 1e-6;

  static List<ReservationProblem> instances() {
    List<ReservationProblem> out = new ArrayList<>();
    for (long seed = 1; seed <= 3; seed++) out.add(ReservationBench.problem(100 + 50 * (int) seed, 4, seed));
    ReservationProblem.Prices prices = new ReservationProblem.Prices(1, 0.1, 0.5, 10);
    // Tight: a node whose ordinary services leave less than its member needs, so data migrates.
    out.add(new ReservationProblem(List.of(new ReservationProblem.Node("ap1", 13, 10, 100), new ReservationProblem.Node("ap2", 30, 10, 100)),
        List.of(new ReservationProblem.SubPool("ai", "sp1", List.of(new ReservationProblem.Member("ap1", 12, 2, 2.5), new ReservationProblem.Member("ap2", 13, 3, 2.5)), 10)),
        List.of(new ReservationProblem.Ordinary("embb", "video", "ap1", 5, 1, 20)), prices));
    // Infeasible: the elastic model's least shortage must agree too.
    out.add(new ReservationProblem(List.of(new ReservationProblem.Node("ap1", 10, 10, 100), new ReservationProblem.Node("ap2", 10, 10, 100)),
        List.of(new ReservationProblem.SubPool("ai", "sp1", List.of(new ReservationProblem.Member("ap1", 12, 2, 1), new ReservationProblem.Member("ap2", 13, 3, 1)), 10)),
        List.of(), prices));
    return out;
  }

  static MilpBackend ortools() {
    MilpBackends.Choice c = MilpBackends.named("ortools");
    assertNull(c.fallbackReason(), "OR-Tools loads on Linux x86-64");
    return c.backend();
  }

  static void assertClose(double expected, double actual, String what) {
    assertEquals(expected, actual, RELATIVE * Math.max(1, Math.abs(expected)), what);
  }

  @Test
  void bothBackendsFindTheSameOptimum() {
    MilpBackend ojalgo = new OjAlgoBackend(), ortools = ortools();
    int i = 0;
    for (ReservationProblem p : instances()) {
      ReservationPlan a = ReservationSolver.solve(p, ojalgo), b = ReservationSolver.solve(p, ortools);
      assertEquals(a.feasible(), b.feasible(), "instance " + i);
      assertEquals("ojalgo", a.backend());
      assertEquals("ortools", b.backend());
      if (a.feasible()) {
        assertClose(a.cost(), b.cost(), "instance " + i + " optimum");
      } else {
        double sa = a.shortages().stream().mapToDouble(s -> s.needed() - s.capacity()).sum(), sb = b.shortages().stream().mapToDouble(s -> s.needed() - s.capacity()).sum();
        assertClose(sa, sb, "instance " + i + " least shortage");
      }
      i++;
    }
  }

  @Test
  void theMpsFileReSolvedByTheOtherBackendGivesTheSameObjective() throws Exception {
    for (ReservationProblem p : instances().subList(0, 4)) {
      MilpModel m = ReservationSolver.model(p);
      String mps = MpsWriter.write("reservation", m), fixed = MpsWriter.write("reservation", m, MpsWriter.Layout.FIXED);
      double byOrTools = ortools().solve(m).objective(), byOjAlgo = new OjAlgoBackend().solve(m).objective();
      // ojAlgo reads the file OR-Tools' optimum is compared with (ojAlgo takes the fixed layout only), and the other way round.
      ExpressionsBasedModel read = ExpressionsBasedModel.parse(new ByteArrayInputStream(fixed.getBytes(StandardCharsets.UTF_8)), ExpressionsBasedModel.FileFormat.MPS);
      Optimisation.Result r = read.minimise();
      assertTrue(r.getState().isOptimal(), r.getState().toString());
      assertClose(byOrTools, r.getValue(), "MPS read by ojAlgo vs the model on OR-Tools");
      assertClose(byOjAlgo, solveMpsWithOrTools(mps), "MPS read by OR-Tools vs the model on ojAlgo");
      assertClose(byOjAlgo, solveMpsWithOrTools(fixed), "fixed-layout MPS read by OR-Tools vs the model on ojAlgo");
    }
  }

  /**
   * The CPLEX LP file read by an independent reader, GLPK's glpsol (OR-Tools reads lp_solve's LP
   * dialect, ojAlgo none): its optimum is the model's on ojAlgo.
   */
  @Test
  void theLpFileSolvedByGlpkGivesTheSameObjective() throws Exception {
    Path glpsol = Path.of("/usr/bin/glpsol");
    assertTrue(Files.isExecutable(glpsol), "glpsol (Debian package glpk-utils, which ./test installs)");
    Path dir = Files.createTempDirectory("lp");
    for (ReservationProblem p : instances().subList(2, 4)) {
      MilpModel m = ReservationSolver.model(p);
      Path lp = dir.resolve("model.lp"), out = dir.resolve("solution.txt");
      Files.writeString(lp, LpWriter.write("reservation", m));
      Process proc = new ProcessBuilder(glpsol.toString(), "--lp", lp.toString(), "-o", out.toString()).redirectErrorStream(true).start();
      String log = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(0, proc.waitFor(), log);
      Matcher objective = Pattern.compile("Objective:\\s+obj = (\\S+)").matcher(Files.readString(out));
      assertTrue(objective.find(), Files.readString(out));
      assertClose(new OjAlgoBackend().solve(m).objective(), Double.parseDouble(objective.group(1)), "LP read by glpsol vs the model on ojAlgo");
    }
  }

  private static double solveMpsWithOrTools(String mps) {
    ortools(); // natives loaded
    ModelBuilder b = new ModelBuilder();
    assertTrue(b.importFromMpsString(mps), "OR-Tools reads the MPS file");
    ModelSolver s = new ModelSolver("scip");
    SolveStatus status = s.solve(b);
    assertEquals(SolveStatus.OPTIMAL, status);
    return s.getObjectiveValue();
  }

  @Test
  void anUnknownSolverIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MilpBackends.named("gurobi"));
    assertTrue(e.getMessage().contains("the solvers are ojalgo, ortools"), e.getMessage());
  }
}
