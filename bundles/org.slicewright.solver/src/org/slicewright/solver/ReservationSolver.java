package org.slicewright.solver;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * Solves the two-level reservation as a mixed-integer linear programme with ojAlgo:
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
 * rows, whose basis the revised simplex can factorise. Cost: RU per GFLOP/s, GB, Mbit/s of migration
 * and instance. When the model is infeasible, an elastic copy with penalised slack on every capacity
 * finds the least shortage, and the plan reports which capacities are short instead of any reservation.
 */
public final class ReservationSolver {
  private static final double PENALTY = 1e6;

  static {
    // ojAlgo binds its debug logger to System.out when first loaded and then prints a notice about
    // hardware profiles into our CLI output and CSV-friendly stdout. Load it once with stdout muted,
    // so its debug logger stays muted; the engines never log through it.
    PrintStream out = System.out;
    try {
      System.setOut(new PrintStream(OutputStream.nullOutputStream()));
      Class.forName("org.ojalgo.netio.BasicLogger", true, ReservationSolver.class.getClassLoader());
      Class.forName("org.ojalgo.OjAlgoUtils", true, ReservationSolver.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new ExceptionInInitializerError(e);
    } finally {
      System.setOut(out);
    }
  }

  private ReservationSolver() {
  }

  public static ReservationPlan solve(ReservationProblem p) {
    long t0 = System.nanoTime();
    Built strict = build(p, false);
    // Storage is fixed by where data is kept: a storage shortage makes the plan infeasible outright.
    if (strict.storageShort.isEmpty()) {
      Optimisation.Result r = strict.model.minimise();
      if (r.getState().isFeasible()) return strict.plan(r, (System.nanoTime() - t0) / 1e9);
    }
    Built elastic = build(p, true);
    Optimisation.Result e = elastic.model.minimise();
    if (!e.getState().isFeasible()) throw new IllegalStateException("the elastic reservation model has no solution (" + e.getState() + ")");
    return elastic.shortages(e, (System.nanoTime() - t0) / 1e9);
  }

  /** The slack column of a capacity row in the elastic model: what it relaxes. */
  private record Slack(Variable variable, String node, String resource, double capacity) {
  }

  private static final class Built {
    final ExpressionsBasedModel model = new ExpressionsBasedModel();
    final ReservationProblem p;
    final Map<String, Integer> node = new HashMap<>();
    final List<Variable[]> avap = new ArrayList<>(); // per sub-pool: R, y
    final List<Variable[][]> vap = new ArrayList<>(); // per sub-pool, per member: u (sent away), v (taken in)
    final List<ReservationPlan.Shortage> storageShort = new ArrayList<>();
    final List<Slack> slacks = new ArrayList<>();
    int integers;

    Built(ReservationProblem p) {
      this.p = p;
      // The constraint matrix has a few entries per column: a dense tableau of a 1 000-AP model
      // needs tens of GB, the sparse (revised, product-form) simplex a few MB.
      model.options.sparse = Boolean.TRUE;
      for (int i = 0; i < p.nodes().size(); i++) node.put(p.nodes().get(i).id(), i);
    }

    ReservationPlan plan(Optimisation.Result r, double seconds) {
      List<ReservationPlan.AvapReservation> as = new ArrayList<>();
      List<ReservationPlan.VapReservation> vs = new ArrayList<>();
      for (int s = 0; s < p.subPools().size(); s++) {
        ReservationProblem.SubPool sp = p.subPools().get(s);
        Variable[] a = avap.get(s);
        double storage = sp.members().stream().mapToDouble(ReservationProblem.Member::storage).sum();
        as.add(new ReservationPlan.AvapReservation(sp.slice(), sp.id(), valueOf(a[0]), storage, (int) Math.round(valueOf(a[1]))));
        for (int m = 0; m < sp.members().size(); m++) {
          Variable[] x = vap.get(s)[m];
          ReservationProblem.Member mb = sp.members().get(m);
          vs.add(new ReservationPlan.VapReservation(sp.slice(), sp.id(), mb.node(), mb.compute() - valueOf(x[0]) + valueOf(x[1]), mb.storage(),
              valueOf(x[0]) * mb.migrationMbpsPerGflops()));
        }
      }
      return new ReservationPlan(true, r.getValue(), as, vs, List.of(), model.getVariables().size(), integers, model.getExpressions().size(), seconds);
    }

    ReservationPlan shortages(Optimisation.Result r, double seconds) {
      List<ReservationPlan.Shortage> out = new ArrayList<>(storageShort);
      for (Slack s : slacks) {
        double amount = valueOf(s.variable());
        if (amount > 1e-6) out.add(new ReservationPlan.Shortage(s.node(), s.resource(), s.capacity(), s.capacity() + amount));
      }
      return new ReservationPlan(false, Double.NaN, List.of(), List.of(), out, model.getVariables().size(), integers, model.getExpressions().size(), seconds);
    }

    private static double valueOf(Variable x) {
      return x.getValue() == null ? 0 : x.getValue().doubleValue();
    }
  }

  private static Built build(ReservationProblem p, boolean elastic) {
    Built b = new Built(p);
    ExpressionsBasedModel m = b.model;
    ReservationProblem.Prices pr = p.prices();
    int n = p.nodes().size();
    double[] cpuFixed = new double[n], stoUsed = new double[n], linkUsed = new double[n];
    for (ReservationProblem.Ordinary o : p.ordinary()) {
      int i = b.node.get(o.node());
      cpuFixed[i] += o.compute();
      stoUsed[i] += o.storage();
      linkUsed[i] += o.linkMbps();
    }
    double storageCost = 0;
    for (ReservationProblem.SubPool sp : p.subPools()) {
      for (ReservationProblem.Member mb : sp.members()) {
        int i = b.node.get(mb.node());
        cpuFixed[i] += mb.compute(); // the share d - u + v: its constant part
        stoUsed[i] += mb.storage();
        storageCost += pr.perGb() * mb.storage();
      }
    }
    Expression[] cpu = new Expression[n], link = new Expression[n];
    for (int i = 0; i < n; i++) {
      ReservationProblem.Node nd = p.nodes().get(i);
      if (stoUsed[i] > nd.storage() + 1e-9) b.storageShort.add(new ReservationPlan.Shortage(nd.id(), "storage (GB)", nd.storage(), stoUsed[i]));
      cpu[i] = capacity(b, elastic, "cap_c_" + i, nd.id(), "compute (GFLOP/s)", nd.compute() - cpuFixed[i], nd.compute());
      link[i] = capacity(b, elastic, "cap_l_" + i, nd.id(), "access link (Mbit/s)", nd.linkMbps() - linkUsed[i], nd.linkMbps());
    }
    m.addVariable("storage_cost").level(1).weight(storageCost);
    for (int s = 0; s < p.subPools().size(); s++) {
      ReservationProblem.SubPool sp = p.subPools().get(s);
      double dc = sp.members().stream().mapToDouble(ReservationProblem.Member::compute).sum();
      Variable r = m.addVariable("R_" + s).lower(dc).weight(pr.perGflops());
      Variable y = m.addVariable("y_" + s).lower(1).integer(true).weight(pr.perInstance());
      b.integers++;
      b.avap.add(new Variable[] { r, y });
      m.addExpression("inst_" + s).upper(0).set(r, 1).set(y, -sp.instanceGflops());
      // sum over members of (d - u + v) = R  <=>  sum(v) - sum(u) - R = -sum(d)
      Expression share = m.addExpression("share_" + s).level(-dc).set(r, -1);
      Variable[][] members = new Variable[sp.members().size()][];
      for (int j = 0; j < members.length; j++) {
        ReservationProblem.Member mb = sp.members().get(j);
        int i = b.node.get(mb.node());
        Variable u = m.addVariable("u_" + s + "_" + j).lower(0).upper(mb.compute()).weight(pr.perMbps() * mb.migrationMbpsPerGflops());
        Variable v = m.addVariable("v_" + s + "_" + j).lower(0);
        share.set(u, -1).set(v, 1);
        cpu[i].set(u, -1).set(v, 1);
        if (mb.migrationMbpsPerGflops() > 0) link[i].set(u, mb.migrationMbpsPerGflops());
        members[j] = new Variable[] { u, v };
      }
      b.vap.add(members);
    }
    return b;
  }

  /**
   * A capacity row. It always carries a slack column, fixed at 0 in the strict model: a row without
   * columns would be dropped by the solver, hiding a node whose ordinary services alone exceed it.
   */
  private static Expression capacity(Built b, boolean elastic, String name, String node, String resource, double free, double capacity) {
    Expression e = b.model.addExpression(name).upper(free);
    Variable slack = b.model.addVariable("slack_" + name).lower(0).weight(PENALTY);
    if (!elastic) slack.upper(0);
    e.set(slack, -1);
    if (elastic) b.slacks.add(new Slack(slack, node, resource, capacity));
    return e;
  }
}
