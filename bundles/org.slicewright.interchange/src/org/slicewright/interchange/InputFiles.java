package org.slicewright.interchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The checks every importer makes on its file before reading it: it exists, and it is not absurdly large. */
public final class InputFiles {
  /** The largest file read: a 1 000 000-node inventory is about 150 MB. */
  public static final long MAX_BYTES = 512L << 20;

  private InputFiles() {
  }

  /** Refuses a missing or oversized file before it is read. */
  public static void check(Path file) throws IOException, ImportException {
    String name = file.getFileName().toString();
    if (!Files.isRegularFile(file)) throw new ImportException(SourceLocation.of(name, 0), "no such file: " + file);
    if (Files.size(file) > MAX_BYTES) throw new ImportException(SourceLocation.of(name, 0), "the file has " + Files.size(file) / (1 << 20) + " MB; the limit is " + MAX_BYTES / (1 << 20) + " MB");
  }
}
