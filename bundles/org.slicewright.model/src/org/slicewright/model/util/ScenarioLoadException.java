package org.slicewright.model.util;

import java.nio.file.Path;

/**
 * A scenario file could not be read. The message always names the file and, where the parser
 * knows it, the line and column, so a planner can open the file at the problem.
 */
public class ScenarioLoadException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient Path file;
  private final int line;
  private final int column;
  private final String problem;

  public ScenarioLoadException(Path file, int line, int column, String problem, Throwable cause) {
    super(format(file, line, column, problem), cause);
    this.file = file;
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  /** The message with the file named as the user typed it (a command run for another folder reads it by its absolute path). */
  public String messageNaming(String shownFile) {
    return format(shownFile, line, column, problem);
  }

  private static String format(Object file, int line, int column, String problem) {
    StringBuilder b = new StringBuilder().append(file);
    if (line > 0) {
      b.append(':').append(line);
      if (column > 0) b.append(':').append(column);
    }
    return b.append(": ").append(problem).toString();
  }

  public Path getFile() { return file; }
  /** 1-based line of the problem, or 0 when unknown. */
  public int getLine() { return line; }
  /** 1-based column of the problem, or 0 when unknown. */
  public int getColumn() { return column; }
}
