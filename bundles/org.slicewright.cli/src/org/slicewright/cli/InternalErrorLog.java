package org.slicewright.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What the command line says when something fails that is not the input's fault: one line naming
 * the failure (running out of memory gets its own advice), and the full details in a log file in the
 * temporary folder that is kept for a bug report.
 */
final class InternalErrorLog {
  private InternalErrorLog() {
  }

  /** One line for the terminal. */
  static String describe(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        return String.format(Locale.ROOT, "out of memory (the Java heap holds %d MB): make the scenario smaller (fewer nodes, sub-pools, "
            + "hidden units or ticks) or give Java more memory (-Xmx in the launcher's .ini)", Runtime.getRuntime().maxMemory() >> 20);
      }
    }
    return "internal error: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse(""));
  }

  /** Writes the command, its arguments and the stack trace; returns the log's path, or why it could not be written. */
  static String write(String command, String[] args, Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    String text = "slicewright " + String.join(" ", args) + "\n" + System.getProperty("java.vendor") + " " + System.getProperty("java.version") + ", "
        + Runtime.getRuntime().availableProcessors() + " cores, heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MB\n\n" + trace;
    try {
      String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
      Path log = Files.createTempFile("slicewright-" + command + "-" + stamp + "-", ".log");
      Files.writeString(log, text, StandardCharsets.UTF_8);
      return log.toString();
    } catch (IOException | RuntimeException io) {
      return "no log written: " + io.getMessage();
    }
  }
}
