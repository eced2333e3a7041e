package org.slicewright.ui.whatif;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.slicewright.model.scenario.PoolingStudy;
import org.slicewright.sim.scenario.PoolingPlan;
import org.slicewright.ui.editor.ScenarioEditor;
import org.slicewright.ui.prefs.SlicewrightPreferences;

/** The pooling sweep: sub-pool counts x lambda max values x seeds, the threads, and Quick. */
final class PoolingRunPage extends RunPage {
  private final WhatIfSettings initial;
  private Spinner from, to, seeds, threads;
  private Text lambdas;
  private Button quick;
  private Label size;

  PoolingRunPage(ScenarioEditor editor) {
    super("pooling", "Pooling what-if", "Sub-pool counts x lambda max values x seeds; the runs are added to the scenario when all finish (Undo removes them).",
        editor);
    initial = WhatIfSettings.of(editor.getScenario(), SlicewrightPreferences.threads());
  }

  @Override
  public void createControl(Composite parent) {
    Composite c = new Composite(parent, SWT.NONE);
    c.setLayout(new GridLayout(2, false));
    int aps = Math.max(1, trainers());
    from = spinner(c, "Sub-pools from:", initial.subPoolsFrom(), 1, aps);
    to = spinner(c, "Sub-pools to:", initial.subPoolsTo(), 1, aps);
    new Label(c, SWT.NONE).setText("Lambda max values:");
    lambdas = new Text(c, SWT.BORDER);
    lambdas.setText(String.join(", ", initial.lambdaMaxValues().stream().map(v -> v == Math.rint(v) ? Long.toString((long) (double) v) : v.toString()).toList()));
    lambdas.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    lambdas.setToolTipText("Data units per second per AP, separated by commas or spaces");
    lambdas.addModifyListener(e -> plan());
    seeds = spinner(c, "Seeds per point:", initial.seeds(), 1, 100);
    threads = spinner(c, "Threads (0 = all cores):", initial.threads(), 0, 256);
    quick = new Button(c, SWT.CHECK);
    quick.setText("Quick: sub-pools 1, 2, 4, 8, 16, N and a quarter of the ticks");
    quick.setSelection(initial.quick());
    quick.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
    quick.addListener(SWT.Selection, e -> plan());
    size = new Label(c, SWT.NONE);
    size.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
    setControl(c);
    plan();
  }

  /** How many hosts train the first study's function: the largest sub-pool count. */
  private int trainers() {
    List<PoolingStudy> studies = editor.getScenario().getPoolingStudies();
    if (studies.isEmpty() || studies.get(0).getSecondaryPool() == null || studies.get(0).getSecondaryPool().getVnf() == null) return 1;
    return studies.get(0).getSecondaryPool().getVnf().getPlacements().size();
  }

  private Spinner spinner(Composite c, String label, int value, int min, int max) {
    new Label(c, SWT.NONE).setText(label);
    Spinner sp = new Spinner(c, SWT.BORDER);
    sp.setValues(Math.max(min, Math.min(max, value)), min, max, 0, 1, 10);
    sp.addModifyListener(e -> plan());
    return sp;
  }

  /** The plan for the current settings, or null with the problem shown. */
  PoolingPlan plan() {
    try {
      List<Double> ls = LambdaMaxText.parse(lambdas.getText());
      PoolingPlan p = new WhatIfSettings(from.getSelection(), to.getSelection(), ls, seeds.getSelection(), threads.getSelection(), quick.getSelection())
          .plan(editor.getScenario());
      problem(null);
      size.setText(p.runs().size() + " runs");
      return p;
    } catch (IllegalArgumentException e) {
      problem(e.getMessage());
      return null;
    }
  }

  @Override
  WhatIfJob job() {
    PoolingPlan plan = plan();
    if (plan == null) throw new IllegalArgumentException(getErrorMessage());
    SlicewrightPreferences.setQuick(plan.quick());
    return new WhatIfJob(editor.getEditingDomain(), editor.getScenario(), plan);
  }
}
