package org.slicewright.diagram.glsp;

import java.util.concurrent.Executor;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;

/**
 * The editor's command stack as the diagram sees it: every change runs on the model's thread (the
 * workbench UI thread, whose viewers listen to the model), and changes made from the diagram are
 * told apart from the editor's own so that only the latter make the diagram refresh itself.
 */
final class ModelThreadCommandStack implements CommandStack {
  private final CommandStack stack;
  private final Executor modelThread;
  private volatile boolean fromDiagram;

  ModelThreadCommandStack(CommandStack stack, Executor modelThread) {
    this.stack = stack;
    this.modelThread = modelThread;
  }

  /** True while the diagram itself executes, undoes or redoes on the stack. */
  boolean changingFromDiagram() {
    return fromDiagram;
  }

  private void run(Runnable change) {
    modelThread.execute(() -> {
      fromDiagram = true;
      try {
        change.run();
      } finally {
        fromDiagram = false;
      }
    });
  }

  @Override
  public void execute(Command command) {
    run(() -> stack.execute(command));
  }

  @Override
  public boolean canUndo() {
    return stack.canUndo();
  }

  @Override
  public void undo() {
    run(stack::undo);
  }

  @Override
  public boolean canRedo() {
    return stack.canRedo();
  }

  @Override
  public Command getUndoCommand() { return stack.getUndoCommand(); }

  @Override
  public Command getRedoCommand() { return stack.getRedoCommand(); }

  @Override
  public Command getMostRecentCommand() { return stack.getMostRecentCommand(); }

  @Override
  public void redo() {
    run(stack::redo);
  }

  @Override
  public void flush() {
    run(stack::flush);
  }

  @Override
  public void addCommandStackListener(CommandStackListener listener) {
    stack.addCommandStackListener(listener);
  }

  @Override
  public void removeCommandStackListener(CommandStackListener listener) {
    stack.removeCommandStackListener(listener);
  }
}
