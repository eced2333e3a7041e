package org.slicewright.cluster;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import com.hazelcast.core.HazelcastInstance;

/**
 * A cluster worker in a JVM of its own, as {@code slicewright worker} starts one: the test starts it
 * with the classes of this test's OSGi runtime on a plain class path, and can kill it like any
 * process. Its {@code main} joins the cluster named by its arguments and runs runs until killed.
 */
final class WorkerProcess {
  /** The line the worker prints once it has joined. */
  static final String READY = "worker ready";

  private WorkerProcess() {
  }

  /** {@code NAME MEMBERS PORT THREADS}: starts a worker and waits to be killed. */
  public static void main(String[] args) throws InterruptedException {
    ClusterSettings s = ClusterSettings.of(args[0], args[1], null, Integer.parseInt(args[2]));
    HazelcastInstance worker = ClusterMembers.worker(s, Integer.parseInt(args[3]));
    System.out.println(READY + " at " + worker.getCluster().getLocalMember().getAddress());
    System.out.flush();
    while (worker.getLifecycleService().isRunning()) Thread.sleep(200);
  }

  /** Starts a worker JVM; its output goes to {@code log}. */
  static Process start(String cluster, String members, int port, int threads, Path log) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // The JDK internals Hazelcast reads, as this JVM was given them.
    for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) if (a.startsWith("--add-opens") || a.startsWith("--add-exports")) cmd.add(a);
    cmd.add("-Xmx512m");
    cmd.add("-cp");
    cmd.add(classPath());
    cmd.add(WorkerProcess.class.getName());
    cmd.addAll(List.of(cluster, members, Integer.toString(port), Integer.toString(threads)));
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  /** Waits until the worker said it joined, or fails with what it printed. */
  static void awaitReady(Process p, Path log, long timeoutMs) throws IOException, InterruptedException {
    long end = System.currentTimeMillis() + timeoutMs;
    while (System.currentTimeMillis() < end) {
      if (Files.exists(log) && Files.readString(log).contains(READY)) return;
      if (!p.isAlive()) break;
      Thread.sleep(100);
    }
    throw new IllegalStateException("the worker did not start: " + (Files.exists(log) ? Files.readString(log) : "no output"));
  }

  /**
   * Every bundle of this OSGi runtime that is a jar or a folder on disk, as a plain class path. The
   * test runtime names bundles relative to the folder above its configuration area.
   */
  private static String classPath() {
    Path base = Path.of(URI.create(System.getProperty("osgi.configuration.area"))).getParent();
    Set<String> entries = new LinkedHashSet<>();
    for (Bundle b : FrameworkUtil.getBundle(WorkerProcess.class).getBundleContext().getBundles()) {
      String loc = b.getLocation();
      int file = loc.indexOf("file:");
      if (file < 0) continue;
      Path p = base.resolve(URLDecoder.decode(loc.substring(file + "file:".length()), StandardCharsets.UTF_8)).normalize();
      if (!Files.exists(p)) continue;
      entries.add(p.toString());
      // A bundle built as a folder keeps its classes in the output folder of build.properties.
      for (String out : new String[] { "bin", "target/classes" }) if (Files.isDirectory(p.resolve(out))) entries.add(p.resolve(out).toString());
    }
    return String.join(File.pathSeparator, entries);
  }
}
