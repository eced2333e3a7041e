package org.slicewright.diagram.glsp.server;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.glsp.server.actions.ActionMessage;
import org.eclipse.glsp.server.actions.MessageAction;
import org.eclipse.glsp.server.types.Severity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slicewright.tests.support.ExampleFiles;
import org.slicewright.diagram.glsp.LocalDiagramSession;
import org.slicewright.diagram.glsp.ScenarioDomains;
import org.slicewright.diagram.glsp.TopologyTypes;

/**
 * The diagram server as an attacker on the same machine meets it: a foreign web page (Origin), a
 * rebinding host name (Host), no or a guessed token, a client naming another file, slow and
 * oversized clients, and a failing accept.
 */
class DiagramServerSecurityTest {
  @TempDir
  Path dir;
  Path served, other;
  DiagramServer server;
  String token;

  @BeforeEach
  void start() throws Exception {
    served = dir.resolve("twin-demand.slicewright");
    other = dir.resolve("hetero-edge.slicewright");
    ExampleFiles.copy("twin-demand", served);
    ExampleFiles.copy("hetero-edge", other);
    server = DiagramServer.start(new ScenarioDomains(), DiagramClient.webRoot());
    String url = server.pageUrl(served);
    token = url.substring(url.indexOf("session=") + "session=".length());
    assertTrue(token.matches("[A-Za-z0-9_-]{22}"), "128 random bits, URL-safe: " + url);
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
  }

  String own() {
    return "127.0.0.1:" + server.port();
  }

  @Test
  void pagesAreServedOnlyUnderTheServersOwnHostName() throws Exception {
    assertEquals(200, status(get("/diagram.html", own())));
    assertEquals(200, status(get("/diagram.html", "localhost:" + server.port())));
    assertEquals(403, status(get("/diagram.html", "evil.example:" + server.port())), "a rebinding host name");
    assertEquals(403, status(get("/diagram.html", null)));
    assertEquals(404, status(get("/../../etc/passwd", own())));
    assertEquals(400, status(get("/%zz", own())), "a malformed escape");
  }

  @Test
  void theScriptIsKeptByTheBrowserButCheckedOnEveryLoadThePageIsNeverKept() throws Exception {
    String page = get("/diagram.html", own());
    assertTrue(page.contains("Cache-Control: no-store") && !page.contains("ETag"), page);
    String script = get("/bundle.js", own());
    assertEquals(200, status(script));
    assertTrue(script.contains("Cache-Control: no-cache"), script);
    String tag = script.substring(script.indexOf("ETag: ") + 6, script.indexOf("\r\n", script.indexOf("ETag: ")));
    assertTrue(tag.matches("\"[0-9]+-[0-9]+\""), tag);
    String again = request(server.port(), "GET /bundle.js HTTP/1.1\r\nHost: " + own() + "\r\nIf-None-Match: " + tag + "\r\n\r\n");
    assertEquals(304, status(again), "unchanged: not sent again");
    assertFalse(again.contains("\r\nContent-Length:") || again.contains("\r\nContent-Type:"), "a 304 names no length or type: " + again);
    String stale = request(server.port(), "GET /bundle.js HTTP/1.1\r\nHost: " + own() + "\r\nIf-None-Match: \"1-1\"\r\n\r\n");
    assertEquals(200, status(stale), "another build's tag: sent in full");
  }

  @Test
  void onlyTheServersOwnPageOpensADiagramSession() throws Exception {
    String origin = "http://" + own();
    assertEquals(403, status(upgrade(token, own(), "http://evil.example")));
    assertEquals(403, status(upgrade(token, own(), "null")));
    assertEquals(403, status(upgrade(token, own(), null)));
    assertEquals(403, status(upgrade(token, "evil.example:" + server.port(), origin)));
    assertEquals(403, status(upgrade(null, own(), origin)), "no token");
    assertEquals(403, status(upgrade("AAAAAAAAAAAAAAAAAAAAAA", own(), origin)), "a guessed token");
    assertEquals(400, status(upgrade("%zz", own(), origin)));
    assertEquals(101, status(upgrade(token, own(), origin)));
    assertEquals(101, status(upgrade(token, "localhost:" + server.port(), "http://localhost:" + server.port())));
  }

  @Test
  void theServerNotTheClientDecidesWhichFileASessionShows() throws Exception {
    // The connection's injector for the page of 'served'; the client asks for another scenario.
    try (LocalDiagramSession s = new LocalDiagramSession(server.newInjector(served), other, TopologyTypes.DIAGRAM_TYPE, Map.of())) {
      assertEquals("twin-demand", s.scenario().getId());
    }
  }

  @Test
  void errorsReachTheClientWithoutStackTraces() {
    MessageAction error = new MessageAction(Severity.ERROR, "Could not load the scenario", "java.lang.IllegalStateException\n\tat org.slicewright...");
    ActionMessage out = GlspSession.withoutDetails(new ActionMessage("c1", error));
    assertEquals("Could not load the scenario", ((MessageAction) out.getAction()).getMessage());
    assertTrue(((MessageAction) out.getAction()).getDetails().isEmpty());
  }

  @Test
  void framesAClientMustNotSendCloseTheConnection() throws Exception {
    // Unmasked (RFC 6455 section 5.1): protocol error 1002.
    try (Socket s = openSession()) {
      s.getOutputStream().write(new byte[] { (byte) 0x81, 0x02, 'h', 'i' });
      assertEquals(1002, closeStatus(s.getInputStream()));
    }
    // A header declaring 1 GiB, no data: refused at once with 1009, nothing allocated for it.
    try (Socket s = openSession()) {
      OutputStream o = s.getOutputStream();
      o.write(new byte[] { (byte) 0x81, (byte) (0x80 | 127), 0, 0, 0, 0, 0x40, 0, 0, 0, 1, 2, 3, 4 });
      o.flush();
      assertEquals(1009, closeStatus(s.getInputStream()));
    }
    assertEquals(200, status(get("/diagram.html", own())), "the server still serves");
  }

  @Test
  void slowClientsCannotExhaustTheServer() throws Exception {
    List<Socket> idle = new ArrayList<>();
    try {
      for (int i = 0; i < DiagramServer.MAX_CONNECTIONS; i++) idle.add(new Socket(InetAddress.getLoopbackAddress(), server.port()));
      // The connection over the cap is closed on arrival, without a thread of its own.
      try (Socket extra = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
        extra.setSoTimeout(5000);
        assertEquals(-1, extra.getInputStream().read());
      }
    } finally {
      for (Socket s : idle) s.close();
    }
    Thread.sleep(200);
    assertEquals(200, status(get("/diagram.html", own())), "served again once the idle clients left");
  }

  @Test
  void theAcceptLoopOutlivesRunningOutOfFileDescriptors() throws Exception {
    AtomicInteger failures = new AtomicInteger(3);
    ServerSocket failing = new ServerSocket(0, 50, InetAddress.getLoopbackAddress()) {
      @Override
      public Socket accept() throws IOException {
        if (failures.getAndDecrement() > 0) throw new IOException("Too many open files");
        return super.accept();
      }
    };
    try (DiagramServer s = DiagramServer.start(failing, new ScenarioDomains(), DiagramClient.webRoot())) {
      assertEquals(200, status(request(s.port(), "GET /diagram.html HTTP/1.1\r\nHost: 127.0.0.1:" + s.port() + "\r\n\r\n")));
      assertTrue(failures.get() < 0, "the failures happened and were survived");
    }
  }

  private Socket openSession() throws IOException {
    Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port());
    s.setSoTimeout(10_000);
    s.getOutputStream().write(upgradeRequest(token, own(), "http://" + own()).getBytes(StandardCharsets.US_ASCII));
    String head = readHead(s.getInputStream());
    assertTrue(head.startsWith("HTTP/1.1 101"), head);
    return s;
  }

  private String get(String path, String host) throws IOException {
    return request(server.port(), "GET " + path + " HTTP/1.1\r\n" + (host == null ? "" : "Host: " + host + "\r\n") + "\r\n");
  }

  private String upgrade(String session, String host, String origin) throws IOException {
    return request(server.port(), upgradeRequest(session, host, origin));
  }

  private static String upgradeRequest(String session, String host, String origin) {
    return "GET /glsp" + (session == null ? "" : "?session=" + session) + " HTTP/1.1\r\nHost: " + host + "\r\n" + (origin == null ? "" : "Origin: " + origin + "\r\n")
        + "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
  }

  private static String request(int port, String text) throws IOException {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
      s.setSoTimeout(10_000);
      s.getOutputStream().write(text.getBytes(StandardCharsets.US_ASCII));
      s.getOutputStream().flush();
      return readHead(s.getInputStream());
    }
  }

  private static String readHead(InputStream in) throws IOException {
    StringBuilder b = new StringBuilder();
    for (int c = in.read(); c != -1; c = in.read()) {
      b.append((char) c);
      if (b.toString().endsWith("\r\n\r\n")) break;
    }
    return b.toString();
  }

  private static int status(String head) {
    return Integer.parseInt(head.substring(9, 12));
  }

  /** Reads frames until a close frame and returns its status. */
  private static int closeStatus(InputStream in) throws IOException {
    while (true) {
      int b0 = in.read(), b1 = in.read();
      if (b0 < 0 || b1 < 0) fail("the connection ended without a close frame");
      long len = b1 & 0x7F;
      if (len == 126) len = (in.read() << 8) | in.read();
      else if (len == 127) {
        len = 0;
        for (int i = 0; i < 8; i++) len = (len << 8) | in.read();
      }
      byte[] payload = in.readNBytes((int) len);
      if ((b0 & 0x0F) == 0x8) return ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF);
    }
  }
}
