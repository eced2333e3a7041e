package org.slicewright.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slicewright.cli.CliTest.Result;

/** The command daemon and its client over a real Unix-domain socket: same answers as in-process, its guards, and its idle stop. */
class DaemonTest {
  @TempDir
  Path tmp;
  private Path folder;
  private Path socket;
  private CompletableFuture<Result> daemon;

  @BeforeEach
  void startDaemon() throws Exception {
    folder = Files.createDirectory(tmp.resolve("daemon"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    socket = folder.resolve("test.sock");
    daemon = CompletableFuture.supplyAsync(() -> CliTest.run("daemon", "--socket", socket.toString(), "--idle-seconds", "3"));
    for (int i = 0; i < 200 && !Files.exists(socket); i++) Thread.sleep(50);
    assertTrue(Files.exists(socket), "the daemon listens: " + (daemon.isDone() ? daemon.get() : "still starting"));
  }

  @AfterEach
  void stopDaemon() throws Exception {
    Result r = daemon.get(30, TimeUnit.SECONDS); // it stops by itself once idle
    assertEquals(ExitCodes.OK, r.code(), r.err());
    assertFalse(Files.exists(socket), "a stopped daemon removes its socket");
  }

  private Result ask(Path workingDirectory, String... command) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
    int code = DaemonClient.run(socket, workingDirectory, command, out, err);
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void answersAsTheCommandLineDoes() {
    Path example = CliTest.example("pooling-32ap");
    // Relative to the caller's folder, not the daemon's.
    Result info = ask(example.getParent(), "info", example.getFileName().toString());
    assertEquals(CliTest.run("info", example.toString()), info);
    assertTrue(info.out().startsWith("scenario:"), info.out());
    Result valid = ask(example.getParent(), "validate", example.getFileName().toString());
    assertEquals(new Result(ExitCodes.OK, example.getFileName() + ": valid\n", ""), valid);
    Result missing = ask(tmp, "validate", "none.slicewright");
    assertEquals(new Result(ExitCodes.BAD_INPUT, "", "slicewright validate: none.slicewright: file not found\n"), missing);
    assertEquals(CliTest.run("help"), ask(tmp, "help"));
  }

  @Test
  void refusesCommandsItDoesNotServe() throws IOException {
    Result r = ask(tmp, "evaluate", "x.slicewright", "--out", "out");
    assertEquals(ExitCodes.BAD_INPUT, r.code());
    assertEquals("slicewright daemon: answers help, info, validate only, not 'evaluate'\n", r.err());
    assertFalse(Files.exists(tmp.resolve("out")));
  }

  @Test
  void survivesAGarbledRequest() throws IOException {
    try (SocketChannel c = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
      c.write(ByteBuffer.wrap("GET / HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
      assertEquals(-1, c.read(ByteBuffer.allocate(64)), "closed without an answer");
    }
    assertEquals(ExitCodes.OK, ask(tmp, "help").code());
  }

  @Test
  void aCallerWhoseFileNamesAreEncodedOtherwiseRunsTheCommandItself() throws IOException {
    String own = DaemonProtocol.encodings()[2], other = own.equals("UTF-8") ? "ISO-8859-1" : "UTF-8";
    try (SocketChannel c = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
      DataOutputStream request = new DataOutputStream(Channels.newOutputStream(c));
      request.writeInt(DaemonProtocol.MAGIC);
      for (String text : new String[] { tmp.toString(), "UTF-8", "UTF-8", other }) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        request.writeInt(b.length);
        request.write(b);
      }
      request.writeInt(1);
      request.writeInt(4);
      request.write("help".getBytes(StandardCharsets.US_ASCII));
      request.flush();
      DataInputStream answer = new DataInputStream(Channels.newInputStream(c));
      assertEquals(DaemonProtocol.EXIT, answer.readByte(), "nothing printed");
      assertEquals(DaemonProtocol.NO_DAEMON, answer.readInt(), "the script's own run answers instead");
    }
  }

  @Test
  void oneDaemonPerSocket() {
    Result second = CliTest.run("daemon", "--socket", socket.toString(), "--idle-seconds", "1");
    assertEquals(ExitCodes.OK, second.code(), second.err());
    assertTrue(second.out().contains("another daemon already answers"), second.out());
    assertEquals(ExitCodes.OK, ask(tmp, "help").code(), "the first still answers");
  }

  @Test
  void noDaemonMeansTheScriptRunsTheCommand() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
    assertEquals(DaemonProtocol.NO_DAEMON, DaemonClient.run(tmp.resolve("none.sock"), tmp, new String[] { "help" }, out, err));
    assertEquals(0, out.size() + err.size(), "nothing printed, so the script's own run is the only output");
  }

  @Test
  void refusesAFolderOthersCanEnter() throws IOException {
    Path open = Files.createDirectory(tmp.resolve("open"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    Result r = CliTest.run("daemon", "--socket", open.resolve("d.sock").toString());
    assertEquals(ExitCodes.BAD_INPUT, r.code());
    assertTrue(r.err().contains("must belong to") && r.err().contains("rwxr-xr-x"), r.err());
    assertFalse(Files.exists(open.resolve("d.sock")));
  }
}
