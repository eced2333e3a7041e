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
  private final ChoicePage<StudyChoice> kindPage;
  private final Map<StudyChoice, StudyPage> pages = new EnumMap<>(StudyChoice.class);

  public AddStudyWizard(ScenarioEditor editor) {
    this.editor = editor;
    kindPage = new ChoicePage<>("kind", "Add a study", "Choose what to evaluate on the network of " + editor.getScenario().getId() + ".",
        List.of(StudyChoice.values()), StudyChoice::text, StudyChoice::what);
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
    return pages.get(kindPage.chosen());
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
    add(editor.getEditingDomain(), chosen().draft(), kindPage.chosen().edit());
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
