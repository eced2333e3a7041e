package org.slicewright.ui.editor;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;

/** The scenario editor a window-level command works on: the active editor, if it is one. */
public final class ActiveScenario {
  private ActiveScenario() {
  }

  public static ScenarioEditor editor(IWorkbenchWindow window) {
    if (window == null || window.getActivePage() == null) return null;
    IEditorPart e = window.getActivePage().getActiveEditor();
    return e instanceof ScenarioEditor se && se.getScenario() != null ? se : null;
  }
}
