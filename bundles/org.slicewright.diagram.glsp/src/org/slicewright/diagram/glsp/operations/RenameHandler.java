package org.slicewright.diagram.glsp.operations;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.slicewright.diagram.glsp.ScenarioModelState;
import org.slicewright.model.topology.Identified;
import org.slicewright.model.topology.TopologyPackage.Literals;

import com.google.inject.Inject;

/** Editing a name label in place renames the element (its id, which references use, is kept). */
public class RenameHandler extends ScenarioOperationHandler<ApplyLabelEditOperation> {
  static final String NAME_SUFFIX = "_name";

  @Inject
  protected ScenarioModelState state;

  @Override
  public Optional<Command> createCommand(ApplyLabelEditOperation op) {
    String label = op.getLabelId();
    if (!label.endsWith(NAME_SUFFIX)) return doNothing();
    Optional<Identified> named = state.element(label.substring(0, label.length() - NAME_SUFFIX.length()), Identified.class);
    if (named.isEmpty() || op.getText().isBlank()) return doNothing();
    return new TopologyEdits(state).set(named.get(), Literals.IDENTIFIED__NAME, op.getText().strip()).command("Rename " + named.get().getId());
  }
}
