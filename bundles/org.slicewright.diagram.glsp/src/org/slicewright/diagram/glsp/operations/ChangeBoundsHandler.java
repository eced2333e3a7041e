package org.slicewright.diagram.glsp.operations;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;
import org.slicewright.model.topology.Node;
import org.slicewright.model.topology.UserDeviceGroup;

/** Move and resize: writes the new bounds into the scenario (one undoable step for a whole drag). */
public class ChangeBoundsHandler extends ScenarioOperationHandler<ChangeBoundsOperation> {

  @Override
  public Optional<Command> createCommand(ChangeBoundsOperation op) {
    TopologyEdits edits = new TopologyEdits(state);
    for (ElementAndBounds eb : op.getNewBounds()) {
      Optional<EObject> shown = state.element(eb.getElementId());
      if (shown.isEmpty() || !(shown.get() instanceof Node || shown.get() instanceof UserDeviceGroup)) continue;
      edits.bounds(shown.get(), eb.getNewPosition().getX(), eb.getNewPosition().getY(),
          eb.getNewSize().getWidth(), eb.getNewSize().getHeight());
    }
    return edits.command(op.getNewBounds().size() == 1 ? "Move " + op.getNewBounds().get(0).getElementId() : "Move elements");
  }
}
