package org.slicewright.diagram.glsp.operations;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.slicewright.diagram.glsp.TopologyTypes;
import org.slicewright.model.topology.Identified;
import org.slicewright.model.topology.Link;
import org.slicewright.model.topology.Network;
import org.slicewright.model.topology.Node;
import org.slicewright.model.topology.TopologyPackage.Literals;
import org.slicewright.model.topology.UserDeviceGroup;

/**
 * Deletes nodes, groups, links and attachments. A deleted node takes its links with it (a link
 * without an end is not a link); EMF's DeleteCommand clears every other reference to what is deleted
 * (VNF placements, VAPs, twins), and validation then names what lost its node.
 */
public class DeleteTopologyHandler extends ScenarioOperationHandler<DeleteOperation> {

  @Override
  public Optional<Command> createCommand(DeleteOperation op) {
    Network net = state.getScenario().getNetwork();
    if (net == null) return doNothing();
    Set<EObject> doomed = new LinkedHashSet<>();
    TopologyEdits edits = new TopologyEdits(state);
    for (String id : op.getElementIds()) {
      if (id.startsWith(TopologyTypes.ATTACHMENT_ID_PREFIX)) {
        state.element(id.substring(TopologyTypes.ATTACHMENT_ID_PREFIX.length()), UserDeviceGroup.class)
            .ifPresent(g -> edits.set(g, Literals.USER_DEVICE_GROUP__ATTACHED_TO, null));
        continue;
      }
      state.element(id).ifPresent(o -> {
        if (o instanceof Node || o instanceof Link || o instanceof UserDeviceGroup) doomed.add(o);
      });
    }
    for (Link l : net.getLinks()) {
      if (doomed.contains(l.getSource()) || doomed.contains(l.getTarget())) doomed.add(l);
    }
    if (!doomed.isEmpty()) edits.add(new DeleteCommand(edits.domain(), doomed));
    return edits.command(doomed.size() == 1 ? "Delete " + label(doomed.iterator().next()) : "Delete " + doomed.size() + " elements");
  }

  private static String label(EObject o) {
    return o instanceof Identified i ? i.getId() : o.eClass().getName();
  }
}
