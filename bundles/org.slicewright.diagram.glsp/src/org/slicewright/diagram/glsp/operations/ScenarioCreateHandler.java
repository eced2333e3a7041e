package org.slicewright.diagram.glsp.operations;

import java.util.List;

import org.eclipse.glsp.server.operations.CreateOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.eclipse.glsp.server.operations.Operation;

/** A palette tool's handler: creates scenario elements of the element types it lists. */
public abstract class ScenarioCreateHandler<O extends CreateOperation> extends ScenarioOperationHandler<O>
    implements
      CreateOperationHandler<O> {
  private final List<String> types;

  protected ScenarioCreateHandler(List<String> types) {
    this.types = List.copyOf(types);
  }

  @Override
  public List<String> getHandledElementTypeIds() { return types; }

  @Override
  public boolean handles(Operation operation) {
    return super.handles(operation) && types.contains(((CreateOperation) operation).getElementTypeId());
  }
}
