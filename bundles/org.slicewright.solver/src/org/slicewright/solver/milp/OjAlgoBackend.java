package org.slicewright.solver.milp;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/** The pure-Java backend, ojAlgo's sparse (revised) simplex with branch and bound: always available. */
public final class OjAlgoBackend implements MilpBackend {
  public static final String NAME = "ojalgo";

  static {
    // ojAlgo binds its debug logger to System.out when first loaded and then prints a notice about
    // hardware profiles into our CLI output and CSV-friendly stdout. Load it once with stdout muted,
    // so its debug logger stays muted; the engines never log through it.
    PrintStream out = System.out;
    try {
      System.setOut(new PrintStream(OutputStream.nullOutputStream()));
      Class.forName("org.ojalgo.netio.BasicLogger", true, OjAlgoBackend.class.getClassLoader());
      Class.forName("org.ojalgo.OjAlgoUtils", true, OjAlgoBackend.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new ExceptionInInitializerError(e);
    } finally {
      System.setOut(out);
    }
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public MilpSolution solve(MilpModel model, double timeLimitSeconds) {
    long t0 = System.nanoTime();
    ExpressionsBasedModel m = new ExpressionsBasedModel();
    // The constraint matrix has a few entries per column: a dense tableau of a 1 000-AP model needs
    // tens of GB, the sparse (revised, product-form) simplex a few MB.
    m.options.sparse = Boolean.TRUE;
    if (Double.isFinite(timeLimitSeconds)) m.options.time_abort = (long) (timeLimitSeconds * 1000);
    List<Variable> cols = new ArrayList<>();
    for (MilpModel.Variable v : model.variables()) {
      Variable x = m.addVariable(v.name()).weight(v.cost()).integer(v.integer());
      if (v.lower() == v.upper()) {
        x.level(v.lower());
      } else {
        if (Double.isFinite(v.lower())) x.lower(v.lower());
        if (Double.isFinite(v.upper())) x.upper(v.upper());
      }
      cols.add(x);
    }
    for (MilpModel.Row r : model.rows()) {
      Expression e = m.addExpression(r.name());
      if (r.lower() == r.upper()) {
        e.level(r.lower());
      } else {
        if (Double.isFinite(r.lower())) e.lower(r.lower());
        if (Double.isFinite(r.upper())) e.upper(r.upper());
      }
      for (Map.Entry<Integer, Double> c : r.coefficients().entrySet()) e.set(cols.get(c.getKey()), c.getValue());
    }
    Optimisation.Result result = m.minimise();
    double[] x = new double[cols.size()];
    for (int i = 0; i < x.length; i++) x[i] = cols.get(i).getValue() == null ? 0 : cols.get(i).getValue().doubleValue();
    return new MilpSolution(status(result.getState()), result.getValue(), x, (System.nanoTime() - t0) / 1e9, NAME);
  }

  private static MilpSolution.Status status(Optimisation.State s) {
    if (s.isOptimal()) return MilpSolution.Status.OPTIMAL;
    if (s.isFeasible()) return MilpSolution.Status.FEASIBLE;
    if (s == Optimisation.State.UNBOUNDED) return MilpSolution.Status.UNBOUNDED;
    if (s == Optimisation.State.INFEASIBLE) return MilpSolution.Status.INFEASIBLE;
    return MilpSolution.Status.FAILED;
  }
}
