package org.slicewright.interchange;

/**
 * Where something was read in an input file, so a message can send the planner straight to it: the
 * file's name, a 1-based line and a 1-based column (0 when the whole line or element is meant).
 */
public record SourceLocation(String file, int line, int column) {
  public static SourceLocation of(String file, int line) {
    return new SourceLocation(file, line, 0);
  }

  @Override
  public String toString() {
    return file + (line > 0 ? ":" + line : "") + (column > 0 ? ":" + column : "");
  }
}
