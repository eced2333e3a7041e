package org.slicewright.interchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slicewright.interchange.MappingReport.Action;
import org.slicewright.model.topology.NodeKind;

/**
 * Kinds for the nodes a file leaves untyped (a research topology's points of presence): first from
 * the label ("... data center" is a cloud, "... MEC" an edge server), then from the node's degree.
 * The best-connected node becomes the cloud, the nodes in the top tenth by degree with at least three
 * links edge servers (aggregation points), and the rest macro base stations. Each guess is reported,
 * with the rule that made it, so the planner can correct the few that matter.
 */
final class KindGuess {
  /** Nodes with at least this many links may be guessed as edge servers. */
  static final int EDGE_MIN_DEGREE = 3;

  private KindGuess() {
  }

  /** The nodes with every kind set, in the same order. */
  static List<NodeRecord> complete(List<NodeRecord> nodes, List<LinkRecord> links, MappingReport report) {
    if (nodes.stream().allMatch(n -> n.kind() != null)) return nodes;
    Map<String, Integer> degree = new HashMap<>();
    for (LinkRecord l : links) {
      degree.merge(l.source(), 1, Integer::sum);
      degree.merge(l.target(), 1, Integer::sum);
    }
    List<Integer> degrees = new ArrayList<>(degree.values());
    degrees.sort(null);
    int topTenth = degrees.isEmpty() ? Integer.MAX_VALUE : Math.max(EDGE_MIN_DEGREE, degrees.get((int) Math.floor(0.9 * (degrees.size() - 1))));
    String hub = null;
    boolean anyCloud = nodes.stream().anyMatch(n -> n.kind() == NodeKind.CLOUD || NodeKindNames.guessFromLabel(n.name()) == NodeKind.CLOUD);
    if (!anyCloud) {
      int best = -1;
      for (NodeRecord n : nodes) {
        int d = degree.getOrDefault(n.id(), 0);
        if (n.kind() == null && d > best) {
          best = d;
          hub = n.id();
        }
      }
    }
    List<NodeRecord> out = new ArrayList<>(nodes.size());
    for (NodeRecord n : nodes) {
      if (n.kind() != null) {
        out.add(n);
        continue;
      }
      NodeKind fromLabel = NodeKindNames.guessFromLabel(n.name());
      int d = degree.getOrDefault(n.id(), 0);
      NodeKind k;
      if (fromLabel != null) {
        k = fromLabel;
        report.add(Action.GUESSED, "kind " + k + " from the label", n.id());
      } else if (n.id().equals(hub)) {
        k = NodeKind.CLOUD;
        report.add(Action.GUESSED, "kind CLOUD: the best-connected node (" + d + " links)", n.id());
      } else if (d >= topTenth) {
        k = NodeKind.EDGE_SERVER;
        report.add(Action.GUESSED, "kind EDGE_SERVER from degree (at least " + topTenth + " links, the top tenth)", n.id());
      } else {
        k = NodeKind.MACRO_BS;
        report.add(Action.GUESSED, "kind MACRO_BS from degree (fewer than " + topTenth + " links)", n.id());
      }
      out.add(n.withKind(k));
    }
    return out;
  }
}
