package org.slicewright.ui.whatif;

import java.io.IOException;

import org.eclipse.jface.wizard.WizardPage;
import org.slicewright.data.traces.TraceFormatException;
import org.slicewright.ui.editor.ScenarioEditor;

/**
 * One study kind's page of the Run What-If wizard: the settings of its run, checked as the planner
 * types, and the background job they make.
 */
abstract class RunPage extends WizardPage {
  protected final ScenarioEditor editor;

  RunPage(String name, String title, String description, ScenarioEditor editor) {
    super(name, title, null);
    this.editor = editor;
    setDescription(description);
  }

  /**
   * The job for the current settings (not yet scheduled).
   *
   * @throws IllegalArgumentException when the engines refuse the study, with a message naming what is wrong
   */
  abstract WhatIfJob job() throws IOException, TraceFormatException;

  /** Shows a problem in the page header and keeps Finish off while there is one. */
  void problem(String message) {
    setErrorMessage(message);
    setPageComplete(message == null);
  }
}
