package org.slicewright.diagram.glsp;

import java.util.HashMap;
import java.util.Map;

import org.slicewright.diagram.layout.TopologyLayout;
import org.slicewright.model.topology.Node;

/**
 * Where device groups go when the diagram places them (never placed, or "Layout"): side by side in a
 * row under their serving node; groups serving no node in a row above the drawing.
 */
final class GroupPlacement {
  private static final double GAP = TopologyLayout.GROUP_GAP, BELOW = TopologyLayout.GROUP_BELOW;
  private final Map<Node, Integer> placedUnder = new HashMap<>();

  /** The box of the next group served by {@code node}, drawn at {@code at} (both null: no serving node). */
  TopologyLayout.Box next(Node node, TopologyLayout.Box at) {
    int i = placedUnder.merge(node, 1, Integer::sum) - 1; // HashMap takes a null key: the unattached row
    double x = (at == null ? 0 : at.x()) + i * (TopologyTypes.GROUP_WIDTH + GAP);
    double y = at == null ? -TopologyTypes.GROUP_HEIGHT - BELOW : at.y() + at.height() + BELOW;
    return new TopologyLayout.Box(x, y, TopologyTypes.GROUP_WIDTH, TopologyTypes.GROUP_HEIGHT);
  }
}
