package org.slicewright.ui.validation;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.slicewright.ui.editor.ActiveScenario;
import org.slicewright.ui.editor.ScenarioEditor;

/** Edit > Validate: checks the active scenario and shows the Validation view. */
public final class ValidateAction extends Action {
  public static final String ID = "org.slicewright.ui.validate";
  private final IWorkbenchWindow window;

  public ValidateAction(IWorkbenchWindow window) {
    super("&Validate");
    setId(ID);
    setActionDefinitionId(null);
    this.window = window;
  }

  @Override
  public void run() {
    ScenarioEditor editor = ActiveScenario.editor(window);
    if (editor == null) {
      MessageDialog.openInformation(window.getShell(), "Validate", "Open a scenario to validate it.");
      return;
    }
    show(editor);
  }

  /** Runs validation for the editor's scenario in the Validation view (opening it if needed). */
  public static ValidationView show(ScenarioEditor editor) {
    try {
      IWorkbenchPage page = editor.getSite().getPage();
      ValidationView v = (ValidationView) page.showView(ValidationView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
      v.validateActive();
      return v;
    } catch (PartInitException e) {
      return null;
    }
  }
}
