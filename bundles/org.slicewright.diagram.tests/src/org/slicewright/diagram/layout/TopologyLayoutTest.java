package org.slicewright.diagram.layout;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.topology.Network;
import org.slicewright.model.topology.TopologyFactory;
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
    // A second group under every AP: groups side by side must not reach the neighbour's either.
    for (UserDeviceGroup g : List.copyOf(net.getDeviceGroups())) {
      UserDeviceGroup second = TopologyFactory.eINSTANCE.createUserDeviceGroup();
      second.setId(g.getId() + "-b");
      second.setAttachedTo(g.getAttachedTo());
      net.getDeviceGroups().add(second);
    }
    TopologyLayout.Result r = TopologyLayout.layout(net);
    // Where the diagram hangs each group: GROUP_BELOW under its serving node, side by side from its left.
    Map<String, TopologyLayout.Box> shapes = new HashMap<>(r.nodes());
    Map<String, Integer> placed = new HashMap<>();
    for (UserDeviceGroup g : net.getDeviceGroups()) {
      TopologyLayout.Box at = r.nodes().get(g.getAttachedTo().getId());
      int i = placed.merge(at.toString(), 1, Integer::sum) - 1;
      shapes.put(g.getId(), new TopologyLayout.Box(at.x() + i * (TopologyLayout.GROUP_WIDTH + TopologyLayout.GROUP_GAP), at.y() + at.height() + TopologyLayout.GROUP_BELOW,
          TopologyLayout.GROUP_WIDTH, TopologyLayout.GROUP_HEIGHT));
    }
    List<Map.Entry<String, TopologyLayout.Box>> all = List.copyOf(shapes.entrySet());
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        TopologyLayout.Box a = all.get(i).getValue(), b = all.get(j).getValue();
        boolean overlap = a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height() && b.y() < a.y() + a.height();
        assertFalse(overlap, all.get(i).getKey() + " and " + all.get(j).getKey() + " overlap");
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
