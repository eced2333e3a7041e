package org.slicewright.cli;

import java.io.IOException;
import java.io.PrintStream;
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
 * <li>baseline, as the launcher started until two sessions ago: a fresh copy of the product's OSGi
 * configuration per run (every bundle installed and resolved again) and the JIT's optimising tier;</li>
 * <li>in its own process, as the script runs it without a daemon: one configuration area kept and
 * reused (resolved once, as the script keeps it per product build), Felix SCR and the event admin left
 * unstarted (as the script's {@code fresh_configuration} leaves them), and the JIT's first tier;</li>
 * <li>through the command daemon: the {@link DaemonClient}'s bare JVM, with a {@link DaemonCommand}
 * started before and warmed by one request (the script starts it after the first short command).</li>
 * </ul>
 */
final class StartupBench {
  private static final int RUNS = 10;
  private static final Pattern WALL = Pattern.compile("Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\): (?:(\\d+):)?(\\d+):(\\d+(?:\\.\\d+)?)");
  private static final Pattern RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");
  /** Bundles the command line never uses, which the script's configuration leaves unstarted (its fresh_configuration: keep the two alike). */
  private static final Pattern UNUSED_STARTED = Pattern.compile("^((?:org\\.apache\\.felix\\.scr|org\\.eclipse\\.equinox\\.event),[^,]*,[^,]*,[0-9]+,)true$", Pattern.MULTILINE);
  private static final List<String> FIRST_TIER = List.of("-XX:TieredStopAtLevel=1");

  private StartupBench() {
  }

  /** One process's figures. */
  private record Sample(double seconds, long maxRssKb) {
  }

  static void run(PrintStream out, Path example) throws IOException, InterruptedException {
    Path product = InstalledProduct.folder();
    if (product == null) {
      out.println("start-up: not measured (not running from an installed product)");
      return;
    }
    Path launcher = plugin(product, "org.eclipse.equinox.launcher_"), cliJar = plugin(product, "org.slicewright.cli_");
    if (launcher == null || cliJar == null) {
      out.println("start-up: not measured (no launcher or command-line jar in " + product + ")");
      return;
    }
    Path kept = Files.createTempDirectory("slicewright-startup-");
    Path daemonArea = Files.createTempDirectory("slicewright-startup-daemon-");
    Path socketFolder = Files.createTempDirectory("slicewright-startup-socket-");
    Process daemon = null;
    try {
      cliConfiguration(product, kept);
      cliConfiguration(product, daemonArea);
      Path socket = socketFolder.resolve("daemon.sock");
      daemon = new ProcessBuilder(osgiCommand(product, launcher, daemonArea, List.of(), List.of("daemon", "--socket", socket.toString(), "--idle-seconds", "300")))
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      List<String> client = List.of(java(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-cp", cliJar.toString(), DaemonClient.class.getName(),
          socket.toString(), "info", example.toString());
      run(osgiCommand(product, launcher, kept, FIRST_TIER, List.of("info", example.toString()))); // resolves once, as the script's first run does
      awaitDaemon(daemon, socket);
      run(client); // the daemon's first answer loads and compiles what info needs
      List<Sample> before = new ArrayList<>(), own = new ArrayList<>(), daemonized = new ArrayList<>();
      for (int i = 0; i < RUNS; i++) {
        Path fresh = Files.createTempDirectory("slicewright-startup-fresh-");
        try {
          copy(product.resolve("configuration"), fresh);
          before.add(run(osgiCommand(product, launcher, fresh, List.of(), List.of("info", example.toString()))));
        } finally {
          delete(fresh);
        }
        own.add(run(osgiCommand(product, launcher, kept, FIRST_TIER, List.of("info", example.toString()))));
        daemonized.add(run(client));
      }
      double b = median(before, Sample::seconds), n = median(own, Sample::seconds), d = median(daemonized, Sample::seconds);
      out.printf(Locale.ROOT, "start-up, info on the pooling example, whole process, median of %d (%s): fresh configuration each run %.2f s;"
          + " in its own process (kept configuration, SCR unstarted, first-tier JIT) %.2f s (%.2fx); through the command daemon %.2f s (%.2fx);"
          + " peak memory %.0f MB, %.0f MB and %.0f MB (the client's; the daemon stays resident)%n", RUNS,
          Files.isExecutable(Path.of("/usr/bin/time")) ? "/usr/bin/time -v" : "process clock", b, n, n / b, d, d / b, median(before, Sample::maxRssKb) / 1024,
          median(own, Sample::maxRssKb) / 1024, median(daemonized, Sample::maxRssKb) / 1024);
    } finally {
      if (daemon != null) daemon.destroy();
      delete(kept);
      delete(daemonArea);
      delete(socketFolder);
    }
  }

  /** The product's configuration copied into {@code area} as the script makes it for the command line. */
  private static void cliConfiguration(Path product, Path area) throws IOException {
    copy(product.resolve("configuration"), area);
    Path bundles = area.resolve("org.eclipse.equinox.simpleconfigurator").resolve("bundles.info");
    Files.writeString(bundles, UNUSED_STARTED.matcher(Files.readString(bundles)).replaceAll("$1false"));
  }

  private static void awaitDaemon(Process daemon, Path socket) throws IOException, InterruptedException {
    for (int i = 0; i < 600 && !Files.exists(socket); i++) {
      if (!daemon.isAlive()) throw new IOException("the command daemon stopped with " + daemon.exitValue() + " before listening");
      Thread.sleep(100);
    }
    if (!Files.exists(socket)) throw new IOException("the command daemon did not listen on " + socket + " within a minute");
  }

  private static Path plugin(Path product, String prefix) throws IOException {
    try (Stream<Path> s = Files.list(product.resolve("plugins"))) {
      return s.filter(p -> p.getFileName().toString().startsWith(prefix) && p.getFileName().toString().endsWith(".jar")).findFirst().orElse(null);
    }
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static List<String> osgiCommand(Path product, Path launcher, Path config, List<String> jvm, List<String> command) {
    List<String> cmd = new ArrayList<>(List.of(java()));
    cmd.addAll(jvm);
    cmd.addAll(List.of("-Djava.awt.headless=true", "-Dosgi.platform=gtk.linux.x86_64", "-Dosgi.install.area=" + product, "-jar", launcher.toString(), "-install",
        product.toString(), "-configuration", config.toString(), "-application", "org.slicewright.cli.application", "-nosplash", "-data", "@none"));
    cmd.addAll(command);
    return cmd;
  }

  private static Sample run(List<String> command) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    boolean timed = Files.isExecutable(Path.of("/usr/bin/time"));
    if (timed) cmd.addAll(List.of("/usr/bin/time", "-v"));
    cmd.addAll(command);
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
