package org.slicewright.diagram.glsp.operations;

import org.slicewright.model.topology.Node;
import org.slicewright.model.topology.NodeKind;
import org.slicewright.model.topology.TopologyFactory;
import org.slicewright.model.util.NodeKindDefaults;

/** A node drawn from the palette: its kind's {@link NodeKindDefaults} and an id from its kind's stem. */
final class NodeDefaults {
  private NodeDefaults() {
  }

  static Node create(NodeKind kind, String id) {
    Node n = TopologyFactory.eINSTANCE.createNode();
    n.setId(id);
    n.setName(id);
    n.setKind(kind);
    NodeKindDefaults.of(kind).applyTo(n);
    return n;
  }

  /** Id stem of a kind: "ap" for access points, "board" for boards. */
  static String stem(NodeKind kind) {
    return switch (kind) {
      case MACRO_BS -> "mbs";
      case SMALL_BS -> "sbs";
      case ACCESS_POINT -> "ap";
      case EDGE_SERVER -> "edge";
      case BOARD -> "board";
      case CLOUD -> "cloud";
      case END_DEVICE -> "ue";
    };
  }
}
