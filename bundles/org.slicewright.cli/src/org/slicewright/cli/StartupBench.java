package org.slicewright.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Start-up of the command line as the planner meets it: {@code info} on the pooling example, the whole
 * process, ten runs each way in this run, timed by {@code /usr/bin/time -v} (wall time and peak memory)
 * where it is installed, else by this process's clock:
 * <ul>
 * <li>baseline, as the launcher started until now: a fresh copy of the product's OSGi configuration
 * per run (every bundle installed and resolved again) and the JIT's optimising tier;</li>
 * <li>now: one configuration area kept and reused (resolved once, as the launcher keeps it per product
 * build) and the JIT's first tier for the short commands.</li>
 * </ul>
 */
final class StartupBench {
  private static final int RUNS = 10;
  private static final Pattern WALL = Pattern.compile("Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\): (?:(\\d+):)?(\\d+):(\\d+(?:\\.\\d+)?)");
  private static final Pattern RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");

  private StartupBench() {
  }

  /** One process's figures. */
  private record Sample(double seconds, long maxRssKb) {
  }

  static void run(PrintStream out, Path example) throws IOException, InterruptedException {
    Path product = product();
    if (product == null) {
      out.println("start-up: not measured (not running from an installed product)");
      return;
    }
    Path launcher;
    try (Stream<Path> s = Files.list(product.resolve("plugins"))) {
      launcher = s.filter(p -> p.getFileName().toString().startsWith("org.eclipse.equinox.launcher_")).findFirst().orElse(null);
    }
    if (launcher == null) {
      out.println("start-up: not measured (no launcher in " + product + ")");
      return;
    }
    Path kept = Files.createTempDirectory("slicewright-startup-");
    try {
      copy(product.resolve("configuration"), kept);
      run(product, launcher, kept, example, List.of("-XX:TieredStopAtLevel=1")); // resolves once, as the launcher's first run does
      List<Sample> before = new ArrayList<>(), now = new ArrayList<>();
      for (int i = 0; i < RUNS; i++) {
        Path fresh = Files.createTempDirectory("slicewright-startup-fresh-");
        try {
          copy(product.resolve("configuration"), fresh);
          before.add(run(product, launcher, fresh, example, List.of()));
        } finally {
          delete(fresh);
        }
        now.add(run(product, launcher, kept, example, List.of("-XX:TieredStopAtLevel=1")));
      }
      double b = median(before, Sample::seconds), n = median(now, Sample::seconds);
      out.printf(Locale.ROOT, "start-up, info on the pooling example, whole process, median of %d (%s): fresh configuration each run %.2f s, kept configuration + first-tier JIT %.2f s"
          + " (%.2fx the baseline's time); peak memory %.0f MB and %.0f MB%n", RUNS, Files.isExecutable(Path.of("/usr/bin/time")) ? "/usr/bin/time -v" : "process clock", b, n, n / b,
          median(before, Sample::maxRssKb) / 1024, median(now, Sample::maxRssKb) / 1024);
    } finally {
      delete(kept);
    }
  }

  private static Sample run(Path product, Path launcher, Path config, Path example, List<String> jvm) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    boolean timed = Files.isExecutable(Path.of("/usr/bin/time"));
    if (timed) cmd.addAll(List.of("/usr/bin/time", "-v"));
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvm);
    cmd.addAll(List.of("-Djava.awt.headless=true", "-Dosgi.platform=gtk.linux.x86_64", "-Dosgi.install.area=" + product, "-jar", launcher.toString(), "-install",
        product.toString(), "-configuration", config.toString(), "-application", "org.slicewright.cli.application", "-nosplash", "-data", "@none", "info", example.toString()));
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    int code = p.waitFor();
    double clock = (System.nanoTime() - t0) / 1e9;
    if (code != 0) throw new IOException("info exited with " + code + ": " + err.lines().reduce((a, c) -> c).orElse(""));
    Matcher w = WALL.matcher(err), r = RSS.matcher(err);
    double seconds = w.find() ? (w.group(1) == null ? 0 : Integer.parseInt(w.group(1)) * 3600) + Integer.parseInt(w.group(2)) * 60 + Double.parseDouble(w.group(3)) : clock;
    return new Sample(seconds, r.find() ? Long.parseLong(r.group(1)) : 0);
  }

  /** The installed product's folder, or {@code null} when this is not an installed product (a test runtime). */
  private static Path product() {
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

  private static double median(List<Sample> samples, ToDoubleFunction<Sample> f) {
    double[] v = samples.stream().mapToDouble(f).sorted().toArray();
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(t);
        else Files.copy(p, t);
      }
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) Files.deleteIfExists(p);
    }
  }
}
