package org.slicewright.diagram.glsp.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.slicewright.diagram.glsp.TopologyTypes;
import org.slicewright.diagram.layout.TopologyLayout;
import org.slicewright.model.topology.Network;
import org.slicewright.model.topology.Node;
import org.slicewright.model.topology.NodeKind;
import org.slicewright.model.topology.TopologyFactory;
import org.slicewright.model.topology.TopologyPackage.Literals;
import org.slicewright.model.topology.UserDeviceGroup;
import org.slicewright.model.util.ScenarioIds;

/** Palette: adds a node of the chosen kind, or a user-device group, where the planner clicked. */
public class CreateTopologyNodeHandler extends ScenarioCreateHandler<CreateNodeOperation> {

  public CreateTopologyNodeHandler() {
    super(types());
  }

  private static List<String> types() {
    List<String> t = new ArrayList<>(TopologyTypes.nodeTypes());
    t.add(TopologyTypes.DEVICE_GROUP);
    return t;
  }

  @Override
  public Optional<Command> createCommand(CreateNodeOperation op) {
    Network net = state.getScenario().getNetwork();
    if (net == null) return doNothing();
    GPoint at = op.getLocation().orElse(GraphUtil.point(0, 0));
    TopologyEdits edits = new TopologyEdits(state);
    Optional<NodeKind> kind = TopologyTypes.nodeKind(op.getElementTypeId());
    if (kind.isPresent()) {
      Node n = NodeDefaults.create(kind.get(), ScenarioIds.fresh(ScenarioIds.used(net), NodeDefaults.stem(kind.get()), "1"));
      double[] wh = TopologyLayout.size(kind.get());
      n.setDiagramX(at.getX());
      n.setDiagramY(at.getY());
      n.setDiagramWidth(wh[0]);
      n.setDiagramHeight(wh[1]);
      edits.add(new AddCommand(edits.domain(), net, Literals.NETWORK__NODES, n));
      return edits.command("Create " + TopologyTypes.label(kind.get()).toLowerCase(Locale.ROOT));
    }
    UserDeviceGroup g = TopologyFactory.eINSTANCE.createUserDeviceGroup();
    String id = ScenarioIds.fresh(ScenarioIds.used(net), "group", "1");
    g.setId(id);
    g.setName(id);
    g.setSize(10);
    g.setDiagramX(at.getX());
    g.setDiagramY(at.getY());
    g.setDiagramWidth(TopologyTypes.GROUP_WIDTH);
    g.setDiagramHeight(TopologyTypes.GROUP_HEIGHT);
    edits.add(new AddCommand(edits.domain(), net, Literals.NETWORK__DEVICE_GROUPS, g));
    return edits.command("Create device group");
  }

  @Override
  public String getLabel() { return "Create node"; }
}
