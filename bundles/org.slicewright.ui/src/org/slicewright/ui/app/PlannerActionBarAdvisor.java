package org.slicewright.ui.app;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.slicewright.ui.help.UserGuideView;
import org.slicewright.ui.interchange.InterchangeActions;
import org.slicewright.ui.results.ExportReportAction;
import org.slicewright.ui.results.RecommendPoliciesAction;
import org.slicewright.ui.validation.ValidateAction;
import org.slicewright.ui.welcome.NewScenarioWizard;
import org.slicewright.ui.whatif.AddStudyAction;
import org.slicewright.ui.whatif.ReproduceStudiesAction;
import org.slicewright.ui.whatif.ReserveResourcesAction;
import org.slicewright.ui.whatif.RunWhatIfAction;

/** Menus: File (New, Open, Save, Import/Export Network, Exit), Edit (Undo, Redo, Delete), Window (Show View, Preferences), Help (About). */
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
    register(new RunWhatIfAction(window));
    register(new ValidateAction(window));
    register(new RecommendPoliciesAction(window));
    register(ActionFactory.COPY.create(window));
    register(ActionFactory.CUT.create(window));
    register(ActionFactory.PASTE.create(window));
    Action newScenario = new Action("&New Scenario...") {
      @Override
      public void run() {
        new WizardDialog(window.getShell(), new NewScenarioWizard(window, null)).open();
      }
    };
    newScenario.setId("org.slicewright.ui.newScenario");
    register(newScenario);
    Action guide = new Action("&User Guide") {
      @Override
      public void run() {
        try {
          window.getActivePage().showView(UserGuideView.ID);
        } catch (PartInitException e) {
          MessageDialog.openError(window.getShell(), "User Guide", e.getMessage());
        }
      }
    };
    guide.setId("org.slicewright.ui.userGuide");
    register(guide);
    register(new ExportReportAction(window));
    register(InterchangeActions.importNetwork(window));
    register(InterchangeActions.exportNetwork(window));
    register(new ReserveResourcesAction(window));
    register(new ReproduceStudiesAction(window));
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
    file.add(new Separator());
    file.add(getAction(InterchangeActions.IMPORT_ID));
    file.add(getAction(InterchangeActions.EXPORT_ID));
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
    edit.add(getAction(ValidateAction.ID));
    MenuManager whatIf = new MenuManager("What-&If", "whatif");
    whatIf.add(getAction(AddStudyAction.ID));
    whatIf.add(getAction(RunWhatIfAction.ID));
    whatIf.add(getAction(RecommendPoliciesAction.ID));
    whatIf.add(getAction(ReserveResourcesAction.ID));
    whatIf.add(new Separator());
    whatIf.add(getAction(ExportReportAction.ID));
    whatIf.add(new Separator());
    whatIf.add(getAction(ReproduceStudiesAction.ID));
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
