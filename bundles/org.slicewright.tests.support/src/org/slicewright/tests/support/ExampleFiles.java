package org.slicewright.tests.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shipped examples as the tests see them: the repository's {@code examples/} folder, found from the
 * test's working directory (the bundle's folder under Tycho), one folder per example holding
 * {@code NAME/NAME.slicewright} and its README. Tests iterate over {@link #names()} rather than listing
 * the examples, so a new example is tested as soon as it is added.
 */
public final class ExampleFiles {
  /** The extension of a scenario file. */
  public static final String EXTENSION = ".slicewright";

  private ExampleFiles() {
  }

  /** The repository's {@code examples/} folder. */
  public static Path examples() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("examples"))) return p.resolve("examples");
    }
    throw new IllegalStateException("no examples/ folder above " + Path.of("").toAbsolutePath());
  }

  /** The scenario file of the example {@code name}. */
  public static Path example(String name) {
    Path f = examples().resolve(name).resolve(name + EXTENSION);
    if (!Files.isRegularFile(f)) throw new IllegalArgumentException("no example '" + name + "': " + f + " is missing; examples are " + names());
    return f;
  }

  /** Every shipped example, by name, sorted: the folders of {@code examples/} that hold their scenario file. */
  public static List<String> names() {
    try (Stream<Path> dirs = Files.list(examples())) {
      return dirs.filter(d -> Files.isRegularFile(d.resolve(d.getFileName() + EXTENSION))).map(d -> d.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
