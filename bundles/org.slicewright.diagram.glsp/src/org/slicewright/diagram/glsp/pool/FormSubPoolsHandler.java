package org.slicewright.diagram.glsp.pool;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.types.GLSPServerException;
import org.slicewright.diagram.glsp.operations.ScenarioOperationHandler;
import org.slicewright.model.pooling.SecondaryPool;

/** Forms the drawn pool's sub-pools with k-means, as one undoable command. */
public class FormSubPoolsHandler extends ScenarioOperationHandler<FormSubPoolsOperation> {
  @Override
  public Optional<Command> createCommand(FormSubPoolsOperation op) {
    SecondaryPool pool = PoolSelection.pool(state);
    if (pool == null) return doNothing();
    try {
      return Optional.of(SubPoolEdits.form(state.getEditingDomain(), state.getScenario(), pool, op.getK()));
    } catch (IllegalArgumentException e) {
      throw new GLSPServerException(e.getMessage(), e); // shown to the planner, the model is unchanged
    }
  }
}
