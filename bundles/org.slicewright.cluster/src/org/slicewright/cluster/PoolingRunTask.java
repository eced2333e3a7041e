package org.slicewright.cluster;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

import org.slicewright.sim.ProgressMonitor;
import org.slicewright.sim.pooling.DigitTask;
import org.slicewright.sim.pooling.PoolingConfig;
import org.slicewright.sim.pooling.PoolingRunResult;
import org.slicewright.sim.pooling.PoolingSimulation;

/**
 * One pooling run sent to a worker: the run's full configuration, seed included, so the run is a pure
 * function of it and gives the same result on any member. The digit data each member reads once from
 * its own installation. A cancel from the submitter interrupts the worker's thread, and the run stops
 * at its next tick.
 */
public record PoolingRunTask(PoolingConfig config) implements Callable<PoolingRunResult>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final Map<Integer, DigitTask> DIGITS = new ConcurrentHashMap<>();

  @Override
  public PoolingRunResult call() {
    DigitTask digits = DIGITS.computeIfAbsent(config.testPerClass(), n -> {
      try {
        return DigitTask.loadDefault(n);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    return new PoolingSimulation(config, digits).run(new ProgressMonitor() {
      @Override
      public void begin(String task, int totalWork) {
      }

      @Override
      public void worked(int work) {
      }

      @Override
      public boolean isCanceled() {
        return Thread.currentThread().isInterrupted();
      }
    });
  }
}
