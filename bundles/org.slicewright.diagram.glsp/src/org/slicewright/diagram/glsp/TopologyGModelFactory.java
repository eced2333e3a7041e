package org.slicewright.diagram.glsp;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.builder.impl.GEdgeBuilder;
import org.eclipse.glsp.graph.builder.impl.GEdgePlacementBuilder;
import org.eclipse.glsp.graph.builder.impl.GLabelBuilder;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.slicewright.diagram.layout.TopologyLayout;
import org.slicewright.model.topology.Link;
import org.slicewright.model.topology.Network;
import org.slicewright.model.topology.Node;
import org.slicewright.model.topology.UserDeviceGroup;

import com.google.inject.Inject;

/**
 * Draws a scenario's network: a node per physical node (by kind), a node per user-device group, an
 * edge per link labelled with its bandwidth and latency, and an edge from each group to its serving
 * node. Positions are the model's own ({@code diagramX/Y}); nodes never placed are laid out by
 * {@link TopologyLayout} once per set of unplaced nodes, for every diagram of the network
 * ({@link ScenarioDomains#autoLayout}), so an unsaved layout costs no layout run per refresh or page.
 */
public class TopologyGModelFactory implements GModelFactory {
  /**
   * Links carry their bandwidth and latency as a label up to this many links. Beyond, the labels
   * overlap into an unreadable band and measuring them is most of the browser's work on opening
   * (5 000 nodes / 20 000 links: 10 s of the 12 s); the values stay in the Properties view.
   */
  static final int MAX_LABELLED_LINKS = 2000;

  @Inject
  protected ScenarioModelState state;
  @Inject
  protected ScenarioDomains domains;

  @Override
  public void createGModel() {
    GGraph root = new GGraphBuilder().id("topology").build();
    state.readModel(() -> {
      state.clearDrawn();
      fill(root);
    });
    state.updateRoot(root);
  }

  private void fill(GModelRoot root) {
    Network net = state.getScenario().getNetwork();
    if (net == null) return;
    Map<String, TopologyLayout.Box> placed = placements(net);
    Map<String, List<String>> overlay = state.getFile() == null ? Map.of() : domains.overlay(state.getFile());
    for (Node n : net.getNodes()) {
      state.drawn(n);
      root.getChildren().add(node(n, placed.get(n.getId()), overlay));
    }
    for (UserDeviceGroup g : net.getDeviceGroups()) {
      state.drawn(g);
      root.getChildren().add(group(g, placed.get(g.getId())));
    }
    boolean labelled = net.getLinks().size() <= MAX_LABELLED_LINKS;
    for (Link l : net.getLinks()) {
      if (l.getSource() == null || l.getTarget() == null) continue; // validation reports it
      state.drawn(l);
      root.getChildren().add(link(l, overlay, labelled));
    }
    for (UserDeviceGroup g : net.getDeviceGroups()) {
      if (g.getAttachedTo() != null) root.getChildren().add(attachment(g));
    }
  }

  /** Boxes of every node and group: the model's, or the shared layout's for those not placed yet. */
  Map<String, TopologyLayout.Box> placements(Network net) {
    Map<String, TopologyLayout.Box> boxes = new HashMap<>();
    boolean missing = false;
    for (Node n : net.getNodes()) {
      if (n.getDiagramWidth() > 0) boxes.put(n.getId(), new TopologyLayout.Box(n.getDiagramX(), n.getDiagramY(), n.getDiagramWidth(), n.getDiagramHeight()));
      else missing = true;
    }
    if (missing) {
      Map<String, TopologyLayout.Box> auto = domains.autoLayout(net);
      for (Node n : net.getNodes()) boxes.putIfAbsent(n.getId(), auto.get(n.getId()));
    }
    // Groups never placed sit under their serving node, side by side.
    GroupPlacement groups = new GroupPlacement();
    for (UserDeviceGroup g : net.getDeviceGroups()) {
      if (g.getDiagramWidth() > 0) {
        boxes.put(g.getId(), new TopologyLayout.Box(g.getDiagramX(), g.getDiagramY(), g.getDiagramWidth(), g.getDiagramHeight()));
      } else {
        boxes.put(g.getId(), groups.next(g.getAttachedTo(), g.getAttachedTo() == null ? null : boxes.get(g.getAttachedTo().getId())));
      }
    }
    return boxes;
  }

  private GNode node(Node n, TopologyLayout.Box b, Map<String, List<String>> overlay) {
    return shape(new GNodeBuilder(TopologyTypes.nodeType(n.getKind())), n.getId(), b)
        .addCssClass("kind-" + n.getKind().getLiteral().toLowerCase(Locale.ROOT))
        .addCssClasses(overlay.getOrDefault(n.getId(), List.of()))
        .addAll(labels(n.getId(), TopologyTypes.abbreviation(n.getKind()), display(n.getName(), n.getId()), b))
        .build();
  }

  private GNode group(UserDeviceGroup g, TopologyLayout.Box b) {
    return shape(new GNodeBuilder(TopologyTypes.DEVICE_GROUP), g.getId(), b).addCssClass("device-group")
        .addAll(labels(g.getId(), g.getSize() + " devices", display(g.getName(), g.getId()), b))
        .build();
  }

  private static GNodeBuilder shape(GNodeBuilder b, String id, TopologyLayout.Box box) {
    return b.id(id).position(box.x(), box.y()).size(box.width(), box.height());
  }

  /**
   * The kind (small, bold) over the name, centred: positions are text baselines relative to the node;
   * the client centres the text on them (text-anchor: middle), so nothing needs measuring.
   */
  private static List<GLabel> labels(String id, String kind, String name, TopologyLayout.Box b) {
    double middle = b.width() / 2, top = Math.max(4, (b.height() - 26) / 2);
    return List.of(
        new GLabelBuilder(TopologyTypes.KIND_LABEL).id(id + "_kind").text(kind).position(middle, top + 9).build(),
        new GLabelBuilder(TopologyTypes.NAME_LABEL).id(id + "_name").text(name).position(middle, top + 23).build());
  }

  private GEdge link(Link l, Map<String, List<String>> overlay, boolean labelled) {
    GEdgeBuilder b = new GEdgeBuilder(TopologyTypes.LINK).id(l.getId())
        .sourceId(l.getSource().getId()).targetId(l.getTarget().getId())
        .addCssClasses(overlay.getOrDefault(l.getId(), List.of()));
    if (labelled) {
      b.add(new GLabelBuilder(TopologyTypes.LINK_LABEL).id(l.getId() + "_label").text(linkLabel(l))
          .edgePlacement(new GEdgePlacementBuilder().side("on").position(labelPosition(l)).rotate(false).offset(0).build()).build());
    }
    return b.build();
  }

  private static GEdge attachment(UserDeviceGroup g) {
    return new GEdgeBuilder(TopologyTypes.ATTACHMENT).id(TopologyTypes.ATTACHMENT_ID_PREFIX + g.getId())
        .sourceId(g.getId()).targetId(g.getAttachedTo().getId()).addCssClass("attachment").build();
  }

  /**
   * Where along a link its label sits: near the lower-tier end, where links fanning out of a base
   * station are far apart (at the middle the labels of a fan overlap).
   */
  static double labelPosition(Link l) {
    return TopologyLayout.rank(l.getSource().getKind()) >= TopologyLayout.rank(l.getTarget().getKind()) ? 0.2 : 0.8;
  }

  /** "1 Gbit/s · 13.4 ms": what a planner checks on a link at a glance. */
  static String linkLabel(Link l) {
    double bw = l.getBandwidthMbps();
    String band = bw >= 1000 ? fmt(bw / 1000) + " Gbit/s" : fmt(bw) + " Mbit/s";
    return band + " \u00b7 " + fmt(l.getLatencyMeanMs()) + " ms";
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.3g", v);
  }

  private static String display(String name, String id) {
    return name == null || name.isBlank() ? id : name;
  }
}
