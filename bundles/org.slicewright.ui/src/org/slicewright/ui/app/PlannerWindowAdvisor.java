package org.slicewright.ui.app;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** The main window: size, title, status line, menus. */
public class PlannerWindowAdvisor extends WorkbenchWindowAdvisor {
  public PlannerWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
    super(configurer);
  }

  @Override
  public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
    return new PlannerActionBarAdvisor(configurer);
  }

  @Override
  public void postWindowOpen() {
    StartupTrace.mark("window open");
  }

  @Override
  public void preWindowOpen() {
    IWorkbenchWindowConfigurer c = getWindowConfigurer();
    c.setInitialSize(new Point(1400, 900));
    c.setShowCoolBar(true);
    c.setShowStatusLine(true);
    c.setShowProgressIndicator(true);
    c.setTitle("Slicewright");
  }
}
