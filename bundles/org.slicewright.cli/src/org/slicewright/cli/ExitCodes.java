package org.slicewright.cli;

/** Exit codes of the command line. */
public final class ExitCodes {
  public static final int OK = 0;
  /** The scenario is readable but has validation problems (validate). */
  public static final int PROBLEMS = 1;
  /** Bad input: usage, missing or corrupt file, invalid model, impossible parameters. */
  public static final int BAD_INPUT = 2;
  /** An internal error or running out of memory: one line on stderr, the details in a kept log file. */
  public static final int INTERNAL_ERROR = 3;
  /** Some runs of a what-if failed (on a cluster or here): the command names them; the outputs hold the others. */
  public static final int INCOMPLETE = 4;
  /** Stopped by the user (Ctrl-C); finished rows are kept. */
  public static final int CANCELED = 130;

  private ExitCodes() {
  }
}
