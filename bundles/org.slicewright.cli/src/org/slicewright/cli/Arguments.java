package org.slicewright.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.slicewright.cluster.ClusterSettings;

/** A command's arguments: positional values and {@code --name value} / {@code --flag} options. */
final class Arguments {
  final List<String> positional = new ArrayList<>();
  private final Map<String, String> options = new HashMap<>();
  private final Path workingDirectory;

  /**
   * @param workingDirectory what relative paths are relative to: the empty path for this process's own
   *          folder, or the caller's folder when a {@link DaemonCommand daemon} runs the command for it
   */
  Arguments(String[] args, int from, Set<String> valued, Set<String> flags, Path workingDirectory) throws UsageException {
    this.workingDirectory = workingDirectory;
    for (int i = from; i < args.length; i++) {
      String a = args[i];
      if (a.startsWith("--")) {
        String name = a.substring(2);
        String value = null;
        int eq = name.indexOf('=');
        if (eq >= 0) {
          value = name.substring(eq + 1);
          name = name.substring(0, eq);
        }
        if (flags.contains(name)) {
          options.put(name, "true");
        } else if (valued.contains(name)) {
          if (value == null) {
            if (i + 1 >= args.length) throw new UsageException("option --" + name + " needs a value");
            value = args[++i];
          }
          options.put(name, value);
        } else {
          throw new UsageException("unknown option --" + name);
        }
      } else {
        positional.add(a);
      }
    }
  }

  boolean flag(String name) {
    return options.containsKey(name);
  }

  String value(String name) {
    return options.get(name);
  }

  int intValue(String name, int def, int min) throws UsageException {
    String v = options.get(name);
    if (v == null) return def;
    try {
      int i = Integer.parseInt(v);
      if (i < min) throw new UsageException("--" + name + " must be >= " + min + ", is " + i);
      return i;
    } catch (NumberFormatException e) {
      throw new UsageException("--" + name + " takes a whole number, not '" + v + "'");
    }
  }

  /** The options naming a cluster, as a command's synopsis writes them. */
  static final String CLUSTER_SYNOPSIS = "[--cluster NAME --member HOST:PORT,... [--interface IP]]";

  /** A command's options with those naming a cluster. */
  static Set<String> withClusterOptions(String... options) {
    Set<String> all = new TreeSet<>(Set.of(options));
    all.addAll(List.of("cluster", "member", "interface"));
    return Set.copyOf(all);
  }

  /** The cluster to run pooling runs on ({@code --cluster NAME --member HOST:PORT,...}), or null for this machine. */
  ClusterSettings cluster() throws UsageException {
    if (value("cluster") == null) {
      if (value("member") != null || value("interface") != null) throw new UsageException("--member and --interface need --cluster NAME");
      return null;
    }
    if (value("member") == null) throw new UsageException("--cluster needs --member HOST:PORT (a worker to join)");
    try {
      // This process is a lite member: it takes the first free port from 5701 up.
      return ClusterSettings.of(value("cluster"), value("member"), value("interface"), ClusterSettings.DEFAULT_PORT);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** The {@code --out DIR} folder, not created yet (inputs are checked before anything is written). */
  Path outFolder() throws UsageException {
    String dir = options.get("out");
    if (dir == null) throw new UsageException("missing --out DIR");
    return path(dir);
  }

  /** The {@code --out DIR} folder, created with its parents when missing. */
  Path createOutFolder() throws UsageException {
    return createFolder(outFolder());
  }

  static Path createFolder(Path dir) throws UsageException {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UsageException("cannot create output folder " + dir + ": " + e.getMessage());
    }
    return dir;
  }

  Path file(String what) throws UsageException {
    if (positional.isEmpty()) throw new UsageException("missing " + what);
    if (positional.size() > 1) throw new UsageException("unexpected argument '" + positional.get(1) + "'");
    return path(positional.get(0));
  }

  /** A path the caller typed, relative to the caller's working directory. */
  Path path(String typed) {
    return workingDirectory.resolve(typed);
  }

  /** The file of {@link #file} as the caller typed it, for messages: the same text whether a daemon or this process runs the command. */
  String fileAsTyped() {
    return positional.get(0);
  }
}
