package org.slicewright.sim.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a scenario's trace references may point: a regular file inside the scenario's folder (or
 * below it), of at most {@value #MAX_MB} MB. A scenario is a document a planner may receive from
 * anyone; its references must not read {@code /etc/passwd}, {@code /dev/zero} or another user's
 * files, and must not exhaust memory before a run starts.
 */
public final class TraceFiles {
  /** Largest trace read: a year of 10-minute samples of 1 000 cells is about 300 MB of CSV. */
  public static final long MAX_MB = 512;

  private TraceFiles() {
  }

  /**
   * The trace file {@code ref} names, relative to {@code folder}.
   *
   * @param owner the element holding the reference, for messages ("twin 'x'")
   * @throws IllegalArgumentException naming the owner and the reference when it points outside the
   *         folder, to something that is not a regular file, or to a file over the size limit
   */
  public static Path resolve(Path folder, String ref, String owner) {
    Path base;
    Path file;
    try {
      base = folder.toAbsolutePath().normalize();
      file = base.resolve(ref).normalize();
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException(owner + ": trace '" + ref + "' is not a valid path");
    }
    if (!file.startsWith(base)) throw new IllegalArgumentException(owner + ": trace '" + ref + "' is outside the scenario's folder " + base);
    try {
      // A link inside the folder may lead out of it: the real path must stay inside too.
      if (Files.exists(file) && !file.toRealPath().startsWith(base.toRealPath())) {
        throw new IllegalArgumentException(owner + ": trace '" + ref + "' leads outside the scenario's folder " + base);
      }
      if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file)) {
        throw new IllegalArgumentException(owner + ": trace '" + ref + "' is not a regular file");
      }
      if (Files.isRegularFile(file) && Files.size(file) > MAX_MB << 20) {
        throw new IllegalArgumentException(String.format(Locale.ROOT, "%s: trace '%s' is %.0f MB, over the %d MB a trace may have", owner, ref,
            Files.size(file) / 1048576.0, MAX_MB));
      }
    } catch (IOException e) {
      throw new IllegalArgumentException(owner + ": trace '" + ref + "' cannot be read: " + e.getMessage());
    }
    return file;
  }
}
