package org.slicewright.ui.whatif;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.slicewright.ui.editor.ActiveScenario;
import org.slicewright.ui.editor.ScenarioEditor;

/** What-If > Add Study...: opens the wizard that adds a study over the active scenario's network. */
public final class AddStudyAction extends Action {
  public static final String ID = "org.slicewright.ui.addStudy";
  private final IWorkbenchWindow window;

  public AddStudyAction(IWorkbenchWindow window) {
    super("&Add Study...");
    setId(ID);
    setToolTipText("Add a pooling, edge or twin study over the network of the active scenario");
    this.window = window;
  }

  @Override
  public void run() {
    ScenarioEditor editor = ActiveScenario.editor(window);
    if (editor == null) {
      MessageDialog.openInformation(window.getShell(), "Add Study", "Open or create a scenario first (File > New Scenario...).");
      return;
    }
    new WizardDialog(window.getShell(), new AddStudyWizard(editor)).open();
  }
}
