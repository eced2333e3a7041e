package org.slicewright.model.util;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.slicewright.model.pooling.PoolingPackage;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.scenario.ScenarioPackage;
import org.slicewright.model.slicing.SlicingPackage;
import org.slicewright.model.topology.TopologyPackage;
import org.slicewright.model.twins.TwinsPackage;
import org.xml.sax.SAXParseException;

/**
 * Loads and saves {@code .slicewright} scenario files (XMI).
 * <p>
 * Works the same inside OSGi and on a plain class path: {@link #createResourceSet()} registers the
 * packages and the file extension on the resource set itself instead of relying on extension points.
 * Saves are atomic: the scenario is serialised in memory, written to a temporary file beside the
 * target, the previous file is kept as {@code FILE.bak}, and the temporary file is moved over the
 * target. A failure at any step leaves the user's file as it was.
 */
public final class ScenarioResources {
  /** The file extension of scenarios. */
  public static final String FILE_EXTENSION = "slicewright";
  /** Largest scenario file read: a 50 000-node network with its links is about 30 MB. */
  public static final long MAX_FILE_MB = 128;
  /** Saves of one file in this process take turns (the workbench and its diagram pages share it). */
  private static final Map<Path, ReentrantLock> SAVING = new ConcurrentHashMap<>();

  private ScenarioResources() {
  }

  /** The five packages of the Slicewright model. */
  public static EPackage[] packages() {
    return new EPackage[] { TopologyPackage.eINSTANCE, SlicingPackage.eINSTANCE, PoolingPackage.eINSTANCE,
        TwinsPackage.eINSTANCE, ScenarioPackage.eINSTANCE };
  }

  /** A resource set that can read and write scenarios, with the model's validator registered. */
  public static ResourceSet createResourceSet() {
    return configure(new ResourceSetImpl());
  }

  /** Makes a resource set (e.g. an editing domain's) able to read and write scenarios; returns it. */
  public static ResourceSet configure(ResourceSet rs) {
    // Only the files the application loads itself are read: references to other files or URLs are refused.
    if (!(rs.getURIConverter() instanceof ConfinedUriConverter)) rs.setURIConverter(new ConfinedUriConverter());
    for (EPackage p : packages()) {
      rs.getPackageRegistry().put(p.getNsURI(), p);
      // The global validator registry is keyed by package; registering the same stateless
      // validator again is harmless.
      EValidator.Registry.INSTANCE.put(p, ModelValidator.INSTANCE);
    }
    rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put(FILE_EXTENSION, new XMIResourceFactoryImpl() {
      @Override
      public Resource createResource(URI uri) {
        return new ScenarioXmiResource(uri);
      }
    });
    rs.getLoadOptions().putAll(loadOptions());
    return rs;
  }

  static Map<Object, Object> loadOptions() {
    Map<Object, Object> o = new HashMap<>();
    o.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
    o.put(XMLResource.OPTION_USE_PARSER_POOL, null);
    return o;
  }

  static Map<Object, Object> saveOptions() {
    Map<Object, Object> o = new HashMap<>();
    o.put(XMLResource.OPTION_ENCODING, "UTF-8");
    o.put(XMLResource.OPTION_LINE_WIDTH, 100);
    o.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
    return o;
  }

  /** Whether {@code file} lies in the installed examples folder (whose files are templates, never written). */
  public static boolean isInstalledExample(Path file, Path examples) {
    return examples != null && file.toAbsolutePath().normalize().startsWith(examples.toAbsolutePath().normalize());
  }

  /** Loads a scenario; every failure names the file and, where known, the line and column. */
  public static Scenario load(Path file) throws ScenarioLoadException {
    return load(createResourceSet(), file);
  }

  /** Loads a scenario into the given resource set (e.g. an editing domain's). */
  public static Scenario load(ResourceSet rs, Path file) throws ScenarioLoadException {
    Path abs = file.toAbsolutePath().normalize();
    if (!Files.isRegularFile(abs)) {
      throw new ScenarioLoadException(file, 0, 0, Files.exists(abs) ? "not a regular file" : "file not found", null);
    }
    byte[] bytes;
    try {
      long size = Files.size(abs);
      if (size > MAX_FILE_MB << 20) {
        throw new ScenarioLoadException(file, 0, 0, String.format(Locale.ROOT, "%.0f MB, over the %d MB a scenario file may have", size / 1048576.0,
            MAX_FILE_MB), null);
      }
      bytes = Files.readAllBytes(abs);
    } catch (IOException e) {
      throw new ScenarioLoadException(file, 0, 0, "cannot be read: " + e.getMessage(), e);
    }
    URI uri = URI.createFileURI(abs.toString());
    Resource r = rs.createResource(uri);
    if (r == null) {
      throw new ScenarioLoadException(file, 0, 0, "not a ." + FILE_EXTENSION + " file", null);
    }
    if (rs.getURIConverter() instanceof ConfinedUriConverter confined) confined.allow(uri);
    try {
      r.load(new ByteArrayInputStream(bytes), rs.getLoadOptions());
    } catch (IOException | RuntimeException e) {
      rs.getResources().remove(r);
      throw describe(file, r, e);
    }
    if (!r.getErrors().isEmpty()) {
      Resource.Diagnostic d = r.getErrors().get(0);
      rs.getResources().remove(r);
      throw new ScenarioLoadException(file, d.getLine(), d.getColumn(), clean(d.getMessage()), null);
    }
    if (r.getContents().isEmpty()) {
      throw new ScenarioLoadException(file, 0, 0, "the file holds no scenario", null);
    }
    try {
      ExternalReferences.check(r, file, bytes);
    } catch (ScenarioLoadException e) {
      rs.getResources().remove(r);
      throw e;
    }
    EObject root = r.getContents().get(0);
    if (!(root instanceof Scenario)) {
      throw new ScenarioLoadException(file, 0, 0,
          "the file holds a " + root.eClass().getName() + ", not a Scenario", null);
    }
    DiskVersion.record(r, abs, bytes);
    return (Scenario) root;
  }

  private static ScenarioLoadException describe(Path file, Resource r, Exception e) {
    if (!r.getErrors().isEmpty()) {
      Resource.Diagnostic d = r.getErrors().get(0);
      return new ScenarioLoadException(file, d.getLine(), d.getColumn(), clean(d.getMessage()), e);
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof Resource.Diagnostic) {
        Resource.Diagnostic d = (Resource.Diagnostic) t;
        return new ScenarioLoadException(file, d.getLine(), d.getColumn(), clean(d.getMessage()), e);
      }
      if (t instanceof SAXParseException) {
        SAXParseException s = (SAXParseException) t;
        return new ScenarioLoadException(file, s.getLineNumber(), s.getColumnNumber(), "not well-formed XML: " + s.getMessage(), e);
      }
      if (t instanceof NoSuchFileException) {
        return new ScenarioLoadException(file, 0, 0, "file not found", e);
      }
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) root = root.getCause();
    return new ScenarioLoadException(file, 0, 0, clean(String.valueOf(root.getMessage())), e);
  }

  /** EMF messages repeat the file URI; the exception already names the file. */
  private static String clean(String message) {
    if (message == null) return "unreadable file";
    return message.replaceAll("\\s*\\(file:[^)]*\\)", "").replaceAll("'file:[^']*'", "the file").trim();
  }

  /**
   * Saves the scenario's resource to {@code file} atomically, keeping the previous version as
   * {@code file.bak}. The scenario's resource URI is set to the file.
   *
   * @throws FileChangedException when the file changed on disk since the scenario was loaded from it
   *         or last saved to it: nothing is written, and the caller may ask and {@link #saveOverwriting}
   */
  public static void save(Scenario scenario, Path file) throws IOException {
    save(scenario, file, false);
  }

  /** Saves like {@link #save}, over a file that changed on disk since it was loaded (the planner chose to). */
  public static void saveOverwriting(Scenario scenario, Path file) throws IOException {
    save(scenario, file, true);
  }

  private static void save(Scenario scenario, Path file, boolean overwrite) throws IOException {
    Path abs = file.toAbsolutePath().normalize();
    Resource r = scenario.eResource();
    if (r == null) {
      r = createResourceSet().createResource(URI.createFileURI(abs.toString()));
      r.getContents().add(scenario);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    r.save(bytes, saveOptions());
    byte[] content = bytes.toByteArray();
    ReentrantLock inProcess = SAVING.computeIfAbsent(abs, p -> new ReentrantLock());
    inProcess.lock();
    try (SaveLock onDisk = SaveLock.acquire(abs)) {
      DiskVersion loaded = DiskVersion.of(r);
      if (!overwrite && loaded != null && Files.isRegularFile(abs) && !loaded.matches(abs, Files.readAllBytes(abs))) {
        throw new FileChangedException(file);
      }
      removeStaleTemporaries(abs);
      writeAtomically(abs, content);
      r.setURI(URI.createFileURI(abs.toString()));
      DiskVersion.record(r, abs, content);
      r.setModified(false);
    } finally {
      inProcess.unlock();
    }
  }

  /** Temporaries of earlier saves of this file that did not finish (the process was killed): under the lock, none is in use. */
  private static void removeStaleTemporaries(Path target) throws IOException {
    Path dir = target.getParent();
    if (dir == null || !Files.isDirectory(dir)) return;
    String prefix = "." + target.getFileName() + ".";
    try (var files = Files.newDirectoryStream(dir, f -> {
      String n = f.getFileName().toString();
      return n.startsWith(prefix) && n.endsWith(".tmp");
    })) {
      for (Path f : files) Files.deleteIfExists(f);
    }
  }

  /** The temp file is private by default; give it the target's permissions, or rw-r--r-- for a new file. */
  private static void keepPermissions(Path target, Path tmp) {
    try {
      Set<PosixFilePermission> perms = Files.exists(target)
          ? Files.getPosixFilePermissions(target)
          : PosixFilePermissions.fromString("rw-r--r--");
      Files.setPosixFilePermissions(tmp, perms);
    } catch (UnsupportedOperationException | IOException e) {
      // Not a POSIX file system: the platform default is all we can do.
    }
  }

  /** Writes bytes to a temp file in the target's directory, keeps a .bak, then moves into place. */
  public static void writeAtomically(Path target, byte[] content) throws IOException {
    writeAtomically(target, content, true);
  }

  /**
   * Writes bytes to a temp file in the target's directory and moves it into place, so readers see
   * the old file or the new one, never half of one. With {@code keepBackup} the previous version
   * is kept as {@code target.bak} (scenarios); generated outputs (reports) need none.
   */
  public static void writeAtomically(Path target, byte[] content, boolean keepBackup) throws IOException {
    Path dir = target.getParent();
    if (dir != null) Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
    try {
      writeDurably(tmp, content);
      keepPermissions(target, tmp);
      if (keepBackup && Files.exists(target)) {
        // The backup too goes through a temporary, so a crash never leaves a half-written .bak.
        Path bak = target.resolveSibling(target.getFileName() + ".bak");
        Path bakTmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
          writeDurably(bakTmp, Files.readAllBytes(target));
          move(bakTmp, bak);
        } finally {
          Files.deleteIfExists(bakTmp);
        }
      }
      move(tmp, target);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Writes and forces the bytes to the device, so a rename after it never exposes an empty file after a power loss. */
  private static void writeDurably(Path file, byte[] content) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
      ByteBuffer buf = ByteBuffer.wrap(content);
      while (buf.hasRemaining()) ch.write(buf);
      ch.force(true);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
