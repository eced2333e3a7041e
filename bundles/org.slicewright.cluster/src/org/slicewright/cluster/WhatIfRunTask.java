package org.slicewright.cluster;

import java.io.IOException;
import java.io.Serializable;
import java.util.concurrent.Callable;

import org.slicewright.sim.ProgressMonitor;
import org.slicewright.whatif.WhatIf;
import org.slicewright.whatif.WhatIfs;

/**
 * One run sent to a worker: the what-if's name and the run's specification, seed included, so the
 * run is a pure function of it and gives the same result on any member. A cancel from the submitter
 * interrupts the worker's thread, and the run stops at its next check.
 */
public record WhatIfRunTask(String whatIf, Serializable spec) implements Callable<Serializable>, Serializable {
  private static final long serialVersionUID = 1L;

  @Override
  public Serializable call() throws IOException {
    @SuppressWarnings("unchecked")
    WhatIf<Object, Object> w = (WhatIf<Object, Object>) WhatIfs.named(whatIf);
    if (w == null || !w.distributable()) throw new IllegalArgumentException("this worker runs no '" + whatIf + "' what-if");
    // A cancel from the submitter interrupts this thread.
    return (Serializable) w.run(spec, ProgressMonitor.cancelOnly(() -> Thread.currentThread().isInterrupted()));
  }
}
