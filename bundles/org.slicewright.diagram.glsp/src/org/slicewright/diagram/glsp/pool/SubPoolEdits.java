package org.slicewright.diagram.glsp.pool;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.slicewright.model.pooling.AVAP;
import org.slicewright.model.pooling.PoolingFactory;
import org.slicewright.model.pooling.PoolingPackage.Literals;
import org.slicewright.model.pooling.Reservation;
import org.slicewright.model.pooling.ResourceKind;
import org.slicewright.model.pooling.SecondaryPool;
import org.slicewright.model.pooling.SubPool;
import org.slicewright.model.pooling.VAP;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.topology.Node;
import org.slicewright.sim.pooling.SubPoolFormation;

/**
 * The pool diagram's edits as EMF commands: forming the sub-pools of a secondary pool with k-means
 * over the VAPs' locations, and moving a VAP between sub-pools. Each sub-pool's AVAP holds the sum of
 * its members' reservations (docs/domain.md section 2: the first level of the two-level reservation), so
 * every change of membership rewrites the AVAPs it touches.
 */
public final class SubPoolEdits {
  private SubPoolEdits() {
  }

  /** The VAPs of a secondary pool: the primary pool's VAPs on the nodes hosting the pool's VNF. */
  public static List<VAP> vaps(Scenario s, SecondaryPool pool) {
    List<VAP> out = new ArrayList<>();
    if (s.getPrimaryPool() == null) return out;
    for (VAP v : s.getPrimaryPool().getVaps()) {
      if (v.getNode() != null && (pool.getVnf() == null || pool.getVnf().getPlacements().contains(v.getNode()))) out.add(v);
    }
    return out;
  }

  /**
   * Replaces the pool's sub-pools by k of them from k-means over the VAPs' site coordinates (seeded
   * with the scenario's seed, so the same k gives the same sub-pools), and sets the policy's k.
   */
  public static Command form(EditingDomain domain, Scenario s, SecondaryPool pool, int k) {
    List<VAP> vaps = vaps(s, pool);
    if (k < 1 || k > vaps.size()) throw new IllegalArgumentException("k must be between 1 and the pool's " + vaps.size() + " VAPs, is " + k);
    double[] x = new double[vaps.size()], y = new double[vaps.size()], none = new double[vaps.size()];
    for (int i = 0; i < vaps.size(); i++) {
      Node n = vaps.get(i).getNode();
      x[i] = n.getSite() == null ? 0 : n.getSite().getX();
      y[i] = n.getSite() == null ? 0 : n.getSite().getY();
    }
    int[] labels = SubPoolFormation.kMeans(SubPoolFormation.features(x, y, none, true, false), k, new SplittableRandom(s.getSeed()));
    List<SubPool> subPools = new ArrayList<>();
    for (int c = 0; c < k; c++) {
      SubPool sp = PoolingFactory.eINSTANCE.createSubPool();
      sp.setId(pool.getId() + "-sp" + (c + 1));
      sp.setName("Sub-pool " + (c + 1));
      for (int i = 0; i < vaps.size(); i++) if (labels[i] == c) sp.getMembers().add(vaps.get(i));
      sp.setTrainer(sp.getMembers().get(0));
      sp.setAvap(avap(sp.getId() + "-avap", sp.getMembers()));
      subPools.add(sp);
    }
    CompoundCommand c = new CompoundCommand("Form " + k + " sub-pools with k-means");
    c.append(new SetCommand(domain, pool, Literals.SECONDARY_POOL__SUB_POOLS, subPools));
    if (pool.getPolicy() != null) c.append(new SetCommand(domain, pool.getPolicy(), Literals.POOLING_POLICY__K, k));
    return c;
  }

  /** Moves a VAP into another sub-pool (or out of all of them when {@code to} is null). */
  public static Command move(EditingDomain domain, SecondaryPool pool, VAP vap, SubPool to) {
    CompoundCommand c = new CompoundCommand("Move " + vap.getId() + (to == null ? " out of its sub-pool" : " to " + to.getId()));
    for (SubPool sp : pool.getSubPools()) {
      List<VAP> members = new ArrayList<>(sp.getMembers());
      boolean changed = members.remove(vap) | (sp == to && !members.contains(vap) && members.add(vap));
      if (!changed) continue;
      c.append(new SetCommand(domain, sp, Literals.SUB_POOL__MEMBERS, members));
      c.append(new SetCommand(domain, sp, Literals.SUB_POOL__TRAINER, members.contains(sp.getTrainer()) ? sp.getTrainer() : members.isEmpty() ? null : members.get(0)));
      c.append(new SetCommand(domain, sp, Literals.SUB_POOL__AVAP, avap(sp.getAvap() == null ? sp.getId() + "-avap" : sp.getAvap().getId(), members)));
    }
    return c;
  }

  /** An AVAP holding the sum of the members' reservations, kind by kind. */
  static AVAP avap(String id, List<VAP> members) {
    Map<ResourceKind, Double> sum = new EnumMap<>(ResourceKind.class);
    for (VAP v : members) for (Reservation r : v.getReservations()) sum.merge(r.getKind(), r.getAmount(), Double::sum);
    AVAP a = PoolingFactory.eINSTANCE.createAVAP();
    a.setId(id);
    a.setName(id);
    sum.forEach((kind, amount) -> {
      Reservation r = PoolingFactory.eINSTANCE.createReservation();
      r.setKind(kind);
      r.setAmount(amount);
      a.getReservations().add(r);
    });
    return a;
  }

  /** "20 COMPUTE, 8 MEMORY": an AVAP's totals for the sub-pool's heading. */
  public static String totals(AVAP a) {
    if (a == null || a.getReservations().isEmpty()) return "nothing reserved";
    StringBuilder b = new StringBuilder();
    for (Reservation r : a.getReservations()) {
      if (b.length() > 0) b.append(", ");
      b.append(r.getAmount() == Math.rint(r.getAmount()) ? String.valueOf((long) r.getAmount()) : String.format(Locale.ROOT, "%.1f", r.getAmount()))
          .append(' ').append(r.getKind().getLiteral().toLowerCase(Locale.ROOT));
    }
    return b.toString();
  }
}
