package org.slicewright.ui.whatif;

import java.io.IOException;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.slicewright.data.traces.TraceFormatException;
import org.slicewright.ui.editor.ScenarioEditor;
import org.slicewright.whatif.WhatIfOptions;
import org.slicewright.whatif.WhatIfs;

/** The edge what-if: one emulation per node-selection policy, for the emulated time the planner gives. */
final class EdgeRunPage extends RunPage {
  private Text seconds;

  EdgeRunPage(ScenarioEditor editor) {
    super("edge", "Edge what-if", "Emulates the scenario's " + editor.getScenario().getSelectionPolicies().size()
        + " node-selection policies on the same request stream; one run per policy and board.", editor);
  }

  @Override
  public void createControl(Composite parent) {
    Composite c = new Composite(parent, SWT.NONE);
    c.setLayout(new GridLayout(2, false));
    new Label(c, SWT.NONE).setText("Emulated seconds per policy:");
    seconds = new Text(c, SWT.BORDER);
    seconds.setText("600");
    seconds.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    seconds.addModifyListener(e -> duration());
    setControl(c);
    duration();
  }

  /** The emulated time typed, or NaN with the problem shown. */
  double duration() {
    String v = seconds.getText().trim();
    try {
      double x = Double.parseDouble(v);
      problem(x > 0 && x <= 1e7 ? null : "give a duration between 0 and 10 000 000 s");
      return x;
    } catch (NumberFormatException e) {
      problem("'" + v + "' is not a number of seconds");
      return Double.NaN;
    }
  }

  @Override
  WhatIfJob job() throws IOException, TraceFormatException {
    double d = duration();
    if (!isPageComplete()) throw new IllegalArgumentException(getErrorMessage());
    return WhatIfJob.planned(editor.getEditingDomain(), editor.getScenario(), WhatIfs.EDGE, WhatIfOptions.of(false).withEdgeSeconds(d));
  }

  /** For tests: types the emulated time, as a planner would. */
  void enter(String s) {
    seconds.setText(s);
  }
}
