package org.slicewright.model.util;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * The version of the file a scenario resource was loaded from or last saved to: its path and the
 * SHA-256 of its bytes. A save compares it with the file on disk to notice a change made meanwhile.
 */
final class DiskVersion extends AdapterImpl {
  private final Path file;
  private final byte[] sha256;

  private DiskVersion(Path file, byte[] content) {
    this.file = file;
    this.sha256 = hash(content);
  }

  /** Records on the resource that it matches {@code content} of {@code file}, replacing any earlier version. */
  static void record(Resource r, Path file, byte[] content) {
    r.eAdapters().removeIf(a -> a instanceof DiskVersion);
    r.eAdapters().add(new DiskVersion(file, content));
  }

  /** The version recorded on the resource, or null when it was neither loaded nor saved as a file. */
  static DiskVersion of(Resource r) {
    for (Object a : r.eAdapters()) if (a instanceof DiskVersion v) return v;
    return null;
  }

  /** Whether {@code content} read from {@code path} is this version (another path is not this file's version). */
  boolean matches(Path path, byte[] content) {
    return !file.equals(path) || Arrays.equals(sha256, hash(content));
  }

  @Override
  public boolean isAdapterForType(Object type) {
    return type == DiskVersion.class;
  }

  private static byte[] hash(byte[] content) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(content);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
