package org.slicewright.solver;

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
 * <li>AVAP level: per sub-pool, compute and storage reservations R_c, R_s at least the members' total
 * demand, and an integer number of AI-function instances y with R_c &lt;= y * instance capacity;</li>
 * <li>VAP level: per member, shares r_c, r_s of the AVAP's reservation that add up to it (the VAPs
 * share the AVAP's reservation, never exceeding it); where a member's share is below its own demand,
 * its data migrates inside the sub-pool at m &gt;= (demand - r_c) * Mbit/s per GFLOP/s;</li>
 * <li>capacity: per node, the shares of all sub-pools plus ordinary services' demand within compute
 * and storage; per access link, migrations plus ordinary traffic within its rate.</li>
 * </ul>
 * Cost: RU per GFLOP/s, GB, Mbit/s of migration and instance. When the model is infeasible, an elastic
 * copy with penalised slack on every capacity finds the least shortage, and the plan reports which
 * capacities are short instead of any reservation.
 */
public final class ReservationSolver {
  private static final double PENALTY = 1e6;

  private ReservationSolver() {
  }

  public static ReservationPlan solve(ReservationProblem p) {
    long t0 = System.nanoTime();
    Built strict = build(p, false);
    Optimisation.Result r = strict.model.minimise();
    if (r.getState().isFeasible()) return strict.plan(r, (System.nanoTime() - t0) / 1e9);
    Built elastic = build(p, true);
    Optimisation.Result e = elastic.model.minimise();
    if (!e.getState().isFeasible()) throw new IllegalStateException("the elastic reservation model has no solution (" + e.getState() + ")");
    return elastic.shortages(e, (System.nanoTime() - t0) / 1e9);
  }

  private static final class Built {
    final ExpressionsBasedModel model = new ExpressionsBasedModel();
    final ReservationProblem p;
    final Map<String, Integer> node = new HashMap<>();
    final List<Variable[]> avap = new ArrayList<>(); // per sub-pool: R_c, R_s, y
    final List<Variable[][]> vap = new ArrayList<>(); // per sub-pool, per member: r_c, r_s, m
    final List<Object[]> slacks = new ArrayList<>(); // {Variable, node id, resource, capacity, Expression}
    int integers;

    Built(ReservationProblem p) {
      this.p = p;
      for (int i = 0; i < p.nodes().size(); i++) node.put(p.nodes().get(i).id(), i);
    }

    ReservationPlan plan(Optimisation.Result r, double seconds) {
      List<ReservationPlan.AvapReservation> as = new ArrayList<>();
      List<ReservationPlan.VapReservation> vs = new ArrayList<>();
      for (int s = 0; s < p.subPools().size(); s++) {
        ReservationProblem.SubPool sp = p.subPools().get(s);
        Variable[] a = avap.get(s);
        as.add(new ReservationPlan.AvapReservation(sp.slice(), sp.id(), v(a[0]), v(a[1]), (int) Math.round(v(a[2]))));
        for (int m = 0; m < sp.members().size(); m++) {
          Variable[] x = vap.get(s)[m];
          vs.add(new ReservationPlan.VapReservation(sp.slice(), sp.id(), sp.members().get(m).node(), v(x[0]), v(x[1]), v(x[2])));
        }
      }
      return new ReservationPlan(true, r.getValue(), as, vs, List.of(), model.getVariables().size(), integers, model.getExpressions().size(), seconds);
    }

    ReservationPlan shortages(Optimisation.Result r, double seconds) {
      List<ReservationPlan.Shortage> out = new ArrayList<>();
      for (Object[] s : slacks) {
        double amount = v((Variable) s[0]);
        if (amount > 1e-6) out.add(new ReservationPlan.Shortage((String) s[1], (String) s[2], (double) s[3], (double) s[3] + amount));
      }
      return new ReservationPlan(false, Double.NaN, List.of(), List.of(), out, model.getVariables().size(), integers, model.getExpressions().size(), seconds);
    }

    private static double v(Variable x) {
      return x.getValue() == null ? 0 : x.getValue().doubleValue();
    }
  }

  private static Built build(ReservationProblem p, boolean elastic) {
    Built b = new Built(p);
    ExpressionsBasedModel m = b.model;
    ReservationProblem.Prices pr = p.prices();
    int n = p.nodes().size();
    Expression[] cpu = new Expression[n], sto = new Expression[n], link = new Expression[n];
    double[] cpuUsed = new double[n], stoUsed = new double[n], linkUsed = new double[n];
    for (ReservationProblem.Ordinary o : p.ordinary()) {
      int i = b.node.get(o.node());
      cpuUsed[i] += o.compute();
      stoUsed[i] += o.storage();
      linkUsed[i] += o.linkMbps();
    }
    for (int i = 0; i < n; i++) {
      ReservationProblem.Node nd = p.nodes().get(i);
      cpu[i] = capacity(b, elastic, "cap_c_" + i, nd.id(), "compute (GFLOP/s)", nd.compute() - cpuUsed[i], nd.compute());
      sto[i] = capacity(b, elastic, "cap_s_" + i, nd.id(), "storage (GB)", nd.storage() - stoUsed[i], nd.storage());
      link[i] = capacity(b, elastic, "cap_l_" + i, nd.id(), "access link (Mbit/s)", nd.linkMbps() - linkUsed[i], nd.linkMbps());
    }
    for (int s = 0; s < p.subPools().size(); s++) {
      ReservationProblem.SubPool sp = p.subPools().get(s);
      double dc = 0, ds = 0;
      for (ReservationProblem.Member mb : sp.members()) {
        dc += mb.compute();
        ds += mb.storage();
      }
      Variable rc = m.addVariable("R_c_" + s).lower(dc).weight(pr.perGflops());
      Variable rs = m.addVariable("R_s_" + s).lower(ds).weight(pr.perGb());
      Variable y = m.addVariable("y_" + s).lower(1).integer(true).weight(pr.perInstance());
      b.integers++;
      b.avap.add(new Variable[] { rc, rs, y });
      m.addExpression("inst_" + s).upper(0).set(rc, 1).set(y, -sp.instanceGflops());
      Expression shareC = m.addExpression("share_c_" + s).level(0).set(rc, -1);
      Expression shareS = m.addExpression("share_s_" + s).level(0).set(rs, -1);
      Variable[][] members = new Variable[sp.members().size()][];
      for (int j = 0; j < members.length; j++) {
        ReservationProblem.Member mb = sp.members().get(j);
        int i = b.node.get(mb.node());
        Variable xc = m.addVariable("r_c_" + s + "_" + j).lower(0);
        Variable xs = m.addVariable("r_s_" + s + "_" + j).lower(0);
        Variable mig = m.addVariable("m_" + s + "_" + j).lower(0).weight(pr.perMbps());
        shareC.set(xc, 1);
        shareS.set(xs, 1);
        // m >= (demand - r_c) * rate  <=>  m + rate * r_c >= rate * demand
        m.addExpression("mig_" + s + "_" + j).lower(mb.migrationMbpsPerGflops() * mb.compute()).set(mig, 1).set(xc, mb.migrationMbpsPerGflops());
        cpu[i].set(xc, 1);
        sto[i].set(xs, 1);
        link[i].set(mig, 1);
        members[j] = new Variable[] { xc, xs, mig };
      }
      b.vap.add(members);
    }
    return b;
  }

  private static Expression capacity(Built b, boolean elastic, String name, String node, String resource, double free, double capacity) {
    Expression e = b.model.addExpression(name).upper(free);
    if (elastic) {
      Variable slack = b.model.addVariable("slack_" + name).lower(0).weight(PENALTY);
      e.set(slack, -1);
      b.slacks.add(new Object[] { slack, node, resource, capacity, e });
    }
    return e;
  }
}
