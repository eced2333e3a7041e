package org.slicewright.diagram.glsp.operations;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.ChangeRoutingPointsOperation;

/**
 * The client sends new routing points with every move of a connected node. Links are drawn straight
 * between their nodes and a route is not part of the scenario, so there is nothing to record; the
 * handler exists so that the move the routes came with is not refused as an unknown action.
 */
public class RoutingPointsHandler extends ScenarioOperationHandler<ChangeRoutingPointsOperation> {
  @Override
  public Optional<Command> createCommand(ChangeRoutingPointsOperation op) {
    return doNothing();
  }
}
