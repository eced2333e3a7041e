package org.slicewright.ui.app;

import java.lang.management.ManagementFactory;

/**
 * With {@code -Dslicewright.startupTrace=true}, the workbench prints when each phase of its start is
 * reached, in milliseconds since the JVM started, so start-up can be measured and profiled phase by
 * phase (OSGi and application start, the window open, the scenarios opened, the window usable).
 */
final class StartupTrace {
  private static final boolean ON = Boolean.getBoolean("slicewright.startupTrace");

  private StartupTrace() {
  }

  static void mark(String phase) {
    if (ON) System.out.println("slicewright: " + phase + " " + (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) + " ms after the JVM started");
  }

  static boolean on() {
    return ON;
  }
}
