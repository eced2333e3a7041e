package org.slicewright.ui.editor;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/** Undo, Redo and Delete for an editor's EMF command stack, enabled as the stack and selection allow. */
final class CommandStackActions {
  final Action undo;
  final Action redo;
  final Action delete;
  private final EditingDomain domain;
  private final StructuredViewer viewer;

  CommandStackActions(EditingDomain domain, StructuredViewer viewer) {
    this.domain = domain;
    this.viewer = viewer;
    CommandStack stack = domain.getCommandStack();
    ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
    undo = new Action() {
      @Override
      public void run() {
        stack.undo();
      }
    };
    undo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_UNDO));
    redo = new Action() {
      @Override
      public void run() {
        stack.redo();
      }
    };
    redo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_REDO));
    delete = new Action("&Delete") {
      @Override
      public void run() {
        Command c = DeleteCommand.create(domain, ((IStructuredSelection) viewer.getSelection()).toList());
        if (c.canExecute()) stack.execute(c);
      }
    };
    delete.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_DELETE));
    update();
    viewer.addSelectionChangedListener(e -> update());
    stack.addCommandStackListener(e -> update());
  }

  void update() {
    CommandStack s = domain.getCommandStack();
    undo.setEnabled(s.canUndo());
    undo.setText(s.canUndo() && s.getUndoCommand().getLabel() != null ? "&Undo " + s.getUndoCommand().getLabel() : "&Undo");
    redo.setEnabled(s.canRedo());
    redo.setText(s.canRedo() && s.getRedoCommand().getLabel() != null ? "&Redo " + s.getRedoCommand().getLabel() : "&Redo");
    IStructuredSelection sel = (IStructuredSelection) viewer.getSelection();
    delete.setEnabled(!sel.isEmpty() && DeleteCommand.create(domain, sel.toList()).canExecute());
  }
}
