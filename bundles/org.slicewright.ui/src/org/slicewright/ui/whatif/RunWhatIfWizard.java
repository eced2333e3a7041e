package org.slicewright.ui.whatif;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.sim.scenario.PoolingPlan;
import org.slicewright.ui.editor.ScenarioEditor;
import org.slicewright.ui.prefs.SlicewrightPreferences;

/** Picks the sweep of a pooling what-if and starts it as a background job. */
public final class RunWhatIfWizard extends Wizard {
  private final ScenarioEditor editor;
  private final WhatIfSettings initial;
  private Page page;
  private WhatIfJob job;

  public RunWhatIfWizard(ScenarioEditor editor, WhatIfSettings initial) {
    this.editor = editor;
    this.initial = initial;
    setWindowTitle("Run What-If");
    setNeedsProgressMonitor(false);
  }

  @Override
  public void addPages() {
    page = new Page();
    addPage(page);
  }

  @Override
  public boolean performFinish() {
    PoolingPlan plan = page.plan();
    if (plan == null) return false;
    SlicewrightPreferences.setQuick(plan.quick());
    job = new WhatIfJob(editor.getEditingDomain(), editor.getScenario(), plan);
    job.schedule();
    return true;
  }

  public WhatIfJob job() {
    return job;
  }

  final class Page extends WizardPage {
    private Spinner from, to, seeds, threads;
    private Text lambdas;
    private Button quick;
    private Label size;

    Page() {
      super("sweep", "Pooling what-if", null);
      setDescription("Sub-pool counts x lambda max values x seeds; the runs are added to the scenario when all finish (Undo removes them).");
    }

    @Override
    public void createControl(Composite parent) {
      Composite c = new Composite(parent, SWT.NONE);
      c.setLayout(new GridLayout(2, false));
      Scenario s = editor.getScenario();
      int aps = s.getPoolingStudies().isEmpty() || s.getPoolingStudies().get(0).getSecondaryPool() == null
          || s.getPoolingStudies().get(0).getSecondaryPool().getVnf() == null ? 1 : Math.max(1, s.getPoolingStudies().get(0).getSecondaryPool().getVnf().getPlacements().size());
      from = spinner(c, "Sub-pools from:", initial.subPoolsFrom(), 1, aps);
      to = spinner(c, "Sub-pools to:", initial.subPoolsTo(), 1, aps);
      new Label(c, SWT.NONE).setText("Lambda max values:");
      lambdas = new Text(c, SWT.BORDER);
      lambdas.setText(String.join(", ", initial.lambdaMaxValues().stream().map(v -> v == Math.rint(v) ? Long.toString((long) (double) v) : v.toString()).toList()));
      lambdas.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
      lambdas.setToolTipText("Data units per second per AP, separated by commas");
      lambdas.addModifyListener(e -> update());
      seeds = spinner(c, "Seeds per point:", initial.seeds(), 1, 100);
      threads = spinner(c, "Threads (0 = all cores):", initial.threads(), 0, 256);
      quick = new Button(c, SWT.CHECK);
      quick.setText("Quick: sub-pools 1, 2, 4, 8, 16, N and a quarter of the ticks");
      quick.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
      quick.addListener(SWT.Selection, e -> update());
      size = new Label(c, SWT.NONE);
      size.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
      setControl(c);
      update();
    }

    private Spinner spinner(Composite c, String label, int value, int min, int max) {
      new Label(c, SWT.NONE).setText(label);
      Spinner sp = new Spinner(c, SWT.BORDER);
      sp.setValues(Math.max(min, Math.min(max, value)), min, max, 0, 1, 10);
      sp.addModifyListener(e -> update());
      return sp;
    }

    private void update() {
      PoolingPlan p = plan();
      setPageComplete(p != null);
      if (p != null) size.setText(p.runs().size() + " runs");
    }

    /** The plan for the current settings, or null with the problem shown. */
    PoolingPlan plan() {
      try {
        List<Double> ls = new ArrayList<>();
        for (String part : lambdas.getText().split(",")) {
          if (part.isBlank()) continue;
          try {
            ls.add(Double.parseDouble(part.trim()));
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + part.trim() + "' is not a lambda max value");
          }
        }
        PoolingPlan p = new WhatIfSettings(from.getSelection(), to.getSelection(), ls, seeds.getSelection(), threads.getSelection(), quick.getSelection())
            .plan(editor.getScenario());
        setErrorMessage(null);
        return p;
      } catch (IllegalArgumentException e) {
        setErrorMessage(e.getMessage());
        return null;
      }
    }
  }
}
