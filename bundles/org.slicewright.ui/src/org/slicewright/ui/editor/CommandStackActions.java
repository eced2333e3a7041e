package org.slicewright.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.CopyToClipboardCommand;
import org.eclipse.emf.edit.command.CutToClipboardCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.slicewright.model.topology.Identified;
import org.slicewright.model.util.ScenarioIds;

/** Undo, Redo and Delete for an editor's EMF command stack, enabled as the stack and selection allow. */
public final class CommandStackActions {
  public final Action copy;
  public final Action cut;
  public final Action paste;
  final Action undo;
  final Action redo;
  final Action delete;
  private final EditingDomain domain;
  private final StructuredViewer viewer;
  /** Shared by Undo and Redo: one key press runs one of them once. */
  private final OncePerKeyPress keys = new OncePerKeyPress();

  CommandStackActions(EditingDomain domain, StructuredViewer viewer) {
    this.domain = domain;
    this.viewer = viewer;
    CommandStack stack = domain.getCommandStack();
    ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
    undo = new Action() {
      @Override
      public void runWithEvent(Event trigger) {
        if (keys.accept(trigger)) run();
      }

      @Override
      public void run() {
        stack.undo();
      }
    };
    undo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_UNDO));
    redo = new Action() {
      @Override
      public void runWithEvent(Event trigger) {
        if (keys.accept(trigger)) run();
      }

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
    copy = new Action("&Copy") {
      @Override
      public void run() {
        Command c = CopyToClipboardCommand.create(domain, selection());
        if (c.canExecute()) stack.execute(c);
      }
    };
    copy.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_COPY));
    cut = new Action("Cu&t") {
      @Override
      public void run() {
        Command c = CutToClipboardCommand.create(domain, selection());
        if (c.canExecute()) stack.execute(c);
      }
    };
    cut.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_CUT));
    paste = new Action("&Paste") {
      @Override
      public void run() {
        Command c = pasteCommand();
        if (c != null && c.canExecute()) stack.execute(c);
      }
    };
    paste.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_PASTE));
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
    copy.setEnabled(!sel.isEmpty() && sel.toList().stream().allMatch(o -> o instanceof EObject));
    cut.setEnabled(delete.isEnabled());
    Command p = pasteCommand();
    paste.setEnabled(p != null && p.canExecute());
  }

  private List<?> selection() {
    return ((IStructuredSelection) viewer.getSelection()).toList();
  }

  /**
   * Pastes copies of the clipboard into the selected element. Pasted elements get fresh ids
   * ("-copy", "-copy2", ...) so the scenario keeps its ids unique; references to elements outside
   * the copy still point at the originals.
   */
  Command pasteCommand() {
    Collection<Object> clip = domain.getClipboard();
    IStructuredSelection sel = (IStructuredSelection) viewer.getSelection();
    if (clip == null || clip.isEmpty() || sel.size() != 1 || !(sel.getFirstElement() instanceof EObject owner)) return null;
    List<EObject> originals = new ArrayList<>();
    for (Object o : clip) if (o instanceof EObject e) originals.add(e);
    EcoreUtil.Copier copier = new EcoreUtil.Copier();
    Collection<EObject> copies = copier.copyAll(originals);
    copier.copyReferences();
    Set<String> ids = ScenarioIds.used(owner);
    for (EObject c : copies) {
      List<EObject> all = new ArrayList<>(List.of(c));
      c.eAllContents().forEachRemaining(all::add);
      for (EObject o : all) {
        if (!(o instanceof Identified i) || i.getId() == null) continue;
        i.setId(ScenarioIds.fresh(ids, i.getId() + "-copy", ""));
      }
    }
    return AddCommand.create(domain, owner, null, copies);
  }
}
