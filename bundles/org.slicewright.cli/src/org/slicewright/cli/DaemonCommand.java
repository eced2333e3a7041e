package org.slicewright.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code daemon --socket PATH}: a resident command line that answers the short commands of
 * {@link DaemonProtocol#SERVED} for the {@code slicewright} script. Starting Java, the OSGi framework and
 * the model takes most of a second before {@code info} reads its first byte; the daemon pays that once,
 * and each later {@code info} costs a bare JVM for the {@link DaemonClient} plus the command itself.
 * <p>
 * It listens on a Unix-domain socket in a folder only its user may enter, so only that user's
 * processes can reach it; one daemon per socket (a lock file beside it); it stops after
 * {@code --idle-seconds} without a request (20 minutes unless told), or when its product is rebuilt.
 * Each request is read on its own thread and runs with its own streams, the caller's encodings and
 * working directory, one command at a time.
 */
final class DaemonCommand implements Command {
  /** How long a daemon waits for its next request before it stops and frees its memory. */
  static final int DEFAULT_IDLE_SECONDS = 20 * 60;
  /** How often an idle daemon checks that its product is still there. */
  private static final long PRODUCT_CHECK_MILLIS = 10_000;
  private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
      PosixFilePermission.OWNER_EXECUTE);

  private final PrintStream out;
  private final PrintStream err;
  private final AtomicInteger running = new AtomicInteger();
  private final AtomicLong lastRequestEnd = new AtomicLong(System.nanoTime());
  /** Held while a command runs: one at a time (see {@link #answer}). */
  private final Object commands = new Object();

  DaemonCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public String name() {
    return "daemon";
  }

  @Override
  public String synopsis() {
    return "--socket PATH [--idle-seconds N]";
  }

  @Override
  public String summary() {
    return "answer " + DaemonProtocol.served() + " for the slicewright script from one resident process";
  }

  @Override
  public Set<String> options() {
    return Set.of("socket", "idle-seconds");
  }

  @Override
  public int run(Arguments a) throws UsageException {
    if (a.value("socket") == null) throw new UsageException("missing --socket PATH");
    if (!a.positional.isEmpty()) throw new UsageException("unexpected argument '" + a.positional.get(0) + "'");
    Path socket = a.path(a.value("socket")).toAbsolutePath();
    long idleNanos = TimeUnit.SECONDS.toNanos(a.intValue("idle-seconds", DEFAULT_IDLE_SECONDS, 1));
    requirePrivateFolder(socket.getParent());
    Path lockFile = socket.resolveSibling(socket.getFileName() + ".lock");
    try (FileChannel lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock lock = tryLock(lockChannel)) {
      if (lock == null) {
        out.println("slicewright daemon: another daemon already answers on " + socket);
        return ExitCodes.OK;
      }
      // Holding the lock, any socket file left is a stopped daemon's.
      Files.deleteIfExists(socket);
      try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
        server.bind(UnixDomainSocketAddress.of(socket));
        Files.setPosixFilePermissions(socket, EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        Thread removeSocket = new Thread(() -> deleteQuietly(socket), "slicewright-daemon-stop");
        Runtime.getRuntime().addShutdownHook(removeSocket); // stopped by a signal: no socket left behind
        out.println("slicewright daemon: answering " + DaemonProtocol.served() + " on " + socket);
        out.flush();
        serve(server, idleNanos);
        Runtime.getRuntime().removeShutdownHook(removeSocket);
      } finally {
        Files.deleteIfExists(socket);
      }
    } catch (IOException e) {
      throw new UsageException("cannot listen on " + socket + ": " + e.getMessage());
    }
    return ExitCodes.OK;
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // The JVM is stopping: a socket file left is deleted by the next daemon, and refused to clients meanwhile.
    }
  }

  /** The lock, or null when another daemon holds it (in another process, or in this one). */
  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null;
    }
  }

  /** The socket's folder must be the user's own and closed to others: the socket's only guard. */
  private static void requirePrivateFolder(Path folder) throws UsageException {
    try {
      // Not through a link: a link in the socket's place could lead to a folder someone else controls.
      if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) throw new UsageException("the socket's folder " + folder + " is not a folder (or is a link)");
      String owner = Files.getOwner(folder, LinkOption.NOFOLLOW_LINKS).getName();
      Set<PosixFilePermission> perms = Files.getPosixFilePermissions(folder, LinkOption.NOFOLLOW_LINKS);
      if (!owner.equals(System.getProperty("user.name")) || !OWNER_ONLY.containsAll(perms))
        throw new UsageException("the socket's folder " + folder + " must belong to " + System.getProperty("user.name") + " and be closed to others (it is "
            + owner + "'s, " + PosixFilePermissions.toString(perms) + "; chmod 700 it)");
    } catch (IOException | UnsupportedOperationException e) {
      throw new UsageException("cannot check the socket's folder " + folder + ": " + e.getMessage());
    }
  }

  private void serve(ServerSocketChannel server, long idleNanos) throws IOException {
    ExecutorService requests = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "slicewright-daemon-request");
      t.setDaemon(true);
      return t;
    });
    ProductStamp product = ProductStamp.ofThisProduct();
    lastRequestEnd.set(System.nanoTime());
    try (Selector selector = Selector.open()) {
      server.configureBlocking(false);
      server.register(selector, SelectionKey.OP_ACCEPT);
      while (running.get() > 0 || System.nanoTime() - lastRequestEnd.get() < idleNanos) {
        long left = running.get() > 0 ? idleNanos : idleNanos - (System.nanoTime() - lastRequestEnd.get());
        selector.select(Math.max(1, Math.min(PRODUCT_CHECK_MILLIS, TimeUnit.NANOSECONDS.toMillis(left))));
        selector.selectedKeys().clear();
        if (running.get() == 0 && product != null && product.replaced()) return;
        SocketChannel c = server.accept();
        if (c == null) continue;
        c.configureBlocking(true);
        running.incrementAndGet();
        requests.execute(() -> answer(c));
      }
    } finally {
      requests.shutdownNow();
    }
  }

  /**
   * What a rebuild of the product this daemon runs from rewrites: its {@code configuration/config.ini}.
   * When it changes or goes, the rebuilt product's script starts a daemon of its own, and this one
   * stops instead of holding memory until its idle time is up.
   */
  private record ProductStamp(Path file, FileTime written) {
    /** The stamp of the installed product this JVM runs, or null when there is none (a test runtime). */
    static ProductStamp ofThisProduct() {
      Path product = InstalledProduct.folder();
      if (product == null) return null;
      Path file = product.resolve("configuration").resolve("config.ini");
      try {
        return new ProductStamp(file, Files.getLastModifiedTime(file));
      } catch (IOException e) {
        return null; // no config.ini: nothing a rebuild would rewrite
      }
    }

    boolean replaced() {
      try {
        return !Files.getLastModifiedTime(file).equals(written);
      } catch (IOException e) {
        return true; // removed
      }
    }
  }

  /**
   * Runs one request and sends its output, error and exit code; a broken connection ends only that
   * request. Requests are read at once but run one at a time: EMF's registries, filled as the first
   * scenario is read, are not made for two first reads at once.
   */
  private void answer(SocketChannel c) {
    try (c) {
      DaemonProtocol.Request r = DaemonProtocol.readRequest(new DataInputStream(new BufferedInputStream(Channels.newInputStream(c))));
      DataOutputStream connection = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(c)));
      if (!r.fileNameEncoding().equals(DaemonProtocol.encodings()[2]) || !Charset.isSupported(r.outEncoding()) || !Charset.isSupported(r.errEncoding())) {
        DaemonProtocol.writeExit(connection, DaemonProtocol.NO_DAEMON); // the caller's own run reads its files as it names them
        return;
      }
      PrintStream cout = new PrintStream(new DaemonProtocol.FrameStream(connection, DaemonProtocol.OUT), false, Charset.forName(r.outEncoding()));
      PrintStream cerr = new PrintStream(new DaemonProtocol.FrameStream(connection, DaemonProtocol.ERR), false, Charset.forName(r.errEncoding()));
      int code;
      if (r.args().length == 0 || !DaemonProtocol.SERVED.contains(r.args()[0])) {
        cerr.println("slicewright daemon: answers " + DaemonProtocol.served() + " only, not " + (r.args().length == 0 ? "an empty command" : "'" + r.args()[0] + "'"));
        code = ExitCodes.BAD_INPUT;
      } else {
        synchronized (commands) {
          code = new Cli(cout, cerr, r.workingDirectory()).run(r.args());
        }
      }
      cout.flush();
      cerr.flush();
      DaemonProtocol.writeExit(connection, code);
    } catch (IOException | IllegalArgumentException e) {
      err.println("slicewright daemon: a request failed: " + e.getMessage());
    } finally {
      lastRequestEnd.set(System.nanoTime());
      running.decrementAndGet();
    }
  }
}
