package org.slicewright.ui.whatif;

import java.io.IOException;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.slicewright.data.traces.TraceFormatException;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.sim.scenario.RunKind;
import org.slicewright.ui.editor.ActiveScenario;
import org.slicewright.ui.editor.ScenarioEditor;
import org.slicewright.ui.prefs.SlicewrightPreferences;

/**
 * What-If > Run What-If...: runs a study of the active scenario (asking which when it holds several):
 * the pooling sweep through its wizard, the others after the Quick/Full choice or the emulated time.
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
    List<RunKind> studies = RunKind.studiesOf(s);
    if (studies.isEmpty()) {
      MessageDialog.openInformation(window.getShell(), "Run What-If", "Scenario '" + s.getId() + "' has no study to run yet: add one with What-If > Add Study... "
          + "(or open an example, such as the 32-AP pooling or the heterogeneous edge cluster).");
      return;
    }
    RunKind study = studies.size() == 1 ? studies.get(0) : choose(s, studies);
    if (study == null) return;
    switch (study) {
      case POOLING -> new WizardDialog(window.getShell(), new RunWhatIfWizard(editor, WhatIfSettings.of(s, SlicewrightPreferences.threads()))).open();
      case EDGE -> runEdge(editor);
      case OFFLOADING -> runOffloading(editor);
      case TWINS -> runTwins(editor);
      default -> throw new IllegalStateException("no what-if for " + study);
    }
  }

  /** Which of the scenario's studies to run: one button per study, in the order the Results view lists them. */
  private RunKind choose(Scenario s, List<RunKind> studies) {
    String[] buttons = new String[studies.size() + 1];
    for (int i = 0; i < studies.size(); i++) buttons[i] = studies.get(i).title();
    buttons[studies.size()] = "Cancel";
    int chosen = new MessageDialog(window.getShell(), "Run What-If", null, "Scenario '" + s.getId() + "' holds " + studies.size() + " studies. Which one to run?",
        MessageDialog.QUESTION, 0, buttons).open();
    return chosen >= 0 && chosen < studies.size() ? studies.get(chosen) : null;
  }

  /** How a study's work is made once the planner chose Quick or Full (reading traces may fail). */
  private interface QuickOrFullWork {
    WhatIfJob.Work make(boolean quick) throws IOException, TraceFormatException;
  }

  private void runTwins(ScenarioEditor editor) {
    runQuickOrFull(editor, "Twin", "Run the twin study of " + editor.getScenario().getId() + ".", "a third of a day after two days of history, seconds",
        "the study as configured", quick -> WhatIfJob.twins(editor.getScenario(), quick));
  }

  private void runOffloading(ScenarioEditor editor) {
    runQuickOrFull(editor, "Offloading", "Train the DDNN and its baselines of " + editor.getScenario().getId() + ".",
        "the small DDNN on shorter traces, about ten seconds", "the study's architecture on the full traces, a few minutes to an hour",
        quick -> WhatIfJob.offloading(editor.getScenario(), quick));
  }

  /** Asks Quick or Full (remembered), then runs the study's work as a background job; a study the engines refuse is reported. */
  private void runQuickOrFull(ScenarioEditor editor, String kind, String question, String quickMeans, String fullMeans, QuickOrFullWork work) {
    Boolean quick = RunMode.ask(window.getShell(), question, quickMeans, fullMeans);
    if (quick == null) return;
    try {
      new WhatIfJob(editor.getEditingDomain(), editor.getScenario(), kind + " what-if of " + editor.getScenario().getId(), work.make(quick)).schedule();
    } catch (IllegalArgumentException | IOException | TraceFormatException e) {
      MessageDialog.openError(window.getShell(), "Run What-If", e.getMessage());
    }
  }

  /** The edge what-if: one emulation per node-selection policy, for the emulated time the planner gives. */
  private void runEdge(ScenarioEditor editor) {
    InputDialog d = new InputDialog(window.getShell(), "Run What-If",
        "Emulated seconds per node-selection policy (" + editor.getScenario().getSelectionPolicies().size() + " policies):", "600", v -> {
          try {
            double x = Double.parseDouble(v.trim());
            return x > 0 && x <= 1e7 ? null : "give a duration between 0 and 10 000 000 s";
          } catch (NumberFormatException e) {
            return "'" + v + "' is not a number of seconds";
          }
        });
    if (d.open() != Window.OK) return;
    try {
      WhatIfJob.Work w = WhatIfJob.edge(editor.getScenario(), Double.parseDouble(d.getValue().trim()));
      new WhatIfJob(editor.getEditingDomain(), editor.getScenario(), "Edge what-if of " + editor.getScenario().getId(), w).schedule();
    } catch (IllegalArgumentException e) {
      MessageDialog.openError(window.getShell(), "Run What-If", e.getMessage());
    }
  }
}
