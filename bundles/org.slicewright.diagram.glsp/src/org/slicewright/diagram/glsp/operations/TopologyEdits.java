package org.slicewright.diagram.glsp.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.slicewright.diagram.glsp.ScenarioModelState;
import org.slicewright.model.topology.Node;
import org.slicewright.model.topology.TopologyPackage.Literals;

/**
 * The EMF commands the diagram's handlers build. Every diagram edit is one command on the editor's
 * command stack, so Edit > Undo in the workbench and Ctrl+Z in the diagram undo the same thing.
 */
public final class TopologyEdits {
  private final ScenarioModelState state;
  private final List<Command> steps = new ArrayList<>();

  public TopologyEdits(ScenarioModelState state) {
    this.state = state;
  }

  EditingDomain domain() {
    return state.getEditingDomain();
  }

  TopologyEdits set(EObject owner, EStructuralFeature feature, Object value) {
    steps.add(new SetCommand(domain(), owner, feature, value));
    return this;
  }

  TopologyEdits add(Command c) {
    steps.add(c);
    return this;
  }

  /** Places a node or device group (both carry the diagram bounds attributes). */
  public TopologyEdits bounds(EObject shown, double x, double y, double width, double height) {
    boolean node = shown instanceof Node;
    set(shown, node ? Literals.NODE__DIAGRAM_X : Literals.USER_DEVICE_GROUP__DIAGRAM_X, x);
    set(shown, node ? Literals.NODE__DIAGRAM_Y : Literals.USER_DEVICE_GROUP__DIAGRAM_Y, y);
    set(shown, node ? Literals.NODE__DIAGRAM_WIDTH : Literals.USER_DEVICE_GROUP__DIAGRAM_WIDTH, width);
    return set(shown, node ? Literals.NODE__DIAGRAM_HEIGHT : Literals.USER_DEVICE_GROUP__DIAGRAM_HEIGHT, height);
  }

  /** One undoable command labelled for Edit > Undo, or nothing when there is nothing to do. */
  public Optional<Command> command(String label) {
    if (steps.isEmpty()) return Optional.empty();
    CompoundCommand c = new CompoundCommand(label, steps);
    return Optional.of(c);
  }
}
