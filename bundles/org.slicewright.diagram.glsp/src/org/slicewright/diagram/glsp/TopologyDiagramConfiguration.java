package org.slicewright.diagram.glsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.glsp.graph.DefaultTypes;
import org.eclipse.glsp.graph.GraphPackage;
import org.eclipse.glsp.server.diagram.BaseDiagramConfiguration;
import org.eclipse.glsp.server.layout.ServerLayoutKind;
import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;

/** What the topology diagram's elements are and what a planner may do with each. */
public class TopologyDiagramConfiguration extends BaseDiagramConfiguration {

  @Override
  public Map<String, EClass> getTypeMappings() {
    Map<String, EClass> m = DefaultTypes.getDefaultTypeMappings();
    for (String t : TopologyTypes.nodeTypes()) m.put(t, GraphPackage.Literals.GNODE);
    m.put(TopologyTypes.DEVICE_GROUP, GraphPackage.Literals.GNODE);
    m.put(TopologyTypes.LINK, GraphPackage.Literals.GEDGE);
    m.put(TopologyTypes.ATTACHMENT, GraphPackage.Literals.GEDGE);
    m.put(TopologyTypes.NAME_LABEL, GraphPackage.Literals.GLABEL);
    m.put(TopologyTypes.KIND_LABEL, GraphPackage.Literals.GLABEL);
    m.put(TopologyTypes.LINK_LABEL, GraphPackage.Literals.GLABEL);
    return m;
  }

  @Override
  public List<ShapeTypeHint> getShapeTypeHints() {
    List<ShapeTypeHint> hints = new ArrayList<>();
    // repositionable, deletable, resizable, not reparentable: the topology is flat
    for (String t : TopologyTypes.nodeTypes()) hints.add(new ShapeTypeHint(t, true, true, true, false));
    hints.add(new ShapeTypeHint(TopologyTypes.DEVICE_GROUP, true, true, true, false));
    return hints;
  }

  @Override
  public List<EdgeTypeHint> getEdgeTypeHints() {
    List<String> nodes = TopologyTypes.nodeTypes();
    List<String> groups = List.of(TopologyTypes.DEVICE_GROUP);
    // repositionable, deletable, routable, not dynamic; allowed ends
    return List.of(new EdgeTypeHint(TopologyTypes.LINK, true, true, true, false, nodes, nodes),
        new EdgeTypeHint(TopologyTypes.ATTACHMENT, true, true, true, false, groups, nodes));
  }

  /**
   * The server places every label itself, so a model goes to the client in one message: with client
   * layout the browser first measures every element in a hidden copy of the diagram, which for
   * 5 000 nodes and 20 000 links took 8 to 10 s of the 15 s it took to open.
   */
  @Override
  public boolean needsClientLayout() {
    return false;
  }

  @Override
  public ServerLayoutKind getLayoutKind() {
    return ServerLayoutKind.MANUAL; // positions are the planner's; "Layout" replaces them on request
  }
}
