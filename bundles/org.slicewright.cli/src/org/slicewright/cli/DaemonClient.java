package org.slicewright.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The {@code slicewright} script's side of the {@link DaemonCommand command daemon}: hands a command to
 * the daemon listening on a socket and copies its output, error and exit code. It starts a bare JVM
 * on the command-line bundle's jar alone (JDK classes only), which is what makes {@code info} answer
 * in a fraction of the time an OSGi start takes. Exits with {@link DaemonProtocol#NO_DAEMON} when no
 * daemon answered before any output, so the script runs the command itself.
 */
public final class DaemonClient {
  private DaemonClient() {
  }

  /** {@code DaemonClient SOCKET COMMAND [ARGS...]}. */
  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: DaemonClient SOCKET COMMAND [ARGS...]");
      System.exit(ExitCodes.BAD_INPUT);
    }
    Path socket;
    try {
      socket = Path.of(args[0]);
    } catch (InvalidPathException e) {
      System.exit(DaemonProtocol.NO_DAEMON);
      return;
    }
    System.exit(run(socket, Path.of("").toAbsolutePath(), Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
  }

  static int run(Path socket, Path workingDirectory, String[] command, OutputStream out, OutputStream err) {
    SocketChannel channel;
    try {
      channel = SocketChannel.open(UnixDomainSocketAddress.of(socket));
    } catch (IOException | UnsupportedOperationException e) {
      return DaemonProtocol.NO_DAEMON; // none running (or the socket is stale): the script runs the command itself
    }
    boolean answered = false;
    try (channel) {
      DataOutputStream request = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel)));
      DaemonProtocol.writeRequest(request, workingDirectory, command);
      DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel)));
      while (true) {
        byte kind = in.readByte();
        if (kind == DaemonProtocol.EXIT) {
          int code = in.readInt();
          out.flush();
          err.flush();
          return code;
        }
        int n = in.readInt();
        if (n < 0 || (kind != DaemonProtocol.OUT && kind != DaemonProtocol.ERR)) throw new IOException("a garbled answer (frame " + kind + ", " + n + " bytes)");
        answered = true;
        (kind == DaemonProtocol.OUT ? out : err).write(in.readNBytes(n));
        if (in.available() == 0) (kind == DaemonProtocol.OUT ? out : err).flush();
      }
    } catch (EOFException e) {
      return stopped(answered, err, "the command daemon stopped before the command finished");
    } catch (IOException e) {
      return stopped(answered, err, "the command daemon's answer broke off: " + e.getMessage());
    }
  }

  /** Falls back to running the command here when nothing was printed yet; otherwise says what happened. */
  private static int stopped(boolean answered, OutputStream err, String what) {
    if (!answered) return DaemonProtocol.NO_DAEMON;
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    e.println();
    e.println("slicewright: " + what + "; run the command again (SLICEWRIGHT_DAEMON=0 runs it without the daemon)");
    return ExitCodes.INTERNAL_ERROR;
  }
}
