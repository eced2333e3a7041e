package org.slicewright.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.util.ScenarioResources;
import org.slicewright.solver.ReservationPlan;
import org.slicewright.whatif.ReservationRun;

/**
 * {@code reserve FILE --out DIR [--k N] [--solver ojalgo|ortools] [--export FILE.mps|FILE.lp]}: solves
 * the two-level reservation of every slice (AVAP and VAP levels) and writes {@code reservation.csv} and
 * the report page; when the capacities cannot hold the demand it writes {@code shortages.csv} instead
 * and exits with 1. {@code --export} also writes the exact model solved, for any other solver.
 */
final class ReserveCommand implements Command {
  private final PrintStream out;

  ReserveCommand(PrintStream out) {
    this.out = out;
  }

  @Override
  public String name() {
    return "reserve";
  }

  @Override
  public String synopsis() {
    return "FILE --out DIR [--k N] [--solver ojalgo|ortools] [--export FILE.mps|FILE.lp]";
  }

  @Override
  public String summary() {
    return "two-level reservation plan (MILP) or the capacities that are short";
  }

  @Override
  public Set<String> options() {
    return Set.of("out", "k", "solver", "export");
  }

  @Override
  public int run(Arguments a) throws UsageException {
    Path file = a.file("scenario file");
    a.outFolder(); // required: refused before any work
    int k = a.intValue("k", 0, 1);
    Scenario s = ScenarioInput.loadValid(file);
    ReservationRun run;
    String exportText = null;
    Path export = a.value("export") == null ? null : a.path(a.value("export"));
    try {
      run = ReservationRun.plan(s, k, a.value("solver"));
      if (export != null) exportText = run.exportText(export);
    } catch (IllegalArgumentException e) {
      throw new UsageException(file + ": " + e.getMessage());
    }
    Path dir = a.createOutFolder();
    ReservationPlan plan;
    try {
      if (export != null) ScenarioResources.writeAtomically(export, exportText.getBytes(StandardCharsets.UTF_8), false);
      plan = run.solve();
      if (run.fallbackReason() != null) out.println(file + ": " + run.fallbackReason());
      run.write(dir, file.toString());
    } catch (IOException e) {
      throw new UsageException("cannot write: " + e.getMessage());
    }
    if (plan.feasible()) {
      out.println(String.format(Locale.ROOT, "%s: optimal reservation, %.4g RU/s, %d AVAPs, %d VAP shares (%d variables, %d integer, solved by %s in %.2f s) -> %s",
          file, plan.cost(), plan.avaps().size(), plan.vaps().size(), plan.variables(), plan.integers(), plan.backend(), plan.solveSeconds(), dir));
      return ExitCodes.OK;
    }
    out.println(file + ": infeasible, " + plan.shortages().size() + " capacities are short:");
    for (ReservationPlan.Shortage sh : plan.shortages()) {
      out.println(String.format(Locale.ROOT, "  %s %s: capacity %.4g, needed %.4g", sh.node(), sh.resource(), sh.capacity(), sh.needed()));
    }
    return ExitCodes.PROBLEMS;
  }
}
