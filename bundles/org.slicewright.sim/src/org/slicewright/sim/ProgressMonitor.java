package org.slicewright.sim;

import java.util.function.BooleanSupplier;

/**
 * Progress and cancellation for long engine work, without any Eclipse import so the engines run in
 * tests, the CLI and the workbench alike (the workbench adapts its IProgressMonitor to this).
 * Implementations must be thread-safe: sweeps report from several worker threads.
 */
public interface ProgressMonitor {
  /** A monitor that reports nothing and is never cancelled. */
  ProgressMonitor NONE = new ProgressMonitor() {
    @Override
    public void begin(String task, int totalWork) {}
    @Override
    public void worked(int work) {}
    @Override
    public boolean isCanceled() { return false; }
  };

  /** A monitor that reports nothing and is cancelled when {@code canceled} says so (a run inside a sweep, a run on a worker). */
  static ProgressMonitor cancelOnly(BooleanSupplier canceled) {
    return new ProgressMonitor() {
      @Override
      public void begin(String task, int totalWork) {}
      @Override
      public void worked(int work) {}
      @Override
      public boolean isCanceled() { return canceled.getAsBoolean(); }
    };
  }

  void begin(String task, int totalWork);

  void worked(int work);

  boolean isCanceled();
}
