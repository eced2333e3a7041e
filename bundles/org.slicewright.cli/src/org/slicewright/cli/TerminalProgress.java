package org.slicewright.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slicewright.sim.ProgressMonitor;

/**
 * Progress on stderr: a redrawn bar with an estimate of the time left when stderr is a terminal,
 * otherwise a plain line at every tenth of the work (so CI logs stay readable). Cancelled by
 * {@link #cancel()} (the Ctrl-C hook).
 */
final class TerminalProgress implements ProgressMonitor {
  private final PrintStream err;
  private final boolean terminal;
  private final AtomicBoolean canceled = new AtomicBoolean();
  private String task = "";
  private int total;
  private int done;
  private int lastTenth = -1;
  private long start;

  TerminalProgress(PrintStream err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  @Override
  public synchronized void begin(String task, int totalWork) {
    this.task = task;
    this.total = totalWork;
    this.done = 0; // a new task: reproduce runs several studies on one progress line
    this.start = System.nanoTime();
    draw();
  }

  @Override
  public synchronized void worked(int work) {
    done += work;
    draw();
  }

  private void draw() {
    if (total <= 0) return;
    double f = Math.min(1, (double) done / total);
    double elapsed = (System.nanoTime() - start) / 1e9;
    String eta = done == 0 ? "" : String.format(Locale.ROOT, ", %.0f s left", elapsed / done * (total - done));
    if (terminal) {
      int width = 30, filled = (int) Math.round(f * width);
      err.print(String.format(Locale.ROOT, "\r%s [%s%s] %d/%d%s   ", task, "#".repeat(filled), " ".repeat(width - filled), done, total, eta));
      if (done >= total) err.println();
      err.flush();
    } else {
      int tenth = (int) Math.floor(f * 10);
      if (tenth != lastTenth) {
        lastTenth = tenth;
        err.println(String.format(Locale.ROOT, "%s: %d/%d (%.0f%%)%s", task, done, total, 100 * f, eta));
      }
    }
  }

  void cancel() {
    canceled.set(true);
  }

  @Override
  public boolean isCanceled() { return canceled.get(); }
}
