package org.slicewright.diagram.glsp;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slicewright.diagram.layout.TopologyLayout;
import org.slicewright.model.topology.NodeKind;

/** Element type ids of the topology diagram, shared with the web client (topology-diagram.ts). */
public final class TopologyTypes {
  public static final String DIAGRAM_TYPE = "slicewright-topology";
  public static final String NODE_PREFIX = "node:";
  public static final String DEVICE_GROUP = "group";
  public static final String LINK = "edge:link";
  /** A device group's attachment to its serving node (UserDeviceGroup.attachedTo). */
  public static final String ATTACHMENT = "edge:attachment";
  public static final String NAME_LABEL = "label:name";
  public static final String KIND_LABEL = "label:kind";
  public static final String LINK_LABEL = "label:link";
  /** Prefix of the GModel id of an attachment edge, followed by the group's id. */
  public static final String ATTACHMENT_ID_PREFIX = "attach:";
  /** Size of a user-device group's shape (the layout leaves room for it). */
  public static final double GROUP_WIDTH = TopologyLayout.GROUP_WIDTH, GROUP_HEIGHT = TopologyLayout.GROUP_HEIGHT;

  private TopologyTypes() {
  }

  /** {@code node:access_point} for ACCESS_POINT. */
  public static String nodeType(NodeKind kind) {
    return NODE_PREFIX + kind.getLiteral().toLowerCase(Locale.ROOT);
  }

  public static Optional<NodeKind> nodeKind(String type) {
    if (!type.startsWith(NODE_PREFIX)) return Optional.empty();
    return Optional.ofNullable(NodeKind.get(type.substring(NODE_PREFIX.length()).toUpperCase(Locale.ROOT)));
  }

  public static List<String> nodeTypes() {
    return Arrays.stream(NodeKind.values()).map(TopologyTypes::nodeType).toList();
  }

  /** Short text drawn inside a node, so kinds read without colour. */
  public static String abbreviation(NodeKind kind) {
    return switch (kind) {
      case MACRO_BS -> "MBS";
      case SMALL_BS -> "SBS";
      case ACCESS_POINT -> "AP";
      case EDGE_SERVER -> "EDGE";
      case BOARD -> "BOARD";
      case CLOUD -> "CLOUD";
      case END_DEVICE -> "UE";
    };
  }

  /** Palette label of a kind. */
  public static String label(NodeKind kind) {
    return switch (kind) {
      case MACRO_BS -> "Macro base station";
      case SMALL_BS -> "Small base station";
      case ACCESS_POINT -> "Access point";
      case EDGE_SERVER -> "Edge server";
      case BOARD -> "Edge board (AI accelerator)";
      case CLOUD -> "Cloud";
      case END_DEVICE -> "End device";
    };
  }
}
