package org.slicewright.solver;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The two-level reservation of docs/domain.md section 2, as data: edge nodes (VAPs) with compute and storage
 * capacity and the capacity of their access link; for each AI slice the sub-pools of its secondary
 * pool with each member's demand; ordinary services' demand on the primary pool; prices.
 */
public record ReservationProblem(List<Node> nodes, List<SubPool> subPools, List<Ordinary> ordinary, Prices prices) {
  /** A VAP: compute in GFLOP/s, storage in GB, its access link in Mbit/s. */
  public record Node(String id, double compute, double storage, double linkMbps) {
  }

  /** Demand of one member VAP: compute and storage it needs, and the link rate its data needs if it migrates. */
  public record Member(String node, double compute, double storage, double migrationMbpsPerGflops) {
  }

  /**
   * A sub-pool of one AI slice's secondary pool; its AVAP reserves for all members. Instances of the
   * AI function each serve at most {@code instanceGflops}.
   */
  public record SubPool(String slice, String id, List<Member> members, double instanceGflops) {
  }

  /** An ordinary service reserving from the primary pool at one node. */
  public record Ordinary(String slice, String service, String node, double compute, double storage, double linkMbps) {
  }

  /** RU per GFLOP/s and per GB reserved, per Mbit/s of migration, per AI-function instance. */
  public record Prices(double perGflops, double perGb, double perMbps, double perInstance) {
  }

  public ReservationProblem {
    Set<String> ids = new HashSet<>();
    for (Node n : nodes) {
      if (!ids.add(n.id())) throw new IllegalArgumentException("node '" + n.id() + "' appears twice");
      if (n.compute() < 0 || n.storage() < 0 || n.linkMbps() < 0) throw new IllegalArgumentException("node '" + n.id() + "' has a negative capacity");
    }
    for (SubPool p : subPools) {
      if (p.members().isEmpty()) throw new IllegalArgumentException("sub-pool '" + p.id() + "' of slice '" + p.slice() + "' has no member");
      if (!(p.instanceGflops() > 0)) throw new IllegalArgumentException("sub-pool '" + p.id() + "': instance capacity must be > 0 GFLOP/s");
      for (Member m : p.members()) {
        if (!ids.contains(m.node())) throw new IllegalArgumentException("sub-pool '" + p.id() + "' names unknown node '" + m.node() + "'");
        if (m.compute() < 0 || m.storage() < 0) throw new IllegalArgumentException("sub-pool '" + p.id() + "', member '" + m.node() + "': negative demand");
      }
    }
    for (Ordinary o : ordinary) {
      if (!ids.contains(o.node())) throw new IllegalArgumentException("service '" + o.service() + "' names unknown node '" + o.node() + "'");
    }
    nodes = List.copyOf(nodes);
    subPools = List.copyOf(subPools);
    ordinary = List.copyOf(ordinary);
  }
}
