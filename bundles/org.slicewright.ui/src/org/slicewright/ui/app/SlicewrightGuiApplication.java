package org.slicewright.ui.app;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/** The workbench application: {@code ./slicewright gui [FILE...]} opens the given scenarios. */
public class SlicewrightGuiApplication implements IApplication {
  @Override
  public Object start(IApplicationContext context) {
    StartupTrace.mark("application started");
    String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
    Display display = PlatformUI.createDisplay();
    try {
      int code = PlatformUI.createAndRunWorkbench(display, new PlannerWorkbenchAdvisor(args == null ? new String[0] : args));
      return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
    } finally {
      display.dispose();
    }
  }

  @Override
  public void stop() {
    if (!PlatformUI.isWorkbenchRunning()) return;
    IWorkbench workbench = PlatformUI.getWorkbench();
    Display display = workbench.getDisplay();
    display.syncExec(() -> {
      if (!display.isDisposed()) workbench.close();
    });
  }
}
