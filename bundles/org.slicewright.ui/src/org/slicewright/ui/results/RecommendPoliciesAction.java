package org.slicewright.ui.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.slicewright.learn.FittedSurrogate;
import org.slicewright.learn.pooling.PoolingRecommender;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.scenario.ScenarioPackage;
import org.slicewright.model.scenario.Surrogate;
import org.slicewright.sim.pooling.PoolingRunResult;
import org.slicewright.sim.scenario.PoolingRunRecords;
import org.slicewright.solver.CandidateSelection;
import org.slicewright.ui.editor.ActiveScenario;
import org.slicewright.ui.editor.ScenarioEditor;

/**
 * What-If > Recommend Policies: learns surrogates from the scenario's pooling runs, lists the
 * policies that meet the AI service's requirements at least RU (with the explanation), and on
 * request stores the best surrogate per metric in the scenario, as one undoable command.
 */
public final class RecommendPoliciesAction extends Action {
  public static final String ID = "org.slicewright.ui.recommend";
  private final IWorkbenchWindow window;

  public RecommendPoliciesAction(IWorkbenchWindow window) {
    super("Recommend &Policies...");
    setId(ID);
    this.window = window;
  }

  @Override
  public void run() {
    ScenarioEditor editor = ActiveScenario.editor(window);
    List<PoolingRunResult> runs = editor == null ? List.of() : PoolingRunRecords.all(editor.getScenario());
    if (runs.size() < 4) {
      MessageDialog.openInformation(window.getShell(), "Recommend Policies", "Run a pooling what-if with at least 4 runs first (What-If > Run What-If...).");
      return;
    }
    PoolingRecommender.Recommendation rec = PoolingRecommender.fromRuns(editor.getScenario(), runs, editor.getScenario().getSeed());
    if (new RecommendationDialog(window.getShell(), rec).open() == IDialogConstants.OK_ID) saveSurrogates(editor, rec);
  }

  /** Replaces the scenario's surrogates by the best one per metric, in one command. */
  public static void saveSurrogates(ScenarioEditor editor, PoolingRecommender.Recommendation rec) {
    Scenario s = editor.getScenario();
    CompoundCommand c = new CompoundCommand("Save surrogates");
    if (!s.getSurrogates().isEmpty()) c.append(RemoveCommand.create(editor.getEditingDomain(), s, ScenarioPackage.Literals.SCENARIO__SURROGATES, List.copyOf(s.getSurrogates())));
    List<Surrogate> add = new ArrayList<>();
    for (List<FittedSurrogate> fs : rec.surrogates().values()) add.add(fs.get(0).toModel("surrogate-" + fs.get(0).metric().replace('_', '-')));
    c.append(AddCommand.create(editor.getEditingDomain(), s, ScenarioPackage.Literals.SCENARIO__SURROGATES, add));
    Command cmd = c.unwrap();
    if (cmd.canExecute()) editor.getEditingDomain().getCommandStack().execute(cmd);
  }

  /** The candidates at the study's load, the explanation and the surrogates' errors. */
  public static final class RecommendationDialog extends Dialog {
    private final PoolingRecommender.Recommendation rec;

    public RecommendationDialog(Shell parent, PoolingRecommender.Recommendation rec) {
      super(parent);
      this.rec = rec;
      setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell s) {
      super.configureShell(s);
      s.setText("Recommended policies at lambda max " + rec.load());
    }

    @Override
    protected Control createDialogArea(Composite parent) {
      Composite area = (Composite) super.createDialogArea(parent);
      Label why = new Label(area, SWT.WRAP);
      why.setText(String.join("\n", rec.selection().explanation()) + (rec.ignored().isEmpty() ? "" : "\nNot applied: " + String.join("; ", rec.ignored())));
      why.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
      Table t = new Table(area, SWT.BORDER | SWT.FULL_SELECTION);
      t.setHeaderVisible(true);
      t.setLinesVisible(true);
      GridData gd = new GridData(SWT.FILL, SWT.FILL, true, true);
      gd.heightHint = 240;
      t.setLayoutData(gd);
      for (String h : List.of("rank", "policy", "accuracy", "conv. rate", "total RU")) new TableColumn(t, SWT.NONE).setText(h);
      for (CandidateSelection.Candidate c : rec.selection().candidates()) {
        new TableItem(t, SWT.NONE).setText(new String[] { c.rank() + (c.tied() ? " (tie)" : ""), c.point().label(),
            String.format(Locale.ROOT, "%.4f", c.point().metric("accuracy")), String.format(Locale.ROOT, "%.4f", c.point().metric("convergence_rate")),
            String.format(Locale.ROOT, "%.0f", c.point().metric("ru_total")) });
      }
      for (TableColumn c : t.getColumns()) c.pack();
      Label err = new Label(area, SWT.WRAP);
      StringBuilder b = new StringBuilder("Surrogates (5-fold CV RMSE): ");
      rec.surrogates().forEach((m, fs) -> b.append(m).append(" ").append(fs.get(0).surrogate().learner())
          .append(String.format(Locale.ROOT, " %.4g; ", fs.get(0).cvRmse())));
      err.setText(b.toString());
      err.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
      return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
      createButton(parent, IDialogConstants.OK_ID, "Save Surrogates in the Scenario", false);
      createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CLOSE_LABEL, true);
    }
  }
}
