package org.slicewright.ui.whatif;

import java.util.List;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.sim.scenario.Addition;
import org.slicewright.sim.scenario.StudyDraft;

/**
 * One study kind's settings page of the Add Study wizard: it builds the kind's draft from what the
 * planner typed and checks it on every change, showing the first problem in the page header (Finish
 * stays off while there is one).
 */
public abstract class StudyPage extends WizardPage {
  protected final Scenario scenario;

  protected StudyPage(String name, String title, String description, Scenario scenario) {
    super(name, title, null);
    this.scenario = scenario;
    setDescription(description);
    setPageComplete(false);
  }

  /** The draft for the current settings; null before the page's controls exist. */
  abstract StudyDraft draft();

  /** Shows the first problem of the current settings, or none, and enables Finish accordingly. */
  void check() {
    StudyDraft d = draft();
    List<String> problems = d == null ? List.of() : d.problems();
    setErrorMessage(problems.isEmpty() ? null : problems.get(0));
    setPageComplete(d != null && problems.isEmpty());
  }

  /** A wrapping explanation across the page's columns. */
  static Label explanation(Composite c, int columns, String text) {
    Label how = new Label(c, SWT.WRAP);
    how.setText(text);
    GridData d = new GridData(SWT.FILL, SWT.TOP, true, false, columns, 1);
    d.widthHint = 520;
    how.setLayoutData(d);
    return how;
  }

  /** A number the planner typed, or the problem naming the field. */
  static double number(String text, String field) {
    try {
      return Double.parseDouble(text.trim());
    } catch (NumberFormatException e) {
      throw new UnparsedSetting("'" + text + "' is not " + field);
    }
  }

  /** A setting that does not parse. */
  static final class UnparsedSetting extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    UnparsedSetting(String problem) {
      super(problem);
    }

    /** The setting as a draft with one problem and nothing to add. */
    StudyDraft asDraft() {
      String problem = getMessage();
      return new StudyDraft() {
        @Override
        public List<String> problems() {
          return List.of(problem);
        }

        @Override
        public List<Addition> additions() {
          return List.of();
        }
      };
    }
  }
}
