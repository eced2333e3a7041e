package org.slicewright.diagram.glsp.operations;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.server.operations.ReconnectEdgeOperation;
import org.slicewright.diagram.glsp.TopologyTypes;
import org.slicewright.model.topology.Link;
import org.slicewright.model.topology.Node;
import org.slicewright.model.topology.TopologyPackage.Literals;
import org.slicewright.model.topology.UserDeviceGroup;

/** Drags a link's end (or a group's attachment) to another node. */
public class ReconnectHandler extends ScenarioOperationHandler<ReconnectEdgeOperation> {

  @Override
  public Optional<Command> createCommand(ReconnectEdgeOperation op) {
    Optional<EObject> source = state.element(op.getSourceElementId());
    Optional<EObject> target = state.element(op.getTargetElementId());
    TopologyEdits edits = new TopologyEdits(state);
    String edge = op.getEdgeElementId();
    if (edge.startsWith(TopologyTypes.ATTACHMENT_ID_PREFIX)) {
      Optional<UserDeviceGroup> g = state.element(edge.substring(TopologyTypes.ATTACHMENT_ID_PREFIX.length()), UserDeviceGroup.class);
      if (g.isEmpty() || target.isEmpty() || !(target.get() instanceof Node n)) return doNothing();
      return edits.set(g.get(), Literals.USER_DEVICE_GROUP__ATTACHED_TO, n).command("Attach " + g.get().getId() + " to " + n.getId());
    }
    Optional<Link> link = state.element(edge, Link.class);
    if (link.isEmpty() || source.isEmpty() || target.isEmpty()) return doNothing();
    if (!(source.get() instanceof Node a) || !(target.get() instanceof Node b) || a == b) return doNothing();
    return edits.set(link.get(), Literals.LINK__SOURCE, a).set(link.get(), Literals.LINK__TARGET, b)
        .command("Reconnect " + link.get().getId());
  }
}
