package org.slicewright.diagram.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.slicewright.model.topology.Link;
import org.slicewright.model.topology.Network;
import org.slicewright.model.topology.Node;
import org.slicewright.model.topology.NodeKind;
import org.slicewright.model.topology.UserDeviceGroup;

/**
 * Lays out a topology top-down from the cloud to the end devices, with Eclipse ELK's layered algorithm
 * or, for large networks, by tiers ({@link TieredLayout}); a tier too wide to read is wrapped into rows
 * ({@link TierRows}). What the topology diagram's "auto-layout" runs. Headless (no SWT), so the diagram server,
 * the CLI and tests share it. Node sizes follow the node kind; the result is a position per node id
 * and the route of every link.
 */
public final class TopologyLayout {
  static {
    // In plain Java (tests, CLI) nothing registers ELK's algorithms; registering twice is harmless.
    LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
  }

  /** A laid-out node: top-left corner and size, in diagram units. */
  public record Box(double x, double y, double width, double height) {
  }

  /** The route of a link: start, bend points, end. */
  public record Route(String link, List<double[]> points) {
  }

  public record Result(Map<String, Box> nodes, List<Route> links, double width, double height) {
  }

  private TopologyLayout() {
  }

  /** Width and height of a node of a kind (base stations larger than devices). */
  public static double[] size(NodeKind k) {
    // Wide enough for the kind and a typical name ("Small cell office-north") in the diagram's font.
    return switch (k) {
      case CLOUD, MACRO_BS -> new double[] { 150, 48 };
      case SMALL_BS, ACCESS_POINT, EDGE_SERVER, BOARD -> new double[] { 130, 40 };
      default -> new double[] { 100, 34 };
    };
  }

  /** Size of a user-device group's shape, and the gap between groups side by side. */
  public static final double GROUP_WIDTH = 120, GROUP_HEIGHT = 34, GROUP_GAP = 10;
  /** Device groups hang in a row this far under the node serving them; a wrapped tier leaves room for them. */
  public static final double GROUP_BELOW = 40;

  /** How many device groups hang under each node that has some, by node id. */
  static Map<String, Integer> groupsUnder(Network network) {
    Map<String, Integer> counts = new HashMap<>();
    for (UserDeviceGroup g : network.getDeviceGroups()) if (g.getAttachedTo() != null) counts.merge(g.getAttachedTo().getId(), 1, Integer::sum);
    return counts;
  }

  /** Width of a row of {@code count} device groups side by side. */
  static double groupsWidth(int count) {
    return count == 0 ? 0 : count * GROUP_WIDTH + (count - 1) * GROUP_GAP;
  }

  /** Networks up to this many nodes are laid out by ELK (seven crossing-minimisation passes); larger ones by {@link TieredLayout}. */
  public static final int LAYERED_UP_TO = 500;

  /** The layout the diagram, {@code layout} and the "Layout" command use: by ELK, or tiered for a large network. */
  public static Result layout(Network network) {
    return network.getNodes().size() <= LAYERED_UP_TO ? layered(network, true) : tiered(network);
  }

  /** A tier per level of the network, each ordered under its links upwards and wrapped into rows: a sort per tier. */
  public static Result tiered(Network network) {
    return TieredLayout.layout(network);
  }

  /**
   * ELK layered.
   *
   * @param thorough false for large topologies: one crossing-minimisation pass instead of ELK's
   *        default seven (the layout stays layered and readable; crossings are not minimised as hard)
   */
  public static Result layered(Network network, boolean thorough) {
    ElkNode root = ElkGraphUtil.createGraph();
    root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
    root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
    root.setProperty(LayeredOptions.SPACING_NODE_NODE, 20.0);
    root.setProperty(LayeredOptions.THOROUGHNESS, thorough ? 7 : 1);
    // Straight segments between layers: orthogonal routing gives every edge its own horizontal
    // track, which for thousands of uplinks costs most of the time and makes the drawing tall.
    root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
    if (!thorough) root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.SIMPLE);
    Map<Node, ElkNode> nodes = new LinkedHashMap<>();
    for (Node n : network.getNodes()) {
      ElkNode e = ElkGraphUtil.createNode(root);
      double[] wh = size(n.getKind());
      e.setDimensions(wh[0], wh[1]);
      e.setIdentifier(n.getId());
      nodes.put(n, e);
    }
    Map<ElkEdge, Link> edges = new HashMap<>();
    Map<String, String[]> ends = new HashMap<>();
    for (Link l : drawnLinks(network)) {
      ends.put(l.getId(), new String[] { l.getSource().getId(), l.getTarget().getId() });
      ElkNode a = nodes.get(l.getSource()), b = nodes.get(l.getTarget());
      if (a == null || b == null) throw new IllegalArgumentException("link '" + l.getId() + "' has an end outside the network");
      // Edges point down the hierarchy (cloud first), so layering follows the network's tiers.
      boolean down = rank(l.getSource().getKind()) <= rank(l.getTarget().getKind());
      edges.put(ElkGraphUtil.createSimpleEdge(down ? a : b, down ? b : a), l);
    }
    new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
    Map<String, Box> boxes = new LinkedHashMap<>();
    nodes.forEach((n, e) -> boxes.put(n.getId(), new Box(e.getX(), e.getY(), e.getWidth(), e.getHeight())));
    List<Route> routes = new ArrayList<>();
    for (Map.Entry<ElkEdge, Link> en : edges.entrySet()) {
      List<double[]> pts = new ArrayList<>();
      for (ElkEdgeSection s : en.getKey().getSections()) {
        pts.add(new double[] { s.getStartX(), s.getStartY() });
        s.getBendPoints().forEach(p -> pts.add(new double[] { p.getX(), p.getY() }));
        pts.add(new double[] { s.getEndX(), s.getEndY() });
      }
      routes.add(new Route(en.getValue().getId(), pts));
    }
    routes.sort(Comparator.comparing(Route::link));
    return TierRows.wrap(new Result(boxes, routes, root.getWidth(), root.getHeight()), ends, groupsUnder(network));
  }

  /** The links with both ends set: the diagram draws only these (validation reports the others). */
  static List<Link> drawnLinks(Network network) {
    return network.getLinks().stream().filter(l -> l.getSource() != null && l.getTarget() != null).toList();
  }

  /** Tier of a kind, 0 for the cloud down to 4 for end devices. */
  public static int rank(NodeKind k) {
    return switch (k) {
      case CLOUD -> 0;
      case MACRO_BS -> 1;
      case EDGE_SERVER, SMALL_BS -> 2;
      case ACCESS_POINT, BOARD -> 3;
      default -> 4;
    };
  }
}
