package org.slicewright.diagram.glsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.server.actions.TriggerEdgeCreationAction;
import org.eclipse.glsp.server.actions.TriggerNodeCreationAction;
import org.eclipse.glsp.server.features.toolpalette.PaletteItem;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.slicewright.model.topology.NodeKind;

/** The tool palette: one tool per node kind, device groups, links and attachments, in tier order. */
public class TopologyPalette implements ToolPaletteItemProvider {
  @Override
  public List<PaletteItem> getItems(Map<String, String> args) {
    List<PaletteItem> nodes = new ArrayList<>();
    int i = 0;
    for (NodeKind k : new NodeKind[] { NodeKind.CLOUD, NodeKind.MACRO_BS, NodeKind.SMALL_BS, NodeKind.EDGE_SERVER,
        NodeKind.ACCESS_POINT, NodeKind.BOARD, NodeKind.END_DEVICE }) {
      nodes.add(new PaletteItem("create-" + TopologyTypes.nodeType(k), TopologyTypes.label(k),
          new TriggerNodeCreationAction(TopologyTypes.nodeType(k)), "symbol-class", String.valueOf((char) ('a' + i++))));
    }
    nodes.add(new PaletteItem("create-group", "User-device group", new TriggerNodeCreationAction(TopologyTypes.DEVICE_GROUP),
        "organization", "z"));
    List<PaletteItem> edges = List.of(
        new PaletteItem("create-link", "Link", new TriggerEdgeCreationAction(TopologyTypes.LINK), "arrow-both", "a"),
        new PaletteItem("create-attachment", "Attach group to node", new TriggerEdgeCreationAction(TopologyTypes.ATTACHMENT),
            "plug", "b"));
    return List.of(PaletteItem.createPaletteGroup("nodes", "Nodes", nodes, "symbol-property", "A"),
        PaletteItem.createPaletteGroup("connections", "Connections", edges, "symbol-property", "B"));
  }
}
