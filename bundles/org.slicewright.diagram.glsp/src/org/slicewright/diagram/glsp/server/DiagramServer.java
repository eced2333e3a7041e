package org.slicewright.diagram.glsp.server;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slicewright.diagram.glsp.ScenarioDomains;
import org.slicewright.diagram.glsp.TopologyDiagramModule;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;

/**
 * The diagram server: GLSP in-process on an ephemeral loopback port, on its own threads. GET serves
 * the web client (diagram.html and its bundle) from {@code webRoot}; an upgrade to WebSocket on
 * {@value #ENDPOINT} opens a GLSP session. Loopback only: nothing outside the machine can connect.
 */
public final class DiagramServer implements AutoCloseable {
  public static final String ENDPOINT = "/glsp";

  private final ServerSocket socket;
  private final Path webRoot;
  private final Module[] modules;
  private final ExecutorService connections = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "slicewright-diagram-connection");
    t.setDaemon(true);
    return t;
  });

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
    if (!Files.isRegularFile(webRoot.resolve("diagram.html"))) {
      throw new IOException("The diagram client is missing: no diagram.html in " + webRoot + " (build the bundle's client with client/build.sh)");
    }
    DiagramServer server = new DiagramServer(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), webRoot, domains);
    Thread accept = new Thread(server::acceptLoop, "slicewright-diagram-server");
    accept.setDaemon(true);
    accept.start();
    return server;
  }

  public int port() {
    return socket.getLocalPort();
  }

  /** The address of the diagram page for a scenario file. */
  public String pageUrl(Path scenario) {
    return "http://127.0.0.1:" + port() + "/diagram.html?file="
        + URLEncoder.encode(scenario.toAbsolutePath().normalize().toString(), StandardCharsets.UTF_8);
  }

  Injector newInjector() {
    return Guice.createInjector(modules);
  }

  private void acceptLoop() {
    while (!socket.isClosed()) {
      try {
        Socket s = socket.accept();
        connections.execute(() -> serve(s));
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void serve(Socket s) {
    try (s) {
      InputStream in = new BufferedInputStream(s.getInputStream());
      String[] request = readLine(in).split(" ");
      Map<String, String> headers = new HashMap<>();
      for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
        int colon = line.indexOf(':');
        if (colon > 0) headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
      }
      if (request.length < 2) return;
      String path = request[1].split("\\?")[0];
      if (ENDPOINT.equals(path) && "websocket".equalsIgnoreCase(headers.get("upgrade")) && headers.containsKey("sec-websocket-key")) {
        openSession(s, in, headers.get("sec-websocket-key"));
      } else if ("GET".equals(request[0])) {
        serveFile(s.getOutputStream(), path);
      } else {
        respond(s.getOutputStream(), 405, "text/plain", ("Only GET and WebSocket upgrades on " + ENDPOINT + ".").getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      // the client went away mid-request: nothing to clean up beyond the socket
    }
  }

  private void openSession(Socket s, InputStream in, String key) throws IOException {
    WebSocketConnection ws = new WebSocketConnection(s, in);
    ws.handshake(key);
    GlspSession session = new GlspSession(newInjector(), ws);
    try {
      ws.readMessages(session::receive);
    } finally {
      session.end();
    }
  }

  private void serveFile(OutputStream out, String path) throws IOException {
    String rel = URLDecoder.decode(path, StandardCharsets.UTF_8);
    if (rel.equals("/")) rel = "/diagram.html";
    Path file = webRoot.resolve(rel.substring(1)).normalize();
    if (!file.startsWith(webRoot) || !Files.isRegularFile(file)) {
      respond(out, 404, "text/plain", ("Not found: " + rel).getBytes(StandardCharsets.UTF_8));
      return;
    }
    respond(out, 200, contentType(file), Files.readAllBytes(file));
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

  private static void respond(OutputStream out, int status, String type, byte[] body) throws IOException {
    String head = "HTTP/1.1 " + status + (status == 200 ? " OK" : status == 404 ? " Not Found" : " Method Not Allowed")
        + "\r\nContent-Type: " + type + "\r\nContent-Length: " + body.length + "\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n";
    out.write(head.getBytes(StandardCharsets.US_ASCII));
    out.write(body);
    out.flush();
  }

  private static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
      if (c != '\r') line.write(c);
      if (line.size() > 16384) throw new IOException("HTTP header line too long");
    }
    return line.toString(StandardCharsets.US_ASCII);
  }

  @Override
  public void close() throws IOException {
    socket.close();
    connections.shutdownNow();
  }
}
