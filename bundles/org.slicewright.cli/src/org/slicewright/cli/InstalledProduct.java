package org.slicewright.cli;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/** The installed product this JVM runs from, as the launcher started it. */
final class InstalledProduct {
  private InstalledProduct() {
  }

  /** The product's folder (holding {@code configuration/} and {@code plugins/}), or {@code null} when this is not an installed product (a test runtime). */
  static Path folder() {
    String area = System.getProperty("osgi.install.area");
    if (area == null) return null;
    try {
      // Equinox gives the install area as an unescaped file: URL, so its path is the folder's path.
      Path p = Path.of(new URL(area).getPath());
      return Files.isDirectory(p.resolve("configuration")) && Files.isDirectory(p.resolve("plugins")) ? p : null;
    } catch (IOException | IllegalArgumentException e) {
      return null;
    }
  }
}
