package org.slicewright.diagram.glsp.operations;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.slicewright.diagram.glsp.TopologyTypes;
import org.slicewright.model.topology.Link;
import org.slicewright.model.topology.Network;
import org.slicewright.model.topology.Node;
import org.slicewright.model.topology.TopologyFactory;
import org.slicewright.model.topology.TopologyPackage.Literals;
import org.slicewright.model.topology.UserDeviceGroup;
import org.slicewright.model.util.ScenarioIds;

/**
 * Palette: a link between two nodes (1 Gbit/s, 1 ms until edited), or a device group's attachment to
 * its serving node. Connections the model cannot hold (a node to itself, a group to a group) are
 * refused, so the diagram never shows what the scenario does not contain.
 */
public class CreateConnectionHandler extends ScenarioCreateHandler<CreateEdgeOperation> {

  public CreateConnectionHandler() {
    super(List.of(TopologyTypes.LINK, TopologyTypes.ATTACHMENT));
  }

  @Override
  public Optional<Command> createCommand(CreateEdgeOperation op) {
    Network net = state.getScenario().getNetwork();
    var source = state.element(op.getSourceElementId());
    var target = state.element(op.getTargetElementId());
    if (net == null || source.isEmpty() || target.isEmpty()) return doNothing();
    TopologyEdits edits = new TopologyEdits(state);
    if (TopologyTypes.ATTACHMENT.equals(op.getElementTypeId())) {
      // Either direction: the group is attached to the node.
      UserDeviceGroup g = source.get() instanceof UserDeviceGroup sg ? sg : target.get() instanceof UserDeviceGroup tg ? tg : null;
      Node n = target.get() instanceof Node tn ? tn : source.get() instanceof Node sn ? sn : null;
      if (g == null || n == null) return doNothing();
      return edits.set(g, Literals.USER_DEVICE_GROUP__ATTACHED_TO, n).command("Attach " + g.getId() + " to " + n.getId());
    }
    if (!(source.get() instanceof Node a) || !(target.get() instanceof Node b) || a == b) return doNothing();
    Link l = TopologyFactory.eINSTANCE.createLink();
    String id = ScenarioIds.fresh(ScenarioIds.used(net), "link-" + a.getId() + "-" + b.getId(), "");
    l.setId(id);
    l.setName(id);
    l.setSource(a);
    l.setTarget(b);
    return edits.add(new AddCommand(edits.domain(), net, Literals.NETWORK__LINKS, l)).command("Create link");
  }

  @Override
  public String getLabel() { return "Create connection"; }
}
