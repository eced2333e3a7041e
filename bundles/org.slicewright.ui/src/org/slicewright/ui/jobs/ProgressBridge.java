package org.slicewright.ui.jobs;

import org.eclipse.core.runtime.IProgressMonitor;
import org.slicewright.sim.ProgressMonitor;

/**
 * An engine's progress shown on a workbench progress monitor, and the workbench's Cancel passed to the
 * engine. A workbench monitor takes one {@code beginTask}: the first {@code begin} sets the bar (a
 * sweep's run count, or a single run's own steps) and an engine's later phases add to it.
 */
public final class ProgressBridge implements ProgressMonitor {
  private final IProgressMonitor monitor;
  private final String name;
  private boolean begun;

  /** Shows each engine task's own name. */
  public ProgressBridge(IProgressMonitor monitor) {
    this(monitor, null);
  }

  /** Shows {@code name} (a job's) instead of the engine's task names. */
  public ProgressBridge(IProgressMonitor monitor, String name) {
    this.monitor = monitor;
    this.name = name;
  }

  @Override
  public synchronized void begin(String task, int totalWork) {
    if (begun) {
      if (name == null) monitor.subTask(task);
      return;
    }
    begun = true;
    monitor.beginTask(name == null ? task : name, totalWork);
  }

  @Override
  public void worked(int work) {
    monitor.worked(work);
  }

  @Override
  public boolean isCanceled() { return monitor.isCanceled(); }
}
