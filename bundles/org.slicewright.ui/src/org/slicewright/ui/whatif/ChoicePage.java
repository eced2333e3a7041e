package org.slicewright.ui.whatif;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * A wizard's first page when it asks what to do: one radio button per choice, the first chosen, each
 * with an optional explanation under it. The Add Study and Run What-If wizards start with one.
 */
final class ChoicePage<T> extends WizardPage {
  private final List<T> choices;
  private final Function<T, String> text, note;
  private final Map<T, Button> buttons = new LinkedHashMap<>();

  /** @param note the explanation under a choice, or null for none */
  ChoicePage(String name, String title, String description, List<T> choices, Function<T, String> text, Function<T, String> note) {
    super(name, title, null);
    setDescription(description);
    this.choices = List.copyOf(choices);
    this.text = text;
    this.note = note;
  }

  T chosen() {
    for (Map.Entry<T, Button> e : buttons.entrySet()) if (e.getValue().getSelection()) return e.getKey();
    return choices.get(0);
  }

  /** Chooses as a click on the choice's button would (tests). */
  void select(T choice) {
    buttons.forEach((k, b) -> b.setSelection(k == choice));
  }

  @Override
  public void createControl(Composite parent) {
    Composite c = new Composite(parent, SWT.NONE);
    c.setLayout(new GridLayout(1, false));
    for (T choice : choices) {
      Button b = new Button(c, SWT.RADIO);
      b.setText(text.apply(choice));
      b.setSelection(choice == choices.get(0));
      buttons.put(choice, b);
      if (note != null) {
        Label l = StudyPage.explanation(c, 1, note.apply(choice));
        ((GridData) l.getLayoutData()).horizontalIndent = 24;
      }
    }
    setControl(c);
  }
}
