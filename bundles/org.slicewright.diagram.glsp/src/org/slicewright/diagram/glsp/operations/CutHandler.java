package org.slicewright.diagram.glsp.operations;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.CutOperation;
import org.eclipse.glsp.server.operations.DeleteOperation;

import com.google.inject.Inject;

/** Cut: the client has already copied the selection; the server deletes it from the scenario. */
public class CutHandler extends ScenarioOperationHandler<CutOperation> {
  @Inject
  protected DeleteTopologyHandler delete;

  @Override
  public Optional<Command> createCommand(CutOperation op) {
    return delete.createCommand(new DeleteOperation(op.getEditorContext().getSelectedElementIds()));
  }
}
