package org.slicewright.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.util.ScenarioNames;
import org.slicewright.model.util.ScenarioResources;
import org.slicewright.report.HtmlReportWriter;
import org.slicewright.report.PdfReportWriter;
import org.slicewright.report.ReportDocument;
import org.slicewright.report.learn.ReservationReport;
import org.slicewright.solver.ReservationPlan;
import org.slicewright.solver.ReservationProblem;
import org.slicewright.solver.ReservationSolver;
import org.slicewright.solver.scenario.ReservationScenarioMapper;

/**
 * {@code reserve FILE --out DIR [--k N]}: solves the two-level reservation of every slice (AVAP and
 * VAP levels) and writes {@code reservation.csv} and the report page; when the capacities cannot hold
 * the demand it writes {@code shortages.csv} instead and exits with 1.
 */
final class ReserveCommand implements Command {
  static final String PLAN = "level,slice,sub_pool,node,compute_gflops,storage_gb,migration_mbps,instances";
  static final String SHORT = "node,resource,capacity,needed,short_by";
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
    return "FILE --out DIR [--k N]";
  }

  @Override
  public String summary() {
    return "two-level reservation plan (MILP) or the capacities that are short";
  }

  @Override
  public Set<String> options() {
    return Set.of("out", "k");
  }

  @Override
  public int run(Arguments a) throws UsageException {
    Path file = a.file("scenario file");
    a.outFolder(); // required: refused before any work
    int k = a.intValue("k", 0, 1);
    Scenario s = ScenarioInput.loadValid(file);
    double lambdaMax = s.getPoolingStudies().isEmpty() ? 10 : s.getPoolingStudies().get(0).getLambdaMax();
    ReservationProblem p;
    try {
      p = ReservationScenarioMapper.problem(s, k, lambdaMax);
    } catch (IllegalArgumentException e) {
      throw new UsageException(file + ": " + e.getMessage());
    }
    Path dir = a.createOutFolder();
    ReservationPlan plan = ReservationSolver.solve(p);
    try {
      StringBuilder b = new StringBuilder();
      if (plan.feasible()) {
        b.append(PLAN).append('\n');
        for (ReservationPlan.AvapReservation r : plan.avaps()) {
          b.append(String.join(",", "AVAP", r.slice(), r.subPool(), "", sixDigits(r.compute()), sixDigits(r.storage()), "", Integer.toString(r.instances()))).append('\n');
        }
        for (ReservationPlan.VapReservation r : plan.vaps()) {
          b.append(String.join(",", "VAP", r.slice(), r.subPool(), r.node(), sixDigits(r.compute()), sixDigits(r.storage()), sixDigits(r.migrationMbps()), "")).append('\n');
        }
        ScenarioResources.writeAtomically(dir.resolve("reservation.csv"), b.toString().getBytes(StandardCharsets.UTF_8), false);
      } else {
        b.append(SHORT).append('\n');
        for (ReservationPlan.Shortage sh : plan.shortages()) {
          b.append(String.join(",", sh.node(), '"' + sh.resource() + '"', sixDigits(sh.capacity()), sixDigits(sh.needed()), sixDigits(sh.needed() - sh.capacity()))).append('\n');
        }
        ScenarioResources.writeAtomically(dir.resolve("shortages.csv"), b.toString().getBytes(StandardCharsets.UTF_8), false);
      }
      List<String[]> summary = new ArrayList<>();
      summary.add(new String[] { "scenario", ScenarioNames.idAndName(s) });
      summary.add(new String[] { "file", file.toString() });
      summary.add(new String[] { "demand", String.format(Locale.ROOT, "%d VAPs, %d sub-pools%s, %d ordinary reservations; rates from level-one twins, else lambda max / 2 = %.3g",
          p.nodes().size(), p.subPools().size(), k > 0 ? " (k = " + k + " per secondary pool)" : "", p.ordinary().size(), lambdaMax / 2) });
      ReportDocument doc = ReservationReport.build("Reservation plan: " + ScenarioNames.title(s), summary, plan);
      HtmlReportWriter.write(doc, dir.resolve("report.html"));
      PdfReportWriter.write(doc, dir.resolve("report.pdf"));
    } catch (IOException e) {
      throw new UsageException("cannot write to " + dir + ": " + e.getMessage());
    }
    if (plan.feasible()) {
      out.println(String.format(Locale.ROOT, "%s: optimal reservation, %.4g RU/s, %d AVAPs, %d VAP shares (%d variables, %d integer, solved in %.2f s) -> %s",
          file, plan.cost(), plan.avaps().size(), plan.vaps().size(), plan.variables(), plan.integers(), plan.solveSeconds(), dir));
      return ExitCodes.OK;
    }
    out.println(file + ": infeasible, " + plan.shortages().size() + " capacities are short:");
    for (ReservationPlan.Shortage sh : plan.shortages()) {
      out.println(String.format(Locale.ROOT, "  %s %s: capacity %.4g, needed %.4g", sh.node(), sh.resource(), sh.capacity(), sh.needed()));
    }
    return ExitCodes.PROBLEMS;
  }

  private static String sixDigits(double v) {
    return String.format(Locale.ROOT, "%.6g", v);
  }
}
