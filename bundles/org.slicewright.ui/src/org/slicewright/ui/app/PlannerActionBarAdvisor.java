package org.slicewright.ui.app;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.slicewright.ui.whatif.AddStudyAction;

/** Menus: File (Open, Save, Exit), Edit (Undo, Redo, Delete), Window (Show View, Preferences), Help (About). */
public class PlannerActionBarAdvisor extends ActionBarAdvisor {
  public PlannerActionBarAdvisor(IActionBarConfigurer configurer) {
    super(configurer);
  }

  @Override
  protected void makeActions(IWorkbenchWindow window) {
    register(new OpenScenarioAction(window));
    register(ActionFactory.SAVE.create(window));
    register(ActionFactory.SAVE_ALL.create(window));
    register(ActionFactory.CLOSE.create(window));
    register(ActionFactory.QUIT.create(window));
    register(ActionFactory.UNDO.create(window));
    register(ActionFactory.REDO.create(window));
    register(ActionFactory.DELETE.create(window));
    // Rename (F2) goes to the scenario editor's page: the diagram's rename box or a form row's name cell.
    register(ActionFactory.RENAME.create(window));
    register(ActionFactory.PREFERENCES.create(window));
    register(ActionFactory.ABOUT.create(window));
    register(new AddStudyAction(window));
    register(new org.slicewright.ui.whatif.RunWhatIfAction(window));
    register(new org.slicewright.ui.validation.ValidateAction(window));
    register(new org.slicewright.ui.results.RecommendPoliciesAction(window));
    register(ActionFactory.COPY.create(window));
    register(ActionFactory.CUT.create(window));
    register(ActionFactory.PASTE.create(window));
    org.eclipse.jface.action.Action newScenario = new org.eclipse.jface.action.Action("&New Scenario...") {
      @Override
      public void run() {
        new org.eclipse.jface.wizard.WizardDialog(window.getShell(), new org.slicewright.ui.welcome.NewScenarioWizard(window, null)).open();
      }
    };
    newScenario.setId("org.slicewright.ui.newScenario");
    register(newScenario);
    org.eclipse.jface.action.Action guide = new org.eclipse.jface.action.Action("&User Guide") {
      @Override
      public void run() {
        try {
          window.getActivePage().showView(org.slicewright.ui.help.UserGuideView.ID);
        } catch (org.eclipse.ui.PartInitException e) {
          org.eclipse.jface.dialogs.MessageDialog.openError(window.getShell(), "User Guide", e.getMessage());
        }
      }
    };
    guide.setId("org.slicewright.ui.userGuide");
    register(guide);
    register(new org.slicewright.ui.results.ExportReportAction(window));
    register(new org.slicewright.ui.whatif.ReproduceStudiesAction(window));
  }

  @Override
  protected void fillMenuBar(IMenuManager bar) {
    IWorkbenchWindow w = getActionBarConfigurer().getWindowConfigurer().getWindow();
    MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
    file.add(getAction("org.slicewright.ui.newScenario"));
    file.add(getAction(OpenScenarioAction.ID));
    file.add(new Separator());
    file.add(getAction(ActionFactory.SAVE.getId()));
    file.add(getAction(ActionFactory.SAVE_ALL.getId()));
    file.add(getAction(ActionFactory.CLOSE.getId()));
    file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
    file.add(new Separator());
    file.add(getAction(ActionFactory.QUIT.getId()));
    MenuManager edit = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
    edit.add(getAction(ActionFactory.UNDO.getId()));
    edit.add(getAction(ActionFactory.REDO.getId()));
    edit.add(new Separator());
    edit.add(getAction(ActionFactory.CUT.getId()));
    edit.add(getAction(ActionFactory.COPY.getId()));
    edit.add(getAction(ActionFactory.PASTE.getId()));
    edit.add(getAction(ActionFactory.DELETE.getId()));
    edit.add(getAction(ActionFactory.RENAME.getId()));
    edit.add(new Separator());
    edit.add(getAction(org.slicewright.ui.validation.ValidateAction.ID));
    MenuManager whatIf = new MenuManager("What-&If", "whatif");
    whatIf.add(getAction(AddStudyAction.ID));
    whatIf.add(getAction(org.slicewright.ui.whatif.RunWhatIfAction.ID));
    whatIf.add(getAction(org.slicewright.ui.results.RecommendPoliciesAction.ID));
    whatIf.add(new Separator());
    whatIf.add(getAction(org.slicewright.ui.results.ExportReportAction.ID));
    whatIf.add(new Separator());
    whatIf.add(getAction(org.slicewright.ui.whatif.ReproduceStudiesAction.ID));
    MenuManager window = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
    MenuManager showView = new MenuManager("Show &View");
    showView.add(ContributionItemFactory.VIEWS_SHORTLIST.create(w));
    window.add(showView);
    window.add(new Separator());
    window.add(getAction(ActionFactory.PREFERENCES.getId()));
    MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
    help.add(getAction("org.slicewright.ui.userGuide"));
    help.add(new Separator());
    help.add(getAction(ActionFactory.ABOUT.getId()));
    bar.add(file);
    bar.add(edit);
    bar.add(whatIf);
    bar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
    bar.add(window);
    bar.add(help);
  }
}
