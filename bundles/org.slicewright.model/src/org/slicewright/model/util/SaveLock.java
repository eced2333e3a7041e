package org.slicewright.model.util;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on a scenario file across processes, held while it is checked and saved: two
 * commands saving the same file take turns, so the second sees the first's change and refuses to
 * overwrite it. The lock is on a hidden sibling file, which stays (deleting it would let a third
 * process lock a new file while a second still holds the old one). Within one process, callers
 * serialise first (a JVM cannot lock one file twice).
 */
final class SaveLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private SaveLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** Waits for the lock of {@code target}. */
  static SaveLock acquire(Path target) throws IOException {
    Path dir = target.getParent();
    if (dir != null) Files.createDirectories(dir);
    FileChannel ch = FileChannel.open(target.resolveSibling("." + target.getFileName() + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      return new SaveLock(ch, ch.lock());
    } catch (IOException | RuntimeException e) {
      ch.close();
      throw e;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
