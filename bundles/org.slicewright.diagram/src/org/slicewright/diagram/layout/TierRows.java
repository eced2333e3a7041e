package org.slicewright.diagram.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.slicewright.diagram.layout.TopologyLayout.Box;
import org.slicewright.diagram.layout.TopologyLayout.Result;
import org.slicewright.diagram.layout.TopologyLayout.Route;

/**
 * Wraps a tier too wide to read into rows. ELK's layered layout puts all nodes of a tier side by side:
 * the 32 access points of the pooling example made one row 5 000 units wide, so at Fit their labels
 * were a few pixels high. A tier of more than {@link #perRow} nodes is broken, in its left-to-right
 * order, into rows centred where the tier was; then every tier is stacked {@link #TIER_GAP} below the
 * one above, and links are drawn straight, from the bottom of the upper node to the top of the lower
 * one. A layout with no tier too wide is left as it is.
 */
final class TierRows {
  static final double COLUMN_GAP = 20, ROW_GAP = 30;
  /** Between the last row of a tier and the next tier: room for the links between them to fan out. */
  static final double TIER_GAP = 120;
  /** Left of the drawing, as ELK leaves it. */
  static final double MARGIN = 12;

  private TierRows() {
  }

  /**
   * Nodes per row: at least 8, and for large networks a drawing shaped like a wide screen (16:10): with
   * cells about 150 x 70 units, sqrt(n x 70 / 150 x 1.6), about sqrt(0.75 n).
   */
  static int perRow(int nodes) {
    return Math.max(8, (int) Math.ceil(Math.sqrt(0.75 * nodes)));
  }

  /**
   * The layout with its wide tiers wrapped and its links drawn straight, or the layout itself when no
   * tier is too wide.
   *
   * @param ends per link id, its source and target node ids
   * @param groupsUnder how many device groups hang under a node, by node id (nodes with none left out)
   */
  static Result wrap(Result r, Map<String, String[]> ends, Map<String, Integer> groupsUnder) {
    Map<String, Box> boxes = wrapped(r.nodes(), groupsUnder);
    return boxes == r.nodes() ? r : straight(boxes, ends);
  }

  /**
   * The boxes with every tier too wide wrapped into rows and the tiers stacked; the boxes themselves
   * when none is too wide. A wrapped tier whose nodes serve device groups leaves room for the groups
   * under each node, below it and beside it (otherwise they cover the next row or the neighbour's).
   */
  static Map<String, Box> wrapped(Map<String, Box> nodes, Map<String, Integer> groupsUnder) {
    int perRow = perRow(nodes.size());
    TreeMap<Long, List<String>> tiers = new TreeMap<>();
    // A tier by the centre line of its nodes: ELK centres nodes of different heights in one layer.
    nodes.forEach((id, b) -> tiers.computeIfAbsent(Math.round(b.y() + b.height() / 2), y -> new ArrayList<>()).add(id));
    if (tiers.values().stream().noneMatch(t -> t.size() > perRow)) return nodes;
    Map<String, Box> boxes = new LinkedHashMap<>(nodes);
    // Tiers are stacked TIER_GAP apart: the links are redrawn straight below, so ELK's layer spacing
    // (grown for long sloped links, up to tens of thousands of units) no longer serves a purpose.
    double nextTop = tiers.isEmpty() ? 0 : tiers.firstEntry().getValue().stream().mapToDouble(id -> boxes.get(id).y()).min().orElse(0);
    for (List<String> tier : tiers.values()) {
      List<String> ids = new ArrayList<>(tier);
      ids.sort(Comparator.comparingDouble(id -> boxes.get(id).x()));
      double oldTop = ids.stream().mapToDouble(id -> boxes.get(id).y()).min().orElse(0);
      double height = ids.stream().mapToDouble(id -> boxes.get(id).height()).max().orElse(0);
      if (ids.size() <= perRow) {
        double extent = ids.stream().mapToDouble(id -> boxes.get(id).y() - oldTop + boxes.get(id).height()).max().orElse(0);
        for (String id : ids) boxes.put(id, moved(boxes.get(id), boxes.get(id).x(), nextTop + boxes.get(id).y() - oldTop));
        nextTop += extent + TIER_GAP;
        continue;
      }
      double cell = ids.stream().mapToDouble(id -> Math.max(boxes.get(id).width(), TopologyLayout.groupsWidth(groupsUnder.getOrDefault(id, 0)))).max().orElse(0)
          + COLUMN_GAP;
      boolean withGroups = ids.stream().anyMatch(groupsUnder::containsKey);
      double rowHeight = height + ROW_GAP + (withGroups ? TopologyLayout.GROUP_BELOW + TopologyLayout.GROUP_HEIGHT : 0);
      Box first = boxes.get(ids.get(0)), last = boxes.get(ids.get(ids.size() - 1));
      double centre = (first.x() + last.x() + last.width()) / 2;
      int rows = (ids.size() + perRow - 1) / perRow;
      for (int row = 0; row < rows; row++) {
        List<String> inRow = ids.subList(row * perRow, Math.min(ids.size(), (row + 1) * perRow));
        double left = centre - inRow.size() * cell / 2 + COLUMN_GAP / 2;
        for (int i = 0; i < inRow.size(); i++) {
          Box b = boxes.get(inRow.get(i));
          boxes.put(inRow.get(i), moved(b, left + i * cell, nextTop + row * rowHeight + (height - b.height()) / 2));
        }
      }
      nextTop += rows * rowHeight - ROW_GAP + TIER_GAP;
    }
    // The drawing starts at the margin ELK leaves: wrapped rows centred on a wide tier's middle may
    // reach left of zero, or leave the left of the drawing empty.
    double minX = boxes.values().stream().mapToDouble(Box::x).min().orElse(0);
    boxes.replaceAll((id, b) -> moved(b, b.x() - minX + MARGIN, b.y()));
    return boxes;
  }

  /** A layout of these boxes with every link drawn straight, in the order of the links' ids. */
  static Result straight(Map<String, Box> boxes, Map<String, String[]> ends) {
    List<Route> routes = new ArrayList<>();
    ends.forEach((link, e) -> routes.add(new Route(link, straight(boxes.get(e[0]), boxes.get(e[1])))));
    routes.sort(Comparator.comparing(Route::link));
    double width = boxes.values().stream().mapToDouble(b -> b.x() + b.width()).max().orElse(0);
    double height = boxes.values().stream().mapToDouble(b -> b.y() + b.height()).max().orElse(0);
    return new Result(boxes, routes, width, height);
  }

  private static Box moved(Box b, double x, double y) {
    return new Box(x, y, b.width(), b.height());
  }

  /** From the upper node's bottom centre to the lower node's top centre (centre to centre within a row). */
  static List<double[]> straight(Box a, Box b) {
    Box upper = a.y() <= b.y() ? a : b, lower = upper == a ? b : a;
    boolean sameRow = Math.abs(a.y() - b.y()) < 1e-9;
    double[] from = { upper.x() + upper.width() / 2, upper.y() + (sameRow ? upper.height() / 2 : upper.height()) };
    double[] to = { lower.x() + lower.width() / 2, lower.y() + (sameRow ? lower.height() / 2 : 0) };
    return upper == a ? List.of(from, to) : List.of(to, from);
  }
}
