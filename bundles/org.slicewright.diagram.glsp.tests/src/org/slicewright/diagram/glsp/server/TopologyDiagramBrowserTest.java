package org.slicewright.diagram.glsp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slicewright.tests.support.ExampleFiles;
import org.slicewright.diagram.glsp.ScenarioDomains;
import org.slicewright.model.topology.Network;
import org.slicewright.model.topology.Node;
import org.slicewright.model.topology.NodeKind;
import org.slicewright.model.util.ScenarioResources;

/**
 * The web client end to end: headless Chromium, driven by Playwright (client/e2e/topology.e2e.mjs),
 * edits the twin-demand example through a live diagram server (create, move, link, delete, undo,
 * layout, save); the saved file must then hold exactly what was drawn.
 */
class TopologyDiagramBrowserTest {
  @TempDir
  Path dir;

  /**
   * Runs one of the client's Playwright scripts (client/e2e) against a live diagram server on
   * {@code file}; fails with the script's output unless it passes. Returns its screenshot.
   */
  static Path runBrowserScript(String script, Path file, String screenshot) throws Exception {
    Path chromium = Path.of(System.getenv().getOrDefault("SLICEWRIGHT_CHROMIUM", "/usr/bin/chromium"));
    // Tests run in the test bundle's folder; the client's sources and node_modules are beside it.
    Path client = Path.of("..", "org.slicewright.diagram.glsp", "client").toAbsolutePath().normalize();
    // ./test installs Chromium; a developer machine that runs Maven directly without it skips rather than fails.
    if (System.getenv("CI") == null) Assumptions.assumeTrue(Files.isExecutable(chromium), "no Chromium at " + chromium);
    assertTrue(Files.isDirectory(client.resolve("node_modules/playwright-core")), "client not installed: run client/build.sh");
    Path shot = Path.of("target", screenshot).toAbsolutePath();
    Files.createDirectories(shot.getParent());
    try (DiagramServer server = DiagramServer.start(new ScenarioDomains(), DiagramClient.webRoot())) {
      Process p = new ProcessBuilder("node", "e2e/" + script, server.pageUrl(file), shot.toString())
          .directory(client.toFile()).redirectErrorStream(true).start();
      assertTrue(p.waitFor(180, TimeUnit.SECONDS), "browser test did not finish in 3 minutes");
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(0, p.exitValue(), out);
    }
    return shot;
  }

  @Test
  void planerEditsInTheBrowserAreSavedToTheScenario() throws Exception {
    Path file = dir.resolve("twin-demand.slicewright");
    ExampleFiles.copy("twin-demand", file);
    Path shot = runBrowserScript("topology.e2e.mjs", file, "topology-e2e.png");
    Network saved = ScenarioResources.load(file).getNetwork();
    Node board = saved.getNodes().stream().filter(n -> n.getId().equals("board1")).findFirst().orElseThrow(
        () -> new AssertionError("the board created in the browser was not saved"));
    assertEquals(NodeKind.BOARD, board.getKind());
    assertTrue(saved.getLinks().stream().anyMatch(l -> l.getId().equals("link-board1-mbs") && l.getSource() == board),
        "the link drawn in the browser (restored by undo) was saved");
    for (Node n : saved.getNodes()) assertTrue(n.getDiagramWidth() > 0, "layout placed " + n.getId());
    assertTrue(Files.size(shot) > 10_000, "screenshot written");
  }

  @Test
  void poolEditsInTheBrowserAreSavedToTheScenario() throws Exception {
    Path file = dir.resolve("pooling-32ap.slicewright");
    ExampleFiles.copy("pooling-32ap", file);
    runBrowserScript("pool.e2e.mjs", file, "pool-e2e.png");
    var pool = ScenarioResources.load(file).getSecondaryPools().get(0);
    assertEquals(4, pool.getSubPools().size(), "the four k-means sub-pools were saved");
    assertEquals(4, pool.getPolicy().getK());
    assertTrue(pool.getSubPools().get(1).getMembers().stream().anyMatch(v -> v.getId().equals("vap-ap07")), "vap-ap07 dragged into sub-pool 2");
    assertEquals(1, pool.getSubPools().stream().filter(sp -> sp.getMembers().stream().anyMatch(v -> v.getId().equals("vap-ap07"))).count());
  }

  @Test
  void servesTheClientAndRefusesPathsOutsideIt() throws IOException, InterruptedException {
    try (DiagramServer server = DiagramServer.start(new ScenarioDomains(), DiagramClient.webRoot())) {
      var http = HttpClient.newHttpClient();
      var page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/diagram.html")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, page.statusCode());
      assertTrue(page.body().contains("bundle.js"));
      var script = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/bundle.js")).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, script.statusCode());
      assertTrue(script.body().length > 100_000, "the bundled GLSP client");
      assertEquals("text/javascript; charset=utf-8", script.headers().firstValue("Content-Type").orElse(""));
      var escape = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/..%2F..%2FMETA-INF%2FMANIFEST.MF")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(404, escape.statusCode());
    }
  }

  @Test
  void speaksGlspJsonRpcOverWebSocket() throws Exception {
    try (DiagramServer server = DiagramServer.start(new ScenarioDomains(), DiagramClient.webRoot())) {
      var reply = new CompletableFuture<String>();
      // As the server's own page connects: its origin and the token of a page the server handed out.
      String page = server.pageUrl(dir.resolve("any.slicewright"));
      String session = page.substring(page.indexOf("?session="));
      var ws = HttpClient.newHttpClient().newWebSocketBuilder().header("Origin", "http://127.0.0.1:" + server.port())
          .buildAsync(URI.create("ws://127.0.0.1:" + server.port() + DiagramServer.ENDPOINT + session), new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
              reply.complete(data.toString());
              return null;
            }
          }).get(10, TimeUnit.SECONDS);
      // A bad message is skipped and the connection stays up. Java's WebSocket refuses a send while the
      // previous one is still going out, so wait for each.
      ws.sendText("not json", true).get(10, TimeUnit.SECONDS);
      ws.sendText("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"initialize\",\"params\":{\"applicationId\":\"t\",\"protocolVersion\":\"1.0.0\"}}", true).get(10, TimeUnit.SECONDS);
      String answer = reply.get(20, TimeUnit.SECONDS);
      assertTrue(answer.contains("\"id\":7") && answer.contains("slicewright-topology") && answer.contains("changeBounds"), answer);
    }
  }

  @Test
  void webSocketAcceptKeyFollowsRfc6455() {
    // The example handshake of RFC 6455, section 1.3.
    assertEquals("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=", WebSocketConnection.accept("dGhlIHNhbXBsZSBub25jZQ=="));
  }
}
