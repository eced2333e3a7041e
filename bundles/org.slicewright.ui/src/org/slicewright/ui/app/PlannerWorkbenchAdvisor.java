package org.slicewright.ui.app;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.slicewright.ui.validation.ValidationOnSave;

/** Starts the workbench in the Slicewright perspective and opens the scenario files given on the command line. */
public class PlannerWorkbenchAdvisor extends WorkbenchAdvisor {
  private final String[] args;

  public PlannerWorkbenchAdvisor(String[] args) {
    this.args = args;
  }

  @Override
  public void initialize(IWorkbenchConfigurer configurer) {
    super.initialize(configurer);
    configurer.setSaveAndRestore(false);
  }

  @Override
  public String getInitialWindowPerspectiveId() { return PlannerPerspective.ID; }

  @Override
  public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
    return new PlannerWindowAdvisor(configurer);
  }

  @Override
  public void postStartup() {
    StartupTrace.mark("workbench started");
    ValidationOnSave.install();
    for (String a : args) {
      // Only scenario files: launchers and test harnesses pass other arguments too.
      if (a.startsWith("-") || !a.endsWith(".slicewright")) continue;
      Path p = Path.of(a);
      if (Files.exists(p)) OpenScenarioAction.open(getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow(), p);
    }
    StartupTrace.mark("scenarios opened");
    // After the events already queued (the editors' layout and paint): the window is usable.
    if (StartupTrace.on()) Display.getCurrent().asyncExec(() -> StartupTrace.mark("workbench usable"));
  }
}
