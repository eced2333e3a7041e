package org.slicewright.solver;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Benchmark of the reservation MILP at scale, printed as figures: {@code aps} access points and
 * {@code slices} AI slices, each slice's secondary pool over every AP cut into sub-pools of 50, plus one
 * ordinary service per AP; demand drawn with a seed. The baseline is the same model with 100 APs,
 * solved in the same process, so the figure is a ratio (time per AP-slice pair against the small case).
 */
public final class ReservationBench {
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

  public static void run(PrintStream out, int aps, int slices) {
    ReservationSolver.solve(problem(100, slices, 1)); // warm-up
    ReservationPlan small = ReservationSolver.solve(problem(100, slices, 1));
    ReservationPlan big = ReservationSolver.solve(problem(aps, slices, 1));
    out.printf(Locale.ROOT, "reservation MILP, %d APs x %d slices: %d variables (%d integer), %d constraints, %s in %.2f s%n", aps, slices, big.variables(),
        big.integers(), big.constraints(), big.feasible() ? "optimal" : "infeasible", big.solveSeconds());
    out.printf(Locale.ROOT, "baseline 100 APs x %d slices: %.3f s; ratio per AP: %.2fx the small case's time per AP%n", slices, small.solveSeconds(),
        (big.solveSeconds() / aps) / (small.solveSeconds() / 100));
  }
}
