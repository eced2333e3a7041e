package org.slicewright.sim;

/** Thrown by an engine that noticed its monitor was cancelled; nothing partial is returned. */
public class CanceledException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CanceledException() {
    super("cancelled");
  }
}
