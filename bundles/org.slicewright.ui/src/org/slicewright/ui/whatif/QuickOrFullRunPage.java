package org.slicewright.ui.whatif;

import java.io.IOException;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.slicewright.data.traces.TraceFormatException;
import org.slicewright.ui.editor.ScenarioEditor;
import org.slicewright.ui.prefs.SlicewrightPreferences;
import org.slicewright.whatif.WhatIf;
import org.slicewright.whatif.WhatIfOptions;

/**
 * A what-if whose only choice is Quick or Full (offloading, twins), starting from the planner's last
 * choice and remembering the new one.
 */
final class QuickOrFullRunPage extends RunPage {
  private final String kind, quickMeans, fullMeans;
  private final WhatIf<?, ?> whatIf;
  private Button quick, full;

  QuickOrFullRunPage(ScenarioEditor editor, String kind, String description, String quickMeans, String fullMeans, WhatIf<?, ?> whatIf) {
    super(kind.toLowerCase(Locale.ROOT), kind + " what-if", description, editor);
    this.kind = kind;
    this.quickMeans = quickMeans;
    this.fullMeans = fullMeans;
    this.whatIf = whatIf;
  }

  @Override
  public void createControl(Composite parent) {
    Composite c = new Composite(parent, SWT.NONE);
    c.setLayout(new GridLayout(1, false));
    quick = new Button(c, SWT.RADIO);
    quick.setText("&Quick: " + quickMeans);
    full = new Button(c, SWT.RADIO);
    full.setText("&Full: " + fullMeans);
    quick.setSelection(SlicewrightPreferences.quick());
    full.setSelection(!SlicewrightPreferences.quick());
    // A study the engines refused at Finish may run the other way: a new choice clears the message.
    for (Button b : new Button[] { quick, full }) b.addListener(SWT.Selection, e -> problem(null));
    setControl(c);
  }

  @Override
  WhatIfJob job() throws IOException, TraceFormatException {
    boolean q = quick.getSelection();
    SlicewrightPreferences.setQuick(q);
    return WhatIfJob.planned(editor.getEditingDomain(), editor.getScenario(), whatIf, WhatIfOptions.of(q));
  }

  /** For tests: chooses Quick or Full, as a planner would. */
  void choose(boolean q) {
    quick.setSelection(q);
    full.setSelection(!q);
  }
}
