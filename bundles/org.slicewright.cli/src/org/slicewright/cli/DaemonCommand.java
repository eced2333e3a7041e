package org.slicewright.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.URISyntaxException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.CodeSource;
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
 * {@code --idle-seconds} without a request (20 minutes unless told). Each request runs on its own thread with its own streams
 * and the caller's working directory.
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
    return "answer " + String.join(", ", DaemonProtocol.SERVED.stream().sorted().toList()) + " for the slicewright script from one resident process";
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
        out.println("slicewright daemon: answering " + String.join(", ", DaemonProtocol.SERVED.stream().sorted().toList()) + " on " + socket);
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
      if (!Files.isDirectory(folder)) throw new UsageException("the socket's folder " + folder + " does not exist");
      String owner = Files.getOwner(folder).getName();
      Set<PosixFilePermission> perms = Files.getPosixFilePermissions(folder);
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
    Path jar = ownJar();
    lastRequestEnd.set(System.nanoTime());
    try (Selector selector = Selector.open()) {
      server.configureBlocking(false);
      server.register(selector, SelectionKey.OP_ACCEPT);
      while (running.get() > 0 || System.nanoTime() - lastRequestEnd.get() < idleNanos) {
        long left = running.get() > 0 ? idleNanos : idleNanos - (System.nanoTime() - lastRequestEnd.get());
        selector.select(Math.max(1, Math.min(PRODUCT_CHECK_MILLIS, TimeUnit.NANOSECONDS.toMillis(left))));
        selector.selectedKeys().clear();
        if (running.get() == 0 && jar != null && !Files.exists(jar)) return;
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
   * The command-line jar this daemon runs from, or null when it is not a file (a test's classes folder
   * is one too). When a rebuild removes it, the rebuilt product's script starts a daemon of its own, and
   * this one stops instead of holding memory until its idle time is up.
   */
  private static Path ownJar() {
    CodeSource source = DaemonCommand.class.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null || !"file".equals(source.getLocation().getProtocol())) return null;
    try {
      return Path.of(source.getLocation().toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  /** Runs one request and sends its output, error and exit code; a broken connection ends only that request. */
  private void answer(SocketChannel c) {
    try (c) {
      DaemonProtocol.Request r = DaemonProtocol.readRequest(new DataInputStream(new BufferedInputStream(Channels.newInputStream(c))));
      DataOutputStream connection = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(c)));
      PrintStream cout = new PrintStream(new DaemonProtocol.FrameStream(connection, DaemonProtocol.OUT), false, StandardCharsets.UTF_8);
      PrintStream cerr = new PrintStream(new DaemonProtocol.FrameStream(connection, DaemonProtocol.ERR), false, StandardCharsets.UTF_8);
      int code;
      if (r.args().length == 0 || !DaemonProtocol.SERVED.contains(r.args()[0])) {
        cerr.println("slicewright daemon: answers " + String.join(", ", DaemonProtocol.SERVED.stream().sorted().toList()) + " only, not "
            + (r.args().length == 0 ? "an empty command" : "'" + r.args()[0] + "'"));
        code = ExitCodes.BAD_INPUT;
      } else {
        code = new Cli(cout, cerr, r.workingDirectory()).run(r.args());
      }
      cout.flush();
      cerr.flush();
      DaemonProtocol.writeExit(connection, code);
    } catch (IOException e) {
      err.println("slicewright daemon: a request failed: " + e.getMessage());
    } finally {
      lastRequestEnd.set(System.nanoTime());
      running.decrementAndGet();
    }
  }
}
