package org.slicewright.sim;

/**
 * Progress and cancellation for long engine work, without any Eclipse import so the engines run in
 * tests, the CLI and the workbench alike (the workbench adapts its IProgressMonitor to this).
 * Implementations must be thread-safe: sweeps report from several worker threads.
 */
public interface ProgressMonitor {
  /** A monitor that reports nothing and is never cancelled. */
  ProgressMonitor NONE = new ProgressMonitor() {
    @Override public void begin(String task, int totalWork) { }
    @Override public void worked(int work) { }
    @Override public boolean isCanceled() { return false; }
  };

  void begin(String task, int totalWork);

  void worked(int work);

  boolean isCanceled();
}
