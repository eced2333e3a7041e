package org.slicewright.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slicewright.solver.milp.MilpModel;
import org.slicewright.solver.milp.MilpSolution;

/**
 * The two-level reservation written as a {@link MilpModel}, with what is needed to read a solution
 * back as a plan:
 * <ul>
 * <li>AVAP level: per sub-pool, a compute reservation R at least the members' total demand and an
 * integer number of AI-function instances y with R &lt;= y * instance capacity;</li>
 * <li>VAP level: each member's share of R is its own demand d, minus what it sends away u (its data
 * migrates inside the sub-pool, at u * Mbit/s per GFLOP/s), plus what it takes in v; the shares add
 * up to R (the VAPs share the AVAP's reservation, never exceeding it);</li>
 * <li>capacity: per node, the shares of all sub-pools plus ordinary services within compute; per
 * access link, migrations plus ordinary traffic within its rate. Storage is reserved where the data
 * is kept (each member's own demand), so it is a check per node, not a decision.</li>
 * </ul>
 * Writing the share as d - u + v (instead of a share r and a migration m &gt;= d - r) keeps one
 * constraint per node and sub-pool, not per member: the 1 000-AP x 20-slice model has about 2 800
 * rows. Cost: RU per GFLOP/s, GB, Mbit/s of migration and instance; storage enters as a column fixed
 * at 1, so the objective is the whole cost in every file format. The elastic variant frees a penalised
 * slack on every capacity row to find the least shortage.
 */
final class ReservationModel {
  static final double PENALTY = 1e6;

  /** The slack column of a capacity row in the elastic model: what it relaxes. */
  record Slack(int column, String node, String resource, double capacity) {
  }

  final MilpModel model = new MilpModel();
  final ReservationProblem problem;
  final List<int[]> avap = new ArrayList<>(); // per sub-pool: R, y
  final List<int[][]> vap = new ArrayList<>(); // per sub-pool, per member: u (sent away), v (taken in)
  final List<ReservationPlan.Shortage> storageShort = new ArrayList<>();
  final List<Slack> slacks = new ArrayList<>();

  ReservationModel(ReservationProblem p, boolean elastic) {
    this.problem = p;
    Map<String, Integer> node = new HashMap<>();
    for (int i = 0; i < p.nodes().size(); i++) node.put(p.nodes().get(i).id(), i);
    ReservationProblem.Prices pr = p.prices();
    int n = p.nodes().size();
    double[] cpuFixed = new double[n], stoUsed = new double[n], linkUsed = new double[n];
    for (ReservationProblem.Ordinary o : p.ordinary()) {
      int i = node.get(o.node());
      cpuFixed[i] += o.compute();
      stoUsed[i] += o.storage();
      linkUsed[i] += o.linkMbps();
    }
    double storageCost = 0;
    for (ReservationProblem.SubPool sp : p.subPools()) {
      for (ReservationProblem.Member mb : sp.members()) {
        int i = node.get(mb.node());
        cpuFixed[i] += mb.compute(); // the share d - u + v: its constant part
        stoUsed[i] += mb.storage();
        storageCost += pr.perGb() * mb.storage();
      }
    }
    int[] cpu = new int[n], link = new int[n];
    for (int i = 0; i < n; i++) {
      ReservationProblem.Node nd = p.nodes().get(i);
      if (stoUsed[i] > nd.storage() + 1e-9) storageShort.add(new ReservationPlan.Shortage(nd.id(), "storage (GB)", nd.storage(), stoUsed[i]));
      cpu[i] = capacity(elastic, "cap_c_" + i, nd.id(), "compute (GFLOP/s)", nd.compute() - cpuFixed[i], nd.compute());
      link[i] = capacity(elastic, "cap_l_" + i, nd.id(), "access link (Mbit/s)", nd.linkMbps() - linkUsed[i], nd.linkMbps());
    }
    model.variable("storage_cost", 1, 1, false, storageCost);
    for (int s = 0; s < p.subPools().size(); s++) {
      ReservationProblem.SubPool sp = p.subPools().get(s);
      double dc = sp.members().stream().mapToDouble(ReservationProblem.Member::compute).sum();
      int r = model.variable("R_" + s, dc, Double.POSITIVE_INFINITY, false, pr.perGflops());
      int y = model.variable("y_" + s, 1, Double.POSITIVE_INFINITY, true, pr.perInstance());
      avap.add(new int[] { r, y });
      int inst = model.row("inst_" + s, Double.NEGATIVE_INFINITY, 0);
      model.add(inst, r, 1);
      model.add(inst, y, -sp.instanceGflops());
      // sum over members of (d - u + v) = R  <=>  sum(v) - sum(u) - R = -sum(d)
      int share = model.row("share_" + s, -dc, -dc);
      model.add(share, r, -1);
      int[][] members = new int[sp.members().size()][];
      for (int j = 0; j < members.length; j++) {
        ReservationProblem.Member mb = sp.members().get(j);
        int i = node.get(mb.node());
        int u = model.variable("u_" + s + "_" + j, 0, mb.compute(), false, pr.perMbps() * mb.migrationMbpsPerGflops());
        int v = model.variable("v_" + s + "_" + j, 0, Double.POSITIVE_INFINITY, false, 0);
        model.add(share, u, -1);
        model.add(share, v, 1);
        model.add(cpu[i], u, -1);
        model.add(cpu[i], v, 1);
        if (mb.migrationMbpsPerGflops() > 0) model.add(link[i], u, mb.migrationMbpsPerGflops());
        members[j] = new int[] { u, v };
      }
      vap.add(members);
    }
  }

  /**
   * A capacity row. It always carries a slack column, fixed at 0 in the strict model: a row without
   * columns would be dropped by some solvers, hiding a node whose ordinary services alone exceed it.
   */
  private int capacity(boolean elastic, String name, String node, String resource, double free, double capacity) {
    int row = model.row(name, Double.NEGATIVE_INFINITY, free);
    int slack = model.variable("slack_" + name, 0, elastic ? Double.POSITIVE_INFINITY : 0, false, PENALTY);
    model.add(row, slack, -1);
    if (elastic) slacks.add(new Slack(slack, node, resource, capacity));
    return row;
  }

  ReservationPlan plan(MilpSolution s, double seconds) {
    double[] x = s.values();
    List<ReservationPlan.AvapReservation> as = new ArrayList<>();
    List<ReservationPlan.VapReservation> vs = new ArrayList<>();
    for (int k = 0; k < problem.subPools().size(); k++) {
      ReservationProblem.SubPool sp = problem.subPools().get(k);
      int[] a = avap.get(k);
      double storage = sp.members().stream().mapToDouble(ReservationProblem.Member::storage).sum();
      as.add(new ReservationPlan.AvapReservation(sp.slice(), sp.id(), x[a[0]], storage, (int) Math.round(x[a[1]])));
      for (int m = 0; m < sp.members().size(); m++) {
        int[] uv = vap.get(k)[m];
        ReservationProblem.Member mb = sp.members().get(m);
        vs.add(new ReservationPlan.VapReservation(sp.slice(), sp.id(), mb.node(), mb.compute() - x[uv[0]] + x[uv[1]], mb.storage(), x[uv[0]] * mb.migrationMbpsPerGflops()));
      }
    }
    return new ReservationPlan(true, s.objective(), as, vs, List.of(), model.variables().size(), model.integers(), model.rows().size(), seconds, s.backend());
  }

  ReservationPlan shortages(MilpSolution s, double seconds) {
    List<ReservationPlan.Shortage> out = new ArrayList<>(storageShort);
    for (Slack sl : slacks) {
      double amount = s.values()[sl.column()];
      if (amount > 1e-6) out.add(new ReservationPlan.Shortage(sl.node(), sl.resource(), sl.capacity(), sl.capacity() + amount));
    }
    return new ReservationPlan(false, Double.NaN, List.of(), List.of(), out, model.variables().size(), model.integers(), model.rows().size(), seconds, s.backend());
  }
}
