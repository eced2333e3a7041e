package org.slicewright.diagram.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.slicewright.diagram.layout.TopologyLayout.Box;
import org.slicewright.diagram.layout.TopologyLayout.Result;
import org.slicewright.model.topology.Link;
import org.slicewright.model.topology.Network;
import org.slicewright.model.topology.Node;

/**
 * The layout of a large topology, in time n log n (a sort per tier): a tier per level of the network
 * ({@link TopologyLayout#rank}: cloud; macro base stations; small cells and edge servers; access
 * points and boards; devices), cloud on top, each tier ordered by where its links reach into the tiers above
 * (the barycentre of those neighbours' places, one sweep down), so the children of a node sit together
 * under it. {@link TierRows} then wraps the tiers into rows.
 * <p>
 * Beyond a few hundred nodes every tier is wrapped anyway, so ELK's crossing minimisation no longer
 * shows in the drawing; it took 3 s for 5 000 nodes, and its layer spacing for long sloped links
 * left tiers tens of thousands of units apart.
 */
final class TieredLayout {
  private TieredLayout() {
  }

  static Result layout(Network network) {
    Map<String, Integer> groupsUnder = TopologyLayout.groupsUnder(network);
    Map<Node, Integer> index = new HashMap<>();
    TreeMap<Integer, List<Node>> tiers = new TreeMap<>();
    for (Node n : network.getNodes()) {
      index.put(n, index.size());
      tiers.computeIfAbsent(TopologyLayout.rank(n.getKind()), r -> new ArrayList<>()).add(n);
    }
    List<List<Integer>> neighbours = new ArrayList<>();
    for (int i = 0; i < index.size(); i++) neighbours.add(new ArrayList<>());
    List<Link> links = TopologyLayout.drawnLinks(network);
    for (Link l : links) {
      Integer a = index.get(l.getSource()), b = index.get(l.getTarget());
      if (a == null || b == null) throw new IllegalArgumentException("link '" + l.getId() + "' has an end outside the network");
      neighbours.get(a).add(b);
      neighbours.get(b).add(a);
    }
    // Place of each node within its tier, from 0 (left) to 1 (right); NaN while its tier is unordered.
    double[] place = new double[index.size()];
    Arrays.fill(place, Double.NaN);
    Map<String, Box> boxes = new LinkedHashMap<>();
    double widest = tiers.values().stream().mapToDouble(t -> t.size() * cell(t, groupsUnder)).max().orElse(0);
    double top = 0;
    for (List<Node> tier : tiers.values()) {
      List<Node> ordered = new ArrayList<>(tier);
      Map<Node, Double> key = new HashMap<>();
      for (Node n : tier) key.put(n, barycentre(neighbours.get(index.get(n)), place));
      // Nodes with no link upwards keep their model order, after the others (a stable sort).
      ordered.sort(Comparator.comparingDouble(n -> key.get(n).isNaN() ? Double.MAX_VALUE : key.get(n)));
      double height = tier.stream().mapToDouble(n -> TopologyLayout.size(n.getKind())[1]).max().orElse(0), cell = cell(tier, groupsUnder);
      double left = (widest - tier.size() * cell) / 2; // every tier centred on the widest
      for (int i = 0; i < ordered.size(); i++) {
        Node n = ordered.get(i);
        double[] wh = TopologyLayout.size(n.getKind());
        place[index.get(n)] = ordered.size() == 1 ? 0.5 : (double) i / (ordered.size() - 1);
        // Centred on the tier's middle line, as ELK leaves a layer, so TierRows finds the tier.
        boxes.put(n.getId(), new Box(left + i * cell, top + (height - wh[1]) / 2, wh[0], wh[1]));
      }
      top += height + TierRows.TIER_GAP;
    }
    Map<String, String[]> ends = new HashMap<>();
    for (Link l : links) ends.put(l.getId(), new String[] { l.getSource().getId(), l.getTarget().getId() });
    // Links are drawn once, after the tiers are wrapped.
    return TierRows.straight(TierRows.wrapped(boxes, groupsUnder), ends);
  }

  /** Width of a tier's place per node: its widest kind, or row of device groups under a node, and a gap. */
  private static double cell(List<Node> tier, Map<String, Integer> groupsUnder) {
    return tier.stream().mapToDouble(n -> Math.max(TopologyLayout.size(n.getKind())[0], TopologyLayout.groupsWidth(groupsUnder.getOrDefault(n.getId(), 0))))
        .max().orElse(0) + TierRows.COLUMN_GAP;
  }

  /** Mean place of the neighbours already placed (those in the tiers above), or NaN if none is. */
  private static double barycentre(List<Integer> neighbours, double[] place) {
    double sum = 0;
    int placed = 0;
    for (int n : neighbours) {
      if (Double.isNaN(place[n])) continue;
      sum += place[n];
      placed++;
    }
    return placed == 0 ? Double.NaN : sum / placed;
  }
}
