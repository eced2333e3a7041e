package org.slicewright.ui.whatif;

import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.sim.scenario.RunKind;
import org.slicewright.ui.editor.ActiveScenario;
import org.slicewright.ui.editor.ScenarioEditor;
import org.slicewright.whatif.WhatIf;
import org.slicewright.whatif.WhatIfs;

/**
 * What-If > Run What-If...: runs a study of the active scenario through {@link RunWhatIfWizard}, or
 * says how to add one when it has none.
 */
public final class RunWhatIfAction extends Action {
  public static final String ID = "org.slicewright.ui.runWhatIf";
  private final IWorkbenchWindow window;

  public RunWhatIfAction(IWorkbenchWindow window) {
    super("&Run What-If...");
    setId(ID);
    setToolTipText("Run a study of the active scenario in the background");
    this.window = window;
  }

  @Override
  public void run() {
    ScenarioEditor editor = ActiveScenario.editor(window);
    if (editor == null) {
      MessageDialog.openInformation(window.getShell(), "Run What-If", "Open a scenario first.");
      return;
    }
    Scenario s = editor.getScenario();
    List<RunKind> studies = WhatIfs.studiesOf(s).stream().map(WhatIf::kind).toList();
    if (studies.isEmpty()) {
      MessageDialog.openInformation(window.getShell(), "Run What-If", "Scenario '" + s.getId() + "' has no study to run yet: add one with What-If > Add Study... "
          + "(or open an example, such as the 32-AP pooling or the heterogeneous edge cluster).");
      return;
    }
    new WizardDialog(window.getShell(), new RunWhatIfWizard(editor, studies)).open();
  }
}
