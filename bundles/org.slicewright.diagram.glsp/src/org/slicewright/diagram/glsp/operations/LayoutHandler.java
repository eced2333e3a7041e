package org.slicewright.diagram.glsp.operations;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.LayoutOperation;
import org.slicewright.diagram.glsp.TopologyLayoutEngine;

import com.google.inject.Inject;

/** "Layout" in the diagram: ELK positions written to the scenario as one undoable command. */
public class LayoutHandler extends ScenarioOperationHandler<LayoutOperation> {
  @Inject
  protected TopologyLayoutEngine engine;

  @Override
  public Optional<Command> createCommand(LayoutOperation op) {
    return engine.command();
  }
}
