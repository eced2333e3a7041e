package org.slicewright.ui.whatif;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.slicewright.sim.scenario.PoolingScenarioMapper;
import org.slicewright.ui.editor.ScenarioEditor;
import org.slicewright.ui.prefs.SlicewrightPreferences;

/** What-If > Run What-If...: opens the wizard on the active scenario editor. */
public final class RunWhatIfAction extends Action {
  public static final String ID = "org.slicewright.ui.runWhatIf";
  private final IWorkbenchWindow window;

  public RunWhatIfAction(IWorkbenchWindow window) {
    super("&Run What-If...");
    setId(ID);
    setToolTipText("Run the pooling what-if of the active scenario in the background");
    this.window = window;
  }

  @Override
  public void run() {
    ScenarioEditor editor = ActiveScenario.editor(window);
    if (editor == null || !PoolingScenarioMapper.hasPoolingStudy(editor.getScenario())) {
      MessageDialog.openInformation(window.getShell(), "Run What-If", "Open a scenario with a pooling study first (for example the 32-AP pooling example).");
      return;
    }
    WhatIfSettings initial = WhatIfSettings.of(editor.getScenario(), SlicewrightPreferences.threads());
    new WizardDialog(window.getShell(), new RunWhatIfWizard(editor, initial)).open();
  }
}
