package org.slicewright.solver.milp;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Loads OR-Tools' native libraries, which this bundle carries (the Maven Central jar of the Linux
 * x86-64 natives, as a file of the bundle). They are unpacked into a new private temporary folder
 * (deleted when the JVM exits) and loaded from this class, so they bind to the class loader that
 * also defines OR-Tools' Java classes (on this bundle's class path). OR-Tools' own loader cannot be
 * used inside OSGi: it expects a {@code jar:} or {@code file:} URL for its resources. Nothing is
 * downloaded; where the natives cannot load, the reason is kept and ojAlgo is used instead.
 */
final class OrToolsNatives {
  static final String NATIVES_JAR = "lib/ortools-linux-x86-64.jar";
  private static final String FOLDER = "ortools-linux-x86-64/";
  private static boolean tried;
  private static String failure;

  private OrToolsNatives() {
  }

  /** {@code null} when OR-Tools is ready, else why it cannot be used here. */
  static synchronized String unavailableReason() {
    if (!tried) {
      tried = true;
      failure = load();
    }
    return failure;
  }

  private static String load() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT), arch = System.getProperty("os.arch", "");
    if (!os.contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) return "its native libraries are built for Linux x86-64, this is " + os + " " + arch;
    Bundle bundle = FrameworkUtil.getBundle(OrToolsNatives.class);
    if (bundle == null) return "the solver bundle is not running in OSGi";
    URL jar = bundle.getEntry(NATIVES_JAR);
    if (jar == null) return "the solver bundle was built without " + NATIVES_JAR;
    try {
      Path dir = Files.createTempDirectory("slicewright-ortools-");
      dir.toFile().deleteOnExit();
      List<Path> files = new ArrayList<>();
      try (InputStream raw = jar.openStream(); JarInputStream in = new JarInputStream(raw)) {
        for (JarEntry e = in.getNextJarEntry(); e != null; e = in.getNextJarEntry()) {
          String name = e.getName();
          if (e.isDirectory() || !name.startsWith(FOLDER)) continue;
          String file = name.substring(FOLDER.length());
          if (file.isEmpty() || file.contains("/") || file.contains("..")) continue;
          Path target = dir.resolve(file);
          Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
          target.toFile().deleteOnExit();
          files.add(target);
        }
      }
      Path jni = dir.resolve("libjniortools.so");
      if (!Files.isRegularFile(jni)) return NATIVES_JAR + " holds no libjniortools.so";
      // Its other libraries load from the same folder ($ORIGIN in their run path).
      System.load(jni.toString());
      return null;
    } catch (IOException e) {
      return "cannot unpack its native libraries: " + e.getMessage();
    } catch (UnsatisfiedLinkError e) {
      return "its native libraries do not load: " + e.getMessage();
    }
  }
}
