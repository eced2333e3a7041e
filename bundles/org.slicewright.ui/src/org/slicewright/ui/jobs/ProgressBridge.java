package org.slicewright.ui.jobs;

import org.eclipse.core.runtime.IProgressMonitor;
import org.slicewright.sim.ProgressMonitor;

/** An engine's progress shown on a workbench progress monitor, and the workbench's Cancel passed to the engine. */
public final class ProgressBridge implements ProgressMonitor {
  private final IProgressMonitor monitor;

  public ProgressBridge(IProgressMonitor monitor) {
    this.monitor = monitor;
  }

  @Override
  public void begin(String task, int totalWork) {
    monitor.beginTask(task, totalWork);
  }

  @Override
  public void worked(int work) {
    monitor.worked(work);
  }

  @Override
  public boolean isCanceled() { return monitor.isCanceled(); }
}
