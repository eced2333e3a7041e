package org.slicewright.model.util;

import static org.junit.jupiter.api.Assertions.*;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slicewright.examples.Examples;

/**
 * A scenario is a document planners exchange: its references must not reach the network or other
 * files. A local listener counts every connection the tool makes while reading such files.
 */
class ExternalReferenceTest {
  @TempDir
  Path tmp;
  ServerSocket listener;
  final AtomicInteger connections = new AtomicInteger();

  @BeforeEach
  void listen() throws Exception {
    listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread t = new Thread(() -> {
      while (true) {
        try (Socket s = listener.accept()) {
          connections.incrementAndGet();
        } catch (SocketException closed) {
          return;
        } catch (Exception e) {
          // keep counting
        }
      }
    });
    t.setDaemon(true);
    t.start();
  }

  @AfterEach
  void close() throws Exception {
    listener.close();
  }

  private Path withSiteOfMbs(String href) throws Exception {
    Path f = tmp.resolve("twin.slicewright");
    String text = Files.readString(Examples.file("twin-demand"));
    assertTrue(text.contains("site=\"site-mbs\""));
    Files.writeString(f, text.replace("site=\"site-mbs\"", "site=\"" + href + "\""));
    return f;
  }

  @Test
  void aReferenceToAUrlIsRefusedWithItsLineAndNothingIsFetched() throws Exception {
    Path f = withSiteOfMbs("http://127.0.0.1:" + listener.getLocalPort() + "/remote.slicewright#site-core");
    ScenarioLoadException e = assertThrows(ScenarioLoadException.class, () -> ScenarioResources.load(f));
    assertEquals(18, e.getLine(), e.getMessage());
    assertTrue(e.getMessage().contains("reference 'site' of Node points outside this file, to 'http://127.0.0.1:"), e.getMessage());
    Thread.sleep(200);
    assertEquals(0, connections.get(), "no connection was made");
  }

  @Test
  void aReferenceToAnotherLocalFileIsRefused() throws Exception {
    Path other = tmp.resolve("other.slicewright");
    Files.copy(Examples.file("twin-demand"), other);
    Path f = withSiteOfMbs("other.slicewright#site-mbs");
    ScenarioLoadException e = assertThrows(ScenarioLoadException.class, () -> ScenarioResources.load(f));
    assertTrue(e.getMessage().contains("points outside this file"), e.getMessage());
    Path passwd = withSiteOfMbs("file:/etc/passwd#x");
    assertThrows(ScenarioLoadException.class, () -> ScenarioResources.load(passwd));
  }

  @Test
  void evenAFollowedReferenceReadsNothing() throws Exception {
    // Defence in depth: the resource set itself refuses to read what the application did not load.
    var rs = ScenarioResources.createResourceSet();
    var uri = URI.createURI("http://127.0.0.1:" + listener.getLocalPort() + "/x.slicewright");
    assertThrows(Exception.class, () -> rs.getResource(uri, true));
    Thread.sleep(200);
    assertEquals(0, connections.get());
  }

  @Test
  void externalEntitiesAndDtdsFetchNothing() throws Exception {
    String url = "http://127.0.0.1:" + listener.getLocalPort();
    String text = Files.readString(Examples.file("twin-demand"));
    int afterDecl = text.indexOf("?>") + 2;
    Path f = tmp.resolve("xxe.slicewright");
    Files.writeString(f, text.substring(0, afterDecl) + "\n<!DOCTYPE x SYSTEM \"" + url + "/x.dtd\" [<!ENTITY e SYSTEM \"" + url + "/e\">]>"
        + text.substring(afterDecl).replace("name=\"Macro base station\"", "name=\"&e;\""));
    try {
      ScenarioResources.load(f);
    } catch (ScenarioLoadException refused) {
      // refusing the file is as good as ignoring the entity: what matters is that nothing was fetched
    }
    Thread.sleep(200);
    assertEquals(0, connections.get());
  }
}
