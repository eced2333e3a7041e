package org.slicewright.diagram.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.slicewright.diagram.layout.TopologyLayout.Box;
import org.slicewright.model.topology.Link;
import org.slicewright.model.topology.Network;
import org.slicewright.model.topology.Node;

class TieredLayoutTest {
  @Test
  void largeNetworkInTiersWithoutOverlapsAboutAsWideAsTall() {
    Network net = LayoutBench.network(5000, 20000, 1);
    TopologyLayout.Result r = TopologyLayout.layout(net);
    assertEquals(5000, r.nodes().size());
    assertEquals(20000, r.links().size());
    // Every node of a tier lies above every node of the tiers below it.
    TreeMap<Integer, double[]> span = new TreeMap<>(); // per rank: top, bottom
    for (Node n : net.getNodes()) {
      Box b = r.nodes().get(n.getId());
      span.merge(TopologyLayout.rank(n.getKind()), new double[] { b.y(), b.y() + b.height() }, (a, c) -> new double[] { Math.min(a[0], c[0]), Math.max(a[1], c[1]) });
    }
    double[] previous = null;
    for (double[] s : span.values()) {
      if (previous != null) assertEquals(TierRows.TIER_GAP, s[0] - previous[1], 1e-9, "tiers stacked one gap apart");
      previous = s;
    }
    assertNoOverlap(r);
    assertTrue(r.width() < 4 * r.height() && r.height() < 4 * r.width(), "width " + r.width() + ", height " + r.height());
    assertEquals(TierRows.MARGIN, r.nodes().values().stream().mapToDouble(Box::x).min().orElseThrow(), 1e-9);
  }

  @Test
  void childrenSitTogetherUnderTheirParent() {
    Network tree = LayoutBench.network(3000, 2999, 7); // one uplink per node: a tree
    TopologyLayout.Result r = TopologyLayout.layout(tree);
    // Reading order of each tier (row by row, left to right): a parent's children form one run.
    List<String> order = new ArrayList<>(r.nodes().keySet());
    order.sort(Comparator.comparingDouble((String id) -> r.nodes().get(id).y()).thenComparingDouble(id -> r.nodes().get(id).x()));
    Map<String, Integer> at = new HashMap<>();
    for (int i = 0; i < order.size(); i++) at.put(order.get(i), i);
    Map<String, List<Integer>> children = new HashMap<>();
    for (Link l : tree.getLinks()) children.computeIfAbsent(l.getSource().getId(), k -> new ArrayList<>()).add(at.get(l.getTarget().getId()));
    children.forEach((parent, places) -> {
      places.sort(null);
      assertEquals(places.size() - 1, places.get(places.size() - 1) - places.get(0), "children of " + parent + " are not together: " + places);
    });
  }

  @Test
  void sameNetworkSameLayout() {
    // Two copies of one network (other objects, other identity hashes): the layout may not depend on hash order.
    assertEquals(TopologyLayout.layout(LayoutBench.network(2000, 6000, 3)).nodes(), TopologyLayout.layout(LayoutBench.network(2000, 6000, 3)).nodes());
  }

  @Test
  void aTierLeftAsItIsAfterAWrappedOneIsStackedOneGapBelowIt() {
    // ELK-like input: a wide tier wrapped into rows, then a narrow tier far below it, then another.
    Map<String, Box> boxes = new LinkedHashMap<>();
    boxes.put("cloud", new Box(0, 0, 150, 48));
    for (int i = 0; i < 40; i++) boxes.put("small" + i, new Box(i * 150, 500, 130, 40));
    for (int i = 0; i < 3; i++) boxes.put("board" + i, new Box(i * 150, 5000, 130, 40));
    boxes.put("device", new Box(0, 9000, 100, 34));
    TopologyLayout.Result r = TierRows.wrap(new TopologyLayout.Result(boxes, List.of(), 6000, 9034), Map.of(), Map.of());
    double smallBottom = r.nodes().entrySet().stream().filter(e -> e.getKey().startsWith("small")).mapToDouble(e -> e.getValue().y() + e.getValue().height()).max().orElseThrow();
    assertEquals(smallBottom + TierRows.TIER_GAP, r.nodes().get("board0").y(), 1e-9);
    assertEquals(r.nodes().get("board0").y() + 40 + TierRows.TIER_GAP, r.nodes().get("device").y(), 1e-9);
    assertNoOverlap(r);
  }

  @Test
  void aLinkWithoutAnEndIsLeftOutAsTheDiagramLeavesItOut() {
    Network net = LayoutBench.network(800, 1600, 2);
    net.getLinks().get(0).setTarget(null); // an incomplete link: validation names it
    TopologyLayout.Result r = TopologyLayout.layout(net);
    assertEquals(1599, r.links().size());
    assertEquals(800, r.nodes().size());
  }

  @Test
  void layeredTiersAreStackedOneGapApartWhenWrapped() {
    // ELK spaces layers by the slope of their links: before, the tiers of this network were thousands of units apart.
    Network net = LayoutBench.network(400, 1600, 1);
    TopologyLayout.Result r = TopologyLayout.layered(net, true);
    double bottom = r.nodes().values().stream().mapToDouble(b -> b.y() + b.height()).max().orElseThrow();
    double rows = r.nodes().values().stream().mapToDouble(Box::y).distinct().count();
    assertTrue(bottom < rows * (48 + TierRows.ROW_GAP) + 5 * TierRows.TIER_GAP, "drawing " + bottom + " units tall for " + rows + " rows");
    assertNoOverlap(r);
  }

  /** No two node boxes overlap (sorted by x: only neighbours within a box's width are compared). */
  private static void assertNoOverlap(TopologyLayout.Result r) {
    List<Map.Entry<String, Box>> boxes = new ArrayList<>(r.nodes().entrySet());
    boxes.sort(Comparator.comparingDouble(e -> e.getValue().x()));
    for (int i = 0; i < boxes.size(); i++) {
      Box a = boxes.get(i).getValue();
      for (int j = i + 1; j < boxes.size() && boxes.get(j).getValue().x() < a.x() + a.width(); j++) {
        Box b = boxes.get(j).getValue();
        assertFalse(a.y() < b.y() + b.height() && b.y() < a.y() + a.height(), boxes.get(i).getKey() + " and " + boxes.get(j).getKey() + " overlap");
      }
    }
  }
}
