package org.slicewright.interchange;

/** A file that cannot be imported, with where it is wrong; nothing has been written when it is thrown. */
public final class ImportException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient SourceLocation where;

  public ImportException(SourceLocation where, String message) {
    super(where + ": " + message);
    this.where = where;
  }

  /** The import was cancelled: nothing was built or written. */
  public static ImportException cancelled(String file) {
    return new ImportException(SourceLocation.of(file, 0), "cancelled; nothing was written");
  }

  /** Where the file is wrong. */
  public SourceLocation where() {
    return where;
  }
}
