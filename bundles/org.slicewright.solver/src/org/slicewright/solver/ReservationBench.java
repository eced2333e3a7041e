package org.slicewright.solver;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.slicewright.solver.milp.MilpBackend;
import org.slicewright.solver.milp.MilpBackends;
import org.slicewright.solver.milp.MilpModel;
import org.slicewright.solver.milp.MilpSolution;
import org.slicewright.solver.milp.OjAlgoBackend;

/**
 * Benchmark of the reservation MILP at scale, printed as figures: {@code aps} access points and
 * {@code slices} AI slices, each slice's secondary pool over every AP cut into sub-pools of 50, plus one
 * ordinary service per AP; demand drawn with a seed. Both backends solve the same model in the same
 * process, so the figure is a ratio (and their optima are compared); then each backend's largest
 * instance solved within 60 s, doubling the APs from {@code aps}.
 */
public final class ReservationBench {
  /** The time a backend has per instance in the scale search. */
  public static final double LIMIT_SECONDS = 60;
  /** The scale search doubles the APs up to this multiple of the base instance. */
  static final int SCALE_CAP = 16;

  private ReservationBench() {
  }

  public static ReservationProblem problem(int aps, int slices, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<ReservationProblem.Node> nodes = new ArrayList<>();
    List<ReservationProblem.Ordinary> ordinary = new ArrayList<>();
    for (int i = 0; i < aps; i++) {
      String id = "ap" + i;
      nodes.add(new ReservationProblem.Node(id, 40 + 20 * r.nextDouble(), 64, 1000));
      ordinary.add(new ReservationProblem.Ordinary("embb", "video", id, 5 * r.nextDouble(), 2, 100 * r.nextDouble()));
    }
    List<ReservationProblem.SubPool> pools = new ArrayList<>();
    for (int s = 0; s < slices; s++) {
      for (int from = 0; from < aps; from += 50) {
        List<ReservationProblem.Member> members = new ArrayList<>();
        for (int i = from; i < Math.min(aps, from + 50); i++) members.add(new ReservationProblem.Member("ap" + i, 2.5 * r.nextDouble() * 1.6, 0.5, 2));
        pools.add(new ReservationProblem.SubPool("slice" + s, "slice" + s + "-sp" + from / 50, members, 25));
      }
    }
    return new ReservationProblem(nodes, pools, ordinary, new ReservationProblem.Prices(1, 0.1, 0.5, 10));
  }

  /** @param scale whether to search each backend's largest instance within 60 s (minutes of work) */
  public static void run(PrintStream out, int aps, int slices, boolean scale) {
    MilpBackends.Choice ortools = MilpBackends.named("ortools");
    List<MilpBackend> backends = new ArrayList<>(List.of(new OjAlgoBackend()));
    if (ortools.fallbackReason() == null) {
      backends.add(ortools.backend());
    } else {
      out.println("reservation MILP: " + ortools.fallbackReason() + "; only ojAlgo measured");
    }
    MilpModel model = ReservationSolver.model(problem(aps, slices, 1));
    MilpModel small = ReservationSolver.model(problem(100, slices, 1));
    double[] seconds = new double[backends.size()];
    double[] objective = new double[backends.size()];
    for (int b = 0; b < backends.size(); b++) {
      backends.get(b).solve(small); // warm-up: JIT, natives, solver set-up
      MilpSolution s = backends.get(b).solve(model);
      seconds[b] = s.seconds();
      objective[b] = s.objective();
      out.printf(Locale.ROOT, "reservation MILP, %d APs x %d slices (%d variables, %d integer, %d constraints): %s %s, objective %.6f, in %.2f s%n", aps, slices,
          model.variables().size(), model.integers(), model.rows().size(), backends.get(b).name(), s.status(), s.objective(), s.seconds());
    }
    if (backends.size() == 2) {
      out.printf(Locale.ROOT, "reservation MILP: ortools takes %.3fx ojalgo's time on the same model; optima differ by %.1e relative%n", seconds[1] / seconds[0],
          Math.abs(objective[1] - objective[0]) / Math.max(1, Math.abs(objective[0])));
    }
    if (!scale) return;
    for (MilpBackend b : backends) {
      int largest = 0;
      double largestSeconds = 0;
      boolean capped = true;
      for (int n = aps; n <= SCALE_CAP * aps; n *= 2) {
        MilpSolution s = b.solve(ReservationSolver.model(problem(n, slices, 1)), LIMIT_SECONDS);
        if (s.status() != MilpSolution.Status.OPTIMAL || s.seconds() > LIMIT_SECONDS) {
          capped = false;
          break;
        }
        largest = n;
        largestSeconds = s.seconds();
      }
      out.printf(Locale.ROOT, "reservation MILP: %s's largest instance solved to optimality within %.0f s: %s%d APs x %d slices (%.1f s)%n", b.name(), LIMIT_SECONDS,
          capped ? "at least (the search stops there) " : "", largest, slices, largestSeconds);
    }
  }
}
