package org.slicewright.ui.whatif;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.slicewright.sim.scenario.Addition;
import org.slicewright.sim.scenario.StudyDraft;
import org.slicewright.ui.editor.ScenarioEditor;

/**
 * What-If > Add Study...: adds a pooling, edge, offloading or twin study, or QoAIS requirements, over
 * the network the planner drew, as one undoable edit. The first page chooses what to add; its page
 * shows what it will run on and checks the settings as the planner types (Finish stays off while
 * anything is wrong).
 */
public final class AddStudyWizard extends Wizard {
  private final ScenarioEditor editor;
  private final KindPage kindPage = new KindPage();
  private final Map<StudyChoice, StudyPage> pages = new EnumMap<>(StudyChoice.class);

  public AddStudyWizard(ScenarioEditor editor) {
    this.editor = editor;
    setWindowTitle("Add Study");
    setNeedsProgressMonitor(false);
  }

  @Override
  public void addPages() {
    addPage(kindPage);
    for (StudyChoice c : StudyChoice.values()) {
      StudyPage p = c.page(editor.getScenario());
      pages.put(c, p);
      addPage(p);
    }
  }

  /** The settings page of what the first page chose. */
  private StudyPage chosen() {
    return pages.get(kindPage.choice());
  }

  @Override
  public IWizardPage getNextPage(IWizardPage page) {
    return page == kindPage ? chosen() : null;
  }

  @Override
  public boolean canFinish() {
    StudyPage p = chosen();
    return getContainer().getCurrentPage() == p && p.isPageComplete();
  }

  @Override
  public boolean performFinish() {
    add(editor.getEditingDomain(), chosen().draft(), kindPage.choice().edit());
    return true;
  }

  /** Executes a draft's additions as one command on the editor's stack, so one Undo takes the study back. */
  public static void add(EditingDomain domain, StudyDraft draft, String label) {
    List<String> problems = draft.problems();
    if (!problems.isEmpty()) throw new IllegalArgumentException(String.join("; ", problems));
    CompoundCommand all = new CompoundCommand(label);
    for (Addition a : draft.additions()) {
      all.append(a.feature().isMany() ? AddCommand.create(domain, a.owner(), a.feature(), a.value()) : SetCommand.create(domain, a.owner(), a.feature(), a.value()));
    }
    if (!all.canExecute()) throw new IllegalStateException(label + ": the scenario cannot take these elements");
    domain.getCommandStack().execute(all);
  }

  /** What to add. */
  private final class KindPage extends WizardPage {
    private final Map<StudyChoice, Button> buttons = new EnumMap<>(StudyChoice.class);

    KindPage() {
      super("kind", "Add a study", null);
    }

    StudyChoice choice() {
      for (Map.Entry<StudyChoice, Button> e : buttons.entrySet()) if (e.getValue().getSelection()) return e.getKey();
      return StudyChoice.POOLING;
    }

    void select(StudyChoice choice) {
      buttons.forEach((k, b) -> b.setSelection(k == choice));
    }

    @Override
    public void createControl(Composite parent) {
      setDescription("Choose what to evaluate on the network of " + editor.getScenario().getId() + ".");
      Composite c = new Composite(parent, SWT.NONE);
      c.setLayout(new GridLayout(1, false));
      for (StudyChoice choice : StudyChoice.values()) {
        Button b = new Button(c, SWT.RADIO);
        b.setText(choice.text());
        buttons.put(choice, b);
        Label l = StudyPage.explanation(c, 1, choice.what());
        ((GridData) l.getLayoutData()).horizontalIndent = 24;
      }
      buttons.get(StudyChoice.POOLING).setSelection(true);
      setControl(c);
    }
  }

  /** For tests: chooses what to add on the first page and shows its settings page, as Next does. */
  public StudyPage show(StudyChoice choice) {
    kindPage.select(choice);
    getContainer().showPage(chosen());
    return chosen();
  }

  public String errorMessage() {
    return ((WizardPage) getContainer().getCurrentPage()).getErrorMessage();
  }
}
