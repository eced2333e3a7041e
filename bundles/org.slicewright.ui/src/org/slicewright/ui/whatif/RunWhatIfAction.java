package org.slicewright.ui.whatif;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.slicewright.sim.scenario.PoolingScenarioMapper;
import org.slicewright.ui.editor.ActiveScenario;
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
    if (editor != null && !PoolingScenarioMapper.hasPoolingStudy(editor.getScenario())
        && org.slicewright.sim.scenario.TwinScenarioMapper.hasTwinStudy(editor.getScenario())) {
      Boolean quick = RunMode.ask(window.getShell(), "Run the twin study of " + editor.getScenario().getId() + ".",
          "a third of a day after two days of history, seconds", "the study as configured");
      if (quick == null) return;
      try {
        new WhatIfJob(editor.getEditingDomain(), editor.getScenario(), "Twin what-if of " + editor.getScenario().getId(),
            WhatIfJob.twins(editor.getScenario(), quick)).schedule();
      } catch (IllegalArgumentException | java.io.IOException | org.slicewright.data.traces.TraceFormatException e) {
        MessageDialog.openError(window.getShell(), "Run What-If", e.getMessage());
      }
      return;
    }
    if (editor != null && !PoolingScenarioMapper.hasPoolingStudy(editor.getScenario())
        && org.slicewright.sim.scenario.OffloadingScenarioMapper.hasOffloadingPolicies(editor.getScenario())) {
      Boolean quick = RunMode.ask(window.getShell(), "Train the DDNN and its baselines of " + editor.getScenario().getId() + ".",
          "the small DDNN on shorter traces, about ten seconds", "the study's architecture on the full traces, a few minutes to an hour");
      if (quick == null) return;
      try {
        new WhatIfJob(editor.getEditingDomain(), editor.getScenario(), "Offloading what-if of " + editor.getScenario().getId(),
            WhatIfJob.offloading(editor.getScenario(), quick)).schedule();
      } catch (IllegalArgumentException e) {
        MessageDialog.openError(window.getShell(), "Run What-If", e.getMessage());
      }
      return;
    }
    if (editor != null && !PoolingScenarioMapper.hasPoolingStudy(editor.getScenario())
        && org.slicewright.sim.scenario.EdgeScenarioMapper.hasSelectionPolicies(editor.getScenario())) {
      runEdge(editor);
      return;
    }
    if (editor == null || !PoolingScenarioMapper.hasPoolingStudy(editor.getScenario())) {
      MessageDialog.openInformation(window.getShell(), "Run What-If",
          editor == null ? "Open a scenario first." : "Scenario '" + editor.getScenario().getId() + "' has no study to run yet: add one with What-If > Add Study... "
              + "(or open an example, such as the 32-AP pooling or the heterogeneous edge cluster).");
      return;
    }
    WhatIfSettings initial = WhatIfSettings.of(editor.getScenario(), SlicewrightPreferences.threads());
    new WizardDialog(window.getShell(), new RunWhatIfWizard(editor, initial)).open();
  }

  /** The edge what-if: one emulation per node-selection policy, for the emulated time the planner gives. */
  private void runEdge(ScenarioEditor editor) {
    org.eclipse.jface.dialogs.InputDialog d = new org.eclipse.jface.dialogs.InputDialog(window.getShell(), "Run What-If",
        "Emulated seconds per node-selection policy (" + editor.getScenario().getSelectionPolicies().size() + " policies):", "600", v -> {
          try {
            double x = Double.parseDouble(v.trim());
            return x > 0 && x <= 1e7 ? null : "give a duration between 0 and 10 000 000 s";
          } catch (NumberFormatException e) {
            return "'" + v + "' is not a number of seconds";
          }
        });
    if (d.open() != org.eclipse.jface.window.Window.OK) return;
    try {
      WhatIfJob.Work w = WhatIfJob.edge(editor.getScenario(), Double.parseDouble(d.getValue().trim()));
      new WhatIfJob(editor.getEditingDomain(), editor.getScenario(), "Edge what-if of " + editor.getScenario().getId(), w).schedule();
    } catch (IllegalArgumentException e) {
      MessageDialog.openError(window.getShell(), "Run What-If", e.getMessage());
    }
  }
}
