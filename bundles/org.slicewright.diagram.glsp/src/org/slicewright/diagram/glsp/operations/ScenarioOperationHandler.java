package org.slicewright.diagram.glsp.operations;

import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.Operation;
import org.slicewright.diagram.glsp.ScenarioModelState;

import com.google.inject.Inject;

/** An operation handler that turns a diagram operation into one EMF command on the scenario. */
public abstract class ScenarioOperationHandler<O extends Operation> extends BasicOperationHandler<O> {
  @Inject
  protected ScenarioModelState state;
}
