package org.slicewright.diagram.glsp.pool;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;
import org.slicewright.diagram.glsp.operations.ScenarioOperationHandler;
import org.slicewright.model.pooling.SecondaryPool;
import org.slicewright.model.pooling.VAP;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Dragging a VAP onto another sub-pool moves it there (dropped on "not in a sub-pool", out of its
 * sub-pool). The client reports a drag as new bounds relative to the VAP's container; the drop
 * target is the container under the VAP's centre. A drop inside its own container changes nothing:
 * positions inside a sub-pool are computed.
 */
public class MoveVapHandler extends ScenarioOperationHandler<ChangeBoundsOperation> {
  @Inject
  protected GModelFactory factory;
  @Inject
  protected Provider<ModelSubmissionHandler> submission;
  @Inject
  protected Provider<ActionDispatcher> dispatcher;

  @Override
  public Optional<Command> createCommand(ChangeBoundsOperation op) {
    SecondaryPool pool = PoolSelection.pool(state);
    if (pool == null || !(factory instanceof PoolGModelFactory drawn)) return doNothing();
    CompoundCommand moves = new CompoundCommand("Move VAPs between sub-pools");
    for (ElementAndBounds eb : op.getNewBounds()) {
      Optional<VAP> vap = state.element(eb.getElementId(), VAP.class);
      GModelElement shown = state.getIndex().get(eb.getElementId()).orElse(null);
      if (vap.isEmpty() || shown == null || !(shown.getParent() instanceof GNode from)) continue;
      double cx = from.getPosition().getX() + eb.getNewPosition().getX() + PoolTypes.VAP_WIDTH / 2;
      double cy = from.getPosition().getY() + eb.getNewPosition().getY() + PoolTypes.VAP_HEIGHT / 2;
      drawn.containers.stream().filter(c -> c.contains(cx, cy) && !c.id().equals(from.getId())).findFirst()
          .ifPresent(to -> moves.append(SubPoolEdits.move(state.getEditingDomain(), pool, vap.get(), to.subPool())));
    }
    if (moves.isEmpty()) {
      // Nothing changes in the scenario: redraw so the VAP returns to its place in the grid.
      dispatcher.get().dispatchAll(submission.get().submitModel());
      return doNothing();
    }
    return Optional.of(moves);
  }
}
