package org.slicewright.diagram.layout;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.topology.Network;
import org.slicewright.model.topology.UserDeviceGroup;
import org.slicewright.examples.Examples;

class TopologyLayoutTest {
  @Test
  void layersTheNetworkTopDownWithoutOverlaps() {
    Scenario s = Examples.load("pooling-32ap");
    TopologyLayout.Result r = TopologyLayout.layout(s.getNetwork());
    assertEquals(s.getNetwork().getNodes().size(), r.nodes().size());
    assertEquals(s.getNetwork().getLinks().size(), r.links().size());
    TopologyLayout.Box cloud = r.nodes().get("cloud"), mbs = r.nodes().get("mbs"), ap = r.nodes().get("ap01");
    assertNotNull(cloud, r.nodes().keySet().toString());
    assertTrue(cloud.y() < mbs.y() && mbs.y() < ap.y(), "cloud above the macro BS above the APs");
    List<TopologyLayout.Box> boxes = List.copyOf(r.nodes().values());
    for (int i = 0; i < boxes.size(); i++) {
      for (int j = i + 1; j < boxes.size(); j++) {
        TopologyLayout.Box a = boxes.get(i), b = boxes.get(j);
        boolean overlap = a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height() && b.y() < a.y() + a.height();
        assertFalse(overlap, "nodes " + i + " and " + j + " overlap");
      }
    }
    for (TopologyLayout.Route route : r.links()) assertTrue(route.points().size() >= 2, route.link());
    // The 32 APs are wrapped into 4 rows (8 per row, the least), so the drawing is about as wide as it is tall, not 5 000 units wide.
    long apRows = s.getNetwork().getNodes().stream().filter(n -> n.getId().startsWith("ap")).mapToLong(n -> Math.round(r.nodes().get(n.getId()).y())).distinct().count();
    assertEquals(4, apRows);
    assertTrue(r.width() < 2 * r.height() + 1500, "width " + r.width() + ", height " + r.height());
  }

  @Test
  void wrappedRowsLeaveRoomForTheDeviceGroupsUnderTheirNodes() {
    Network net = Examples.load("pooling-32ap").getNetwork();
    TopologyLayout.Result r = TopologyLayout.layout(net);
    // Where the diagram hangs each group: GROUP_BELOW under its serving node (one group per AP here).
    for (UserDeviceGroup g : net.getDeviceGroups()) {
      TopologyLayout.Box at = r.nodes().get(g.getAttachedTo().getId());
      double top = at.y() + at.height() + TopologyLayout.GROUP_BELOW;
      for (Map.Entry<String, TopologyLayout.Box> n : r.nodes().entrySet()) {
        TopologyLayout.Box b = n.getValue();
        boolean overlap = at.x() < b.x() + b.width() && b.x() < at.x() + TopologyLayout.GROUP_WIDTH && top < b.y() + b.height() && b.y() < top + TopologyLayout.GROUP_HEIGHT;
        assertFalse(overlap, g.getId() + " would cover " + n.getKey());
      }
    }
  }

  @Test
  void sameNetworkSameLayout() {
    Scenario s = Examples.load("hetero-edge");
    TopologyLayout.Result a = TopologyLayout.layout(s.getNetwork()), b = TopologyLayout.layout(s.getNetwork());
    assertEquals(a.nodes(), b.nodes());
  }
}
