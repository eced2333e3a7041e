package org.slicewright.cli;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;

/**
 * What the {@code slicewright} script's {@link DaemonClient} and the {@link DaemonCommand daemon} say
 * to each other over the daemon's Unix-domain socket. Only JDK classes, because the client runs on a
 * plain class path without the product's bundles.
 * <p>
 * The client sends one request: {@link #MAGIC}, its working directory, the encodings of its output,
 * error and file names, and the command's arguments.
 * The daemon answers with frames: a kind byte, then for {@link #OUT} and {@link #ERR} a length and
 * that many bytes of the command's standard output or error, and for {@link #EXIT} the exit code,
 * after which it closes the connection.
 */
final class DaemonProtocol {
  /** "SWD" and the protocol's version: a daemon of another version answers nothing and the client falls back. */
  static final int MAGIC = 0x53574402;
  static final byte OUT = 1;
  static final byte ERR = 2;
  static final byte EXIT = 3;
  /**
   * The client's exit code when no daemon answered before any output (none running, or it stopped):
   * the script then runs the command in its own process. EX_TEMPFAIL of sysexits.h.
   */
  static final int NO_DAEMON = 75;
  /** The commands a daemon runs: those that read a file and print, which finish in well under a second once warm. */
  static final Set<String> SERVED = Set.of("help", "info", "validate");
  /** The served commands, for messages: "help, info, validate". */
  static String served() {
    return String.join(", ", SERVED.stream().sorted().toList());
  }

  /** Bounds on a request, so a garbled one is refused before it is read into memory. */
  private static final int MAX_ARGS = 1024;
  private static final int MAX_TEXT_BYTES = 1 << 16;

  private DaemonProtocol() {
  }

  /**
   * A command to run: the caller's folder, its encodings, and the arguments.
   *
   * @param outEncoding what the caller's standard output writes text in (the daemon writes the same bytes)
   * @param fileNameEncoding how the caller's JVM turns file names into bytes: a daemon that does it
   *          otherwise would open another file, so it leaves such a request to the caller
   */
  record Request(Path workingDirectory, String outEncoding, String errEncoding, String fileNameEncoding, String[] args) {
  }

  /** This JVM's encodings, as a request names them. */
  static String[] encodings() {
    String fallback = Charset.defaultCharset().name();
    return new String[] { System.getProperty("sun.stdout.encoding", fallback), System.getProperty("sun.stderr.encoding", fallback),
        System.getProperty("sun.jnu.encoding", fallback) };
  }

  static void writeRequest(DataOutputStream o, Path workingDirectory, String[] args) throws IOException {
    o.writeInt(MAGIC);
    writeText(o, workingDirectory.toString());
    for (String e : encodings()) writeText(o, e);
    o.writeInt(args.length);
    for (String a : args) writeText(o, a);
    o.flush();
  }

  static Request readRequest(DataInputStream in) throws IOException {
    if (in.readInt() != MAGIC) throw new IOException("not a request of this version of the slicewright script");
    Path folder = Path.of(readText(in));
    if (!folder.isAbsolute()) throw new IOException("the request's working directory is not absolute: " + folder);
    String out = readText(in), err = readText(in), fileNames = readText(in);
    int n = in.readInt();
    if (n < 0 || n > MAX_ARGS) throw new IOException("a request with " + n + " arguments (at most " + MAX_ARGS + ")");
    String[] args = new String[n];
    for (int i = 0; i < n; i++) args[i] = readText(in);
    return new Request(folder, out, err, fileNames, args);
  }

  private static void writeText(DataOutputStream o, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    if (b.length > MAX_TEXT_BYTES) throw new IOException("an argument of " + b.length + " bytes (at most " + MAX_TEXT_BYTES + ")");
    o.writeInt(b.length);
    o.write(b);
  }

  private static String readText(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > MAX_TEXT_BYTES) throw new IOException("a request's text of " + n + " bytes (at most " + MAX_TEXT_BYTES + ")");
    return new String(in.readNBytes(n), StandardCharsets.UTF_8);
  }

  /** The command's standard output or error as frames of one kind on the shared connection. */
  static final class FrameStream extends OutputStream {
    private final DataOutputStream connection;
    private final byte kind;

    FrameStream(DataOutputStream connection, byte kind) {
      this.connection = connection;
      this.kind = kind;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] { (byte) b }, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (len == 0) return;
      // Output and error share the connection: each frame goes whole.
      synchronized (connection) {
        connection.writeByte(kind);
        connection.writeInt(len);
        connection.write(b, off, len);
      }
    }

    @Override
    public void flush() throws IOException {
      synchronized (connection) {
        connection.flush();
      }
    }
  }

  static void writeExit(DataOutputStream connection, int code) throws IOException {
    synchronized (connection) {
      connection.writeByte(EXIT);
      connection.writeInt(code);
      connection.flush();
    }
  }
}
