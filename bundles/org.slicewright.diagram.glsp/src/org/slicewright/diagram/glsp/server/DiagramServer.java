package org.slicewright.diagram.glsp.server;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.apache.logging.log4j.LogManager;
import org.slicewright.diagram.glsp.ScenarioDomains;
import org.slicewright.diagram.glsp.ServedFile;
import org.slicewright.diagram.glsp.TopologyDiagramModule;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;

/**
 * The diagram server: GLSP in-process on an ephemeral loopback port, on its own threads. GET serves
 * the web client (diagram.html and its bundle) from {@code webRoot}; an upgrade to WebSocket on
 * {@value #ENDPOINT} opens a GLSP session.
 * <p>
 * Only the server's own pages can drive it. Loopback alone does not ensure that: any web page the
 * user visits can talk to a loopback port, and a rebinding host name makes it same-origin. So every
 * request must name the server by {@code 127.0.0.1:PORT} or {@code localhost:PORT} in its Host
 * header; a WebSocket upgrade must come from the server's own origin and present the 128-bit random
 * token of a page the server handed out ({@link #pageUrl}); and the token decides which scenario
 * file the session shows, the client names none. Anything else is answered 403 before a GLSP
 * message is read.
 * <p>
 * Resources are bounded: at most {@value #MAX_CONNECTIONS} connections at once (more are closed on
 * arrival), {@value #HEADER_TIMEOUT_MS} ms to send the request head, headers of at most
 * {@value #MAX_HEADER_BYTES} bytes, and WebSocket messages as {@link WebSocketConnection} limits them.
 * The accept loop outlives failures such as running out of file descriptors.
 */
public final class DiagramServer implements AutoCloseable {
  public static final String ENDPOINT = "/glsp";
  /** Connections served at once: one thread each; a diagram page holds one. */
  static final int MAX_CONNECTIONS = 64;
  /** Time a client has to send its request line and headers. */
  static final int HEADER_TIMEOUT_MS = 10_000;
  /** Size of a request's line and headers together. */
  static final int MAX_HEADER_BYTES = 32 << 10;
  /** Pause after a failed accept (file descriptors exhausted, say) before trying again. */
  static final long ACCEPT_BACKOFF_MS = 100;

  private static final SecureRandom RANDOM = new SecureRandom();
  private final ServerSocket socket;
  private final Path webRoot;
  private final Module[] modules;
  /** Page token -> the scenario file its page shows. */
  private final Map<String, Path> pages = new ConcurrentHashMap<>();
  private final ThreadPoolExecutor connections = new ThreadPoolExecutor(0, MAX_CONNECTIONS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
      r -> thread(r, "slicewright-diagram-connection"));
  private volatile boolean closed;

  private DiagramServer(ServerSocket socket, Path webRoot, ScenarioDomains domains) {
    this.socket = socket;
    this.webRoot = webRoot.toAbsolutePath().normalize();
    this.modules = TopologyDiagramModule.serverModules(domains);
  }

  /**
   * Starts the server on a free loopback port.
   *
   * @param domains scenarios open in editors (diagrams of other files load them themselves)
   * @param webRoot folder holding diagram.html and the client bundle
   */
  public static DiagramServer start(ScenarioDomains domains, Path webRoot) throws IOException {
    return start(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), domains, webRoot);
  }

  /** Starts the server on a bound socket (tests give one that fails on purpose). */
  static DiagramServer start(ServerSocket socket, ScenarioDomains domains, Path webRoot) throws IOException {
    if (!Files.isRegularFile(webRoot.resolve("diagram.html"))) {
      socket.close();
      throw new IOException("The diagram client is missing: no diagram.html in " + webRoot + " (build the bundle's client with client/build.sh)");
    }
    // GLSP logs through log4j, whose provider lookup fails when first made on a connection thread in
    // OSGi: initialise it here, on the caller's thread, before any connection arrives.
    TopologyDiagramModule.useSimpleLogger();
    LogManager.getLogger(DiagramServer.class);
    DiagramServer server = new DiagramServer(socket, webRoot, domains);
    thread(server::acceptLoop, "slicewright-diagram-server").start();
    return server;
  }

  private static Thread thread(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  public int port() {
    return socket.getLocalPort();
  }

  /**
   * The address of the diagram page of a scenario file. The page carries a token of the server's
   * choosing that stands for this file; a session opened with it shows this file and no other.
   */
  public String pageUrl(Path scenario) {
    Path file = scenario.toAbsolutePath().normalize();
    String token = pages.entrySet().stream().filter(e -> e.getValue().equals(file)).map(Map.Entry::getKey).findFirst().orElseGet(() -> {
      byte[] bytes = new byte[16];
      RANDOM.nextBytes(bytes);
      String t = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      pages.put(t, file);
      return t;
    });
    return "http://127.0.0.1:" + port() + "/diagram.html?session=" + token;
  }

  Injector newInjector(Path file) {
    Module served = binder -> binder.bind(ServedFile.class).toInstance(new ServedFile(file));
    Module[] all = Arrays.copyOf(modules, modules.length + 1);
    all[modules.length] = served;
    return Guice.createInjector(all);
  }

  private void acceptLoop() {
    while (!closed) {
      Socket s;
      try {
        s = socket.accept();
      } catch (IOException e) {
        if (closed || socket.isClosed()) return;
        // Out of file descriptors or a transient network error: wait and keep serving.
        pause();
        continue;
      }
      try {
        connections.execute(() -> serve(s));
      } catch (RejectedExecutionException full) {
        quietlyClose(s);
      }
    }
  }

  private static void pause() {
    try {
      Thread.sleep(ACCEPT_BACKOFF_MS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void serve(Socket s) {
    try (s) {
      s.setSoTimeout(HEADER_TIMEOUT_MS);
      InputStream in = new BufferedInputStream(s.getInputStream());
      HttpRequestHead head = HttpRequestHead.read(in, MAX_HEADER_BYTES);
      OutputStream out = s.getOutputStream();
      if (head == null) {
        respond(out, 400, "Bad request.");
        return;
      }
      if (!ownHost(head.header("host"))) {
        respond(out, 403, "Forbidden.");
        return;
      }
      String path;
      Map<String, String> query;
      try {
        path = URLDecoder.decode(head.path(), StandardCharsets.UTF_8);
        query = head.query();
      } catch (IllegalArgumentException badEscape) {
        respond(out, 400, "Bad request: malformed escape.");
        return;
      }
      if (ENDPOINT.equals(path) && "websocket".equalsIgnoreCase(head.header("upgrade")) && head.header("sec-websocket-key") != null) {
        Path file = pages.get(query.getOrDefault("session", ""));
        if (!ownOrigin(head.header("origin")) || file == null) {
          respond(out, 403, "Forbidden.");
          return;
        }
        s.setSoTimeout(0); // an open diagram may sit idle for hours
        openSession(s, in, head.header("sec-websocket-key"), file);
      } else if ("GET".equals(head.method())) {
        serveFile(out, path, head.header("if-none-match"));
      } else {
        respond(out, 405, "Only GET and WebSocket upgrades on " + ENDPOINT + ".");
      }
    } catch (SocketTimeoutException slow) {
      // the client did not finish its request in time: drop it
    } catch (IOException e) {
      // the client went away mid-request: nothing to clean up beyond the socket
    }
  }

  /** Host as a browser sends it for the server's own address. */
  private boolean ownHost(String host) {
    return host != null && (host.equals("127.0.0.1:" + port()) || host.equals("localhost:" + port()));
  }

  /** Origin of the server's own pages. */
  private boolean ownOrigin(String origin) {
    return origin != null && (origin.equals("http://127.0.0.1:" + port()) || origin.equals("http://localhost:" + port()));
  }

  private void openSession(Socket s, InputStream in, String key, Path file) throws IOException {
    WebSocketConnection ws = new WebSocketConnection(s, in);
    ws.handshake(key);
    GlspSession session = new GlspSession(newInjector(file), ws);
    try {
      ws.readMessages(session::receive);
    } finally {
      session.end();
    }
  }

  /**
   * A file of the web client. The page itself is never kept; the script, styles and font may be kept
   * by the browser but are checked on every load (a tag of size and time, answered "not modified"
   * when unchanged): a kept script is not compiled again, which saved a third of a second per page.
   */
  private void serveFile(OutputStream out, String rel, String ifNoneMatch) throws IOException {
    if (rel.equals("/")) rel = "/diagram.html";
    Path file = webRoot.resolve(rel.substring(1)).normalize();
    if (!file.startsWith(webRoot) || !Files.isRegularFile(file)) {
      respond(out, 404, "Not found.");
      return;
    }
    if (file.getFileName().toString().endsWith(".html")) {
      respond(out, 200, contentType(file), Files.readAllBytes(file));
      return;
    }
    String tag = "\"" + Files.size(file) + "-" + Files.getLastModifiedTime(file).toMillis() + "\"";
    String kept = "Cache-Control: no-cache\r\nETag: " + tag;
    if (tag.equals(ifNoneMatch)) respond(out, 304, contentType(file), new byte[0], kept);
    else respond(out, 200, contentType(file), Files.readAllBytes(file), kept);
  }

  static String contentType(Path file) {
    String n = file.getFileName().toString();
    if (n.endsWith(".html")) return "text/html; charset=utf-8";
    if (n.endsWith(".js")) return "text/javascript; charset=utf-8";
    if (n.endsWith(".css")) return "text/css; charset=utf-8";
    if (n.endsWith(".svg")) return "image/svg+xml";
    if (n.endsWith(".ttf")) return "font/ttf";
    if (n.endsWith(".woff2")) return "font/woff2";
    if (n.endsWith(".map") || n.endsWith(".json")) return "application/json";
    return "application/octet-stream";
  }

  private static void respond(OutputStream out, int status, String text) throws IOException {
    respond(out, status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
  }

  private static void respond(OutputStream out, int status, String type, byte[] body) throws IOException {
    respond(out, status, type, body, "Cache-Control: no-store");
  }

  /** @param caching the caching header lines (Cache-Control, ETag), without the last line end */
  private static void respond(OutputStream out, int status, String type, byte[] body, String caching) throws IOException {
    String reason = switch (status) {
      case 200 -> "OK";
      case 304 -> "Not Modified";
      case 400 -> "Bad Request";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      default -> "Method Not Allowed";
    };
    // A "not modified" answer has no body and names no type or length (RFC 9110, section 15.4.5).
    String entity = status == 304 ? "" : "Content-Type: " + type + "\r\nContent-Length: " + body.length + "\r\n";
    String head = "HTTP/1.1 " + status + " " + reason + "\r\n" + entity + caching + "\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n";
    out.write(head.getBytes(StandardCharsets.US_ASCII));
    out.write(body);
    out.flush();
  }

  private static void quietlyClose(Socket s) {
    try {
      s.close();
    } catch (IOException e) {
      // already closed
    }
  }

  @Override
  public void close() throws IOException {
    closed = true;
    socket.close();
    connections.shutdownNow();
  }
}
