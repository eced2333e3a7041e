package org.slicewright.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C during a long command: the JVM's shutdown hook cancels the command's progress monitor and
 * waits (up to a minute) until the command has written what it keeps, then lets the JVM exit.
 */
final class CtrlCHandler implements AutoCloseable {
  private final CountDownLatch finished = new CountDownLatch(1);
  private final Thread hook;

  CtrlCHandler(TerminalProgress progress) {
    hook = new Thread(() -> {
      progress.cancel();
      try {
        finished.await(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "slicewright-ctrl-c");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  @Override
  public void close() {
    finished.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // The JVM is already shutting down (Ctrl-C): the hook is running and now returns.
    }
  }
}
