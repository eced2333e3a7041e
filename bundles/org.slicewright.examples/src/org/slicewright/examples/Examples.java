package org.slicewright.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.URIUtil;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.util.ScenarioLoadException;
import org.slicewright.model.util.ScenarioResources;

/**
 * The shipped examples, read from this bundle: one folder per example holding {@code NAME/NAME.slicewright}
 * and its README. The repository's {@code examples/} folder is their one source; the build copies it into
 * the bundle, which is installed as a folder so the files can be opened, listed and copied like any other.
 * The New Scenario wizard, the Welcome view, the Model Explorer, {@code reproduce} and the tests all read
 * the examples here, so a new example appears everywhere as soon as its folder is added.
 */
public final class Examples {
  private static final String FOLDER = "examples/";
  private static final String EXTENSION = "." + ScenarioResources.FILE_EXTENSION;

  private Examples() {
  }

  /** The folder holding the examples, on the file system. */
  public static Path folder() {
    Bundle bundle = FrameworkUtil.getBundle(Examples.class);
    if (bundle == null) throw new IllegalStateException("the examples are read from the org.slicewright.examples bundle, which is not running in OSGi here");
    URL entry = bundle.getEntry(FOLDER);
    if (entry == null) throw new IllegalStateException("the org.slicewright.examples bundle has no examples/ folder; it was built without its examples");
    try {
      // toFileURL gives an unescaped file: URL (an install path may hold spaces), so URIUtil, not toURI.
      return Path.of(URIUtil.toURI(FileLocator.toFileURL(entry)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled examples", e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("the bundled examples' location is not a file path: " + entry, e);
    }
  }

  /** Every shipped example, by name, sorted. */
  public static List<String> names() {
    try (Stream<Path> dirs = Files.list(folder())) {
      return dirs.filter(d -> Files.isRegularFile(scenarioFileIn(d))).map(d -> d.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the bundled examples", e);
    }
  }

  /** The scenario file of the example {@code name}; refuses a name that is not shipped. */
  public static Path file(String name) {
    Path f = scenarioFileIn(folder().resolve(name));
    if (name.contains("/") || name.contains("\\") || !Files.isRegularFile(f)) {
      throw new IllegalArgumentException("no example '" + name + "'; the examples are " + names());
    }
    return f;
  }

  /** The README of the example {@code name}. */
  public static Path readme(String name) {
    return file(name).resolveSibling("README.md");
  }

  /**
   * The example's title, the first heading of its README ("pooling-32ap: resource pooling for a
   * federated AI service"), so the Welcome view describes each example from the example itself.
   */
  public static String title(String name) {
    try (Stream<String> lines = Files.lines(readme(name))) {
      return lines.filter(l -> l.startsWith("# ")).map(l -> l.substring(2).strip()).findFirst().orElse(name);
    } catch (IOException e) {
      return name;
    }
  }

  /** A fresh copy of the example {@code name}, loaded in a resource set of its own. */
  public static Scenario load(String name) {
    try {
      return ScenarioResources.load(file(name));
    } catch (ScenarioLoadException e) {
      // A shipped example that does not load is a broken build, not bad input from the planner.
      throw new IllegalStateException("the bundled example '" + name + "' does not load: " + e.getMessage(), e);
    }
  }

  private static Path scenarioFileIn(Path dir) {
    return dir.resolve(dir.getFileName() + EXTENSION);
  }
}
