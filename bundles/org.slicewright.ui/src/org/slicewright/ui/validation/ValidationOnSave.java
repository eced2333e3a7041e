package org.slicewright.ui.validation;

import org.slicewright.model.util.ModelValidator;
import org.slicewright.ui.editor.ScenarioEditor;
import org.slicewright.ui.editor.ScenarioSaves;

/** Validation runs on save: the Validation view is refreshed if it is open, and opened when the saved scenario has errors. */
public final class ValidationOnSave {
  private static boolean installed;

  private ValidationOnSave() {
  }

  /** Installs the listener once per application run (a second call does nothing). */
  public static synchronized void install() {
    if (installed) return;
    installed = true;
    ScenarioSaves.listen(ValidationOnSave::saved);
  }

  private static void saved(ScenarioEditor editor) {
    ValidationView view = (ValidationView) editor.getSite().getPage().findView(ValidationView.ID);
    if (view != null) view.validateActive();
    else if (ModelValidator.hasErrors(ModelValidator.validate(editor.getScenario()))) ValidateAction.show(editor);
  }
}
