package org.slicewright.ui.editor;

import java.util.EventObject;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;

/**
 * Follows the scenario editor a view shows: the last activated one, until it closes. Calls back when
 * the editor changes and whenever its command stack changes the model (edits, undo, runs added).
 */
public final class ScenarioTracker implements IPartListener2, CommandStackListener {
  private final IWorkbenchPage page;
  private final Runnable changed;
  private ScenarioEditor editor;

  public ScenarioTracker(IWorkbenchPage page, Runnable changed) {
    this.page = page;
    this.changed = changed;
    page.addPartListener(this);
    if (page.getActiveEditor() instanceof ScenarioEditor se) follow(se);
  }

  public ScenarioEditor editor() {
    return editor != null && editor.getScenario() != null ? editor : null;
  }

  private void follow(ScenarioEditor e) {
    if (e == editor) return;
    if (editor != null && editor.getEditingDomain() != null) editor.getEditingDomain().getCommandStack().removeCommandStackListener(this);
    editor = e;
    if (editor != null && editor.getEditingDomain() != null) editor.getEditingDomain().getCommandStack().addCommandStackListener(this);
    changed.run();
  }

  @Override
  public void partActivated(IWorkbenchPartReference ref) {
    IWorkbenchPart p = ref.getPart(false);
    if (p instanceof ScenarioEditor se) follow(se);
  }

  @Override
  public void partClosed(IWorkbenchPartReference ref) {
    if (ref.getPart(false) == editor) follow(page.getActiveEditor() instanceof ScenarioEditor se ? se : null);
  }

  @Override
  public void commandStackChanged(EventObject event) {
    changed.run();
  }

  public void dispose() {
    page.removePartListener(this);
    if (editor != null && editor.getEditingDomain() != null) editor.getEditingDomain().getCommandStack().removeCommandStackListener(this);
  }
}
