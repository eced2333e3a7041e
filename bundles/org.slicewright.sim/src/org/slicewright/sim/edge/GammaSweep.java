package org.slicewright.sim.edge;

import java.util.ArrayList;
import java.util.List;

import org.slicewright.sim.CanceledException;
import org.slicewright.sim.ProgressMonitor;

/**
 * The combined weight's tunable trade-off: gamma (network latency) against alpha = beta = (1 - gamma)
 * / 2 (processing load), each value emulated on the same boards, devices, links and seed. A point is
 * on the Pareto front when no other point has both fewer QoS violations and a lower utilisation
 * imbalance.
 */
public final class GammaSweep {
  /** The swept gamma values, from processing load only to network latency only. */
  public static final double[] GAMMAS = { 0, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9, 1 };

  /** One gamma: its violation share, utilisation imbalance and mean network latency. */
  public record Point(double gamma, double violationShare, double imbalance, double networkMs, boolean pareto) {
  }

  private GammaSweep() {
  }

  public static List<Point> run(EdgeConfig base, ProgressMonitor monitor) {
    List<double[]> raw = new ArrayList<>();
    for (double g : GAMMAS) {
      if (monitor.isCanceled()) throw new CanceledException();
      double ab = (1 - g) / 2;
      EdgeEmulation.Result r = new EdgeEmulation(base.withPolicy(SelectionPolicy.combinedWeight(ab, ab, g))).run(monitor);
      raw.add(new double[] { g, (double) r.violations() / Math.max(1, r.requests()), r.utilisationImbalance(), r.meanNetworkMs() });
      monitor.worked(1);
    }
    List<Point> out = new ArrayList<>();
    for (double[] p : raw) {
      boolean dominated = false;
      for (double[] q : raw) {
        if (q != p && q[1] <= p[1] && q[2] <= p[2] && (q[1] < p[1] || q[2] < p[2])) dominated = true;
      }
      out.add(new Point(p[0], p[1], p[2], p[3], !dominated));
    }
    return out;
  }
}
