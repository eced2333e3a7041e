package org.slicewright.whatif;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.util.ScenarioNames;
import org.slicewright.report.learn.ReservationReport;
import org.slicewright.solver.ReservationPlan;
import org.slicewright.solver.ReservationProblem;
import org.slicewright.solver.ReservationSolver;
import org.slicewright.solver.milp.LpWriter;
import org.slicewright.solver.milp.MilpBackends;
import org.slicewright.solver.milp.MilpModel;
import org.slicewright.solver.milp.MpsWriter;
import org.slicewright.solver.scenario.ReservationScenarioMapper;

/**
 * The two-level reservation of a scenario, as {@code reserve} and the workbench's Reserve Resources run
 * it: the problem (and every name the files need) is read from the scenario and checked first, on
 * the thread that owns the model; solving it on the backend asked for (ojAlgo, or OR-Tools with ojAlgo
 * where its natives do not load) and writing {@code reservation.csv} or {@code shortages.csv} and the
 * report read nothing more from it, so they may run in the background.
 */
public final class ReservationRun {
  public static final String PLAN = "level,slice,sub_pool,node,compute_gflops,storage_gb,migration_mbps,instances";
  public static final String SHORT = "node,resource,capacity,needed,short_by";

  private final String title;
  private final String idAndName;
  private final ReservationProblem problem;
  private final String solverName;
  private final int k;
  private final double lambdaMax;
  private MilpBackends.Choice solver;
  private ReservationPlan plan;

  private ReservationRun(Scenario scenario, ReservationProblem problem, String solverName, int k, double lambdaMax) {
    this.title = ScenarioNames.title(scenario);
    this.idAndName = ScenarioNames.idAndName(scenario);
    this.problem = problem;
    this.solverName = solverName;
    this.k = k;
    this.lambdaMax = lambdaMax;
  }

  /**
   * Builds the problem of {@code scenario} with {@code k} sub-pools per secondary pool (0: as modelled).
   *
   * @throws IllegalArgumentException naming what the scenario lacks, or an unknown solver
   */
  public static ReservationRun plan(Scenario scenario, int k, String solverName) {
    double lambdaMax = scenario.getPoolingStudies().isEmpty() ? 10 : scenario.getPoolingStudies().get(0).getLambdaMax();
    String name = solverName == null ? MilpBackends.NAMES.get(0) : solverName.strip().toLowerCase(Locale.ROOT);
    if (!MilpBackends.NAMES.contains(name)) throw new IllegalArgumentException("unknown solver '" + solverName + "'; the solvers are " + String.join(", ", MilpBackends.NAMES));
    return new ReservationRun(scenario, ReservationScenarioMapper.problem(scenario, k, lambdaMax), name, k, lambdaMax);
  }

  /** Why the backend asked for is not the one used, or {@code null}; known once {@link #solve} chose it. */
  public String fallbackReason() {
    return solver == null ? null : solver.fallbackReason();
  }

  /** The exact model the solver gets first, as the file {@code export} names: MPS (free layout) or CPLEX LP, by its extension. */
  public String exportText(Path export) {
    String n = export.getFileName().toString().toLowerCase(Locale.ROOT);
    String name = title.replaceAll("[^A-Za-z0-9_.-]+", "_");
    MilpModel model = ReservationSolver.model(problem);
    if (n.endsWith(".mps")) return MpsWriter.write(name, model);
    if (n.endsWith(".lp")) return LpWriter.write(name, model);
    throw new IllegalArgumentException("the model is written as FILE.mps or FILE.lp, not " + export.getFileName());
  }

  /** Chooses the backend (OR-Tools unpacks its natives the first time: seconds, off the UI thread) and solves. */
  public ReservationPlan solve() {
    solver = MilpBackends.named(solverName);
    plan = ReservationSolver.solve(problem, solver.backend());
    return plan;
  }

  public ReservationProblem problem() {
    return problem;
  }

  /** Writes the plan (or the shortages) and the report into {@code dir}; returns the names of the files written. */
  public List<String> write(Path dir, String source) throws IOException {
    if (plan == null) throw new IllegalStateException("solve first");
    StringBuilder b = new StringBuilder();
    String csv;
    if (plan.feasible()) {
      csv = "reservation.csv";
      b.append(PLAN).append('\n');
      for (ReservationPlan.AvapReservation r : plan.avaps()) {
        b.append(String.join(",", "AVAP", quote(r.slice()), quote(r.subPool()), "", sixDigits(r.compute()), sixDigits(r.storage()), "", Integer.toString(r.instances())))
            .append('\n');
      }
      for (ReservationPlan.VapReservation r : plan.vaps()) {
        b.append(String.join(",", "VAP", quote(r.slice()), quote(r.subPool()), quote(r.node()), sixDigits(r.compute()), sixDigits(r.storage()), sixDigits(r.migrationMbps()), ""))
            .append('\n');
      }
    } else {
      csv = "shortages.csv";
      b.append(SHORT).append('\n');
      for (ReservationPlan.Shortage sh : plan.shortages()) {
        b.append(String.join(",", quote(sh.node()), '"' + sh.resource() + '"', sixDigits(sh.capacity()), sixDigits(sh.needed()), sixDigits(sh.needed() - sh.capacity()))).append('\n');
      }
    }
    WhatIfFiles.write(dir, csv, b);
    List<String[]> summary = new ArrayList<>();
    summary.add(new String[] { "scenario", idAndName });
    summary.add(new String[] { "file", source });
    summary.add(new String[] { "solver", plan.backend() + (solver.fallbackReason() == null ? "" : " (" + solver.fallbackReason() + ")") });
    summary.add(new String[] { "demand", String.format(Locale.ROOT, "%d VAPs, %d sub-pools%s, %d ordinary reservations; rates from level-one twins, else lambda max / 2 = %.3g",
        problem.nodes().size(), problem.subPools().size(), k > 0 ? " (k = " + k + " per secondary pool)" : "", problem.ordinary().size(), lambdaMax / 2) });
    WhatIfFiles.writeReport(ReservationReport.build("Reservation plan: " + title, summary, plan), dir);
    List<String> names = new ArrayList<>(List.of(csv));
    names.addAll(WhatIfFiles.REPORT);
    return names;
  }

  private static String quote(String s) {
    return WhatIfFiles.quote(s);
  }

  private static String sixDigits(double v) {
    return String.format(Locale.ROOT, "%.6g", v);
  }
}
