package org.slicewright.data.traces;

/** A demand-trace file is malformed; the message names the file, the line and the column. */
public class TraceFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  public TraceFormatException(String message) {
    super(message);
  }
}
