package org.slicewright.tests.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slicewright.examples.Examples;

/**
 * The shipped examples as tests that edit them need them: a writable copy in the test's own folder, so
 * no test ever writes to the bundled files that the other tests and the workbench read.
 */
public final class ExampleFiles {
  private ExampleFiles() {
  }

  /** Copies the example {@code name}'s scenario file to {@code target}, byte for byte, and returns {@code target}. */
  public static Path copy(String name, Path target) {
    try {
      if (target.getParent() != null) Files.createDirectories(target.getParent());
      return Files.copy(Examples.file(name), target);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy the example '" + name + "' to " + target, e);
    }
  }
}
