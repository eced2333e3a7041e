package org.slicewright.tests.support;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The source repository the tests run in (under Tycho a test's working directory is its bundle's
 * folder), for the tests that hold shipped files to their sources: the README's command table, the
 * examples the examples bundle copies.
 */
public final class Repository {
  private Repository() {
  }

  /** The repository's root: the nearest folder at or above the working directory with a pom.xml and an examples/ folder. */
  public static Path root() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("pom.xml")) && Files.isDirectory(p.resolve("examples"))) return p;
    }
    throw new IllegalStateException("no repository root (pom.xml beside examples/) at or above " + Path.of("").toAbsolutePath());
  }
}
