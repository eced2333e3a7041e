package org.slicewright.ui.whatif;

import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolTip;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * A notice at the window's corner when a what-if ends, so a planner who went on editing learns it
 * without watching the progress bar. A failed job needs none: the workbench reports its error in a
 * dialog.
 */
final class JobNotice extends JobChangeAdapter {
  private final Supplier<String> outcome;
  /** When the job started running; 0 while it has not (a job cancelled before it ran). */
  private long start;
  /** The notice shown last, disposed when the next one is shown. */
  private static ToolTip shown;

  /** @param outcome what the finished job did, in words ("18 runs added to pooling-32ap") */
  JobNotice(Supplier<String> outcome) {
    this.outcome = outcome;
  }

  @Override
  public void running(IJobChangeEvent event) {
    start = System.nanoTime();
  }

  @Override
  public void done(IJobChangeEvent event) {
    int severity = event.getResult().getSeverity();
    if (severity == IStatus.ERROR || !PlatformUI.isWorkbenchRunning()) return;
    String seconds = start == 0 ? "" : String.format(Locale.ROOT, " after %.1f s", (System.nanoTime() - start) / 1e9);
    String title = severity == IStatus.CANCEL ? "What-if cancelled" : "What-if finished";
    String message = severity == IStatus.CANCEL
        ? event.getJob().getName() + ": cancelled" + seconds + "; the scenario is unchanged."
        : outcome.get() + seconds + ". See Results and Charts.";
    Display display = PlatformUI.getWorkbench().getDisplay();
    display.asyncExec(() -> show(title, message));
  }

  private static void show(String title, String message) {
    IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    if (window == null) return;
    Shell shell = window.getShell();
    if (shown != null && !shown.isDisposed()) shown.dispose();
    ToolTip tip = new ToolTip(shell, SWT.BALLOON | SWT.ICON_INFORMATION);
    shown = tip;
    tip.setText(title);
    tip.setMessage(message);
    tip.setAutoHide(true);
    Rectangle b = shell.getBounds();
    // Near the bottom right corner, far enough in for the balloon to stay on the window.
    tip.setLocation(b.x + b.width - 380, b.y + b.height - 60);
    tip.setVisible(true);
  }
}
