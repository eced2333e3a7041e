package org.slicewright.model.util;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the repository's examples folder from the test's working directory (the bundle folder under Tycho). */
public final class TestFiles {
  private TestFiles() {
  }

  public static Path examples() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("examples"))) return p.resolve("examples");
    }
    throw new IllegalStateException("no examples/ folder above " + Path.of("").toAbsolutePath());
  }

  public static Path example(String name) {
    return examples().resolve(name).resolve(name + ".slicewright");
  }
}
