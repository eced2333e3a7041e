package org.slicewright.ui.diagram;

import java.io.IOException;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.slicewright.diagram.glsp.ScenarioDomains;
import org.slicewright.diagram.glsp.server.DiagramClient;
import org.slicewright.diagram.glsp.server.DiagramServer;

/**
 * The workbench's one diagram server, started on the first diagram opened and stopped with the
 * bundle, and the registry of open scenarios every diagram session looks its model up in.
 */
public final class DiagramService implements BundleActivator {
  private static final ScenarioDomains DOMAINS = new ScenarioDomains();
  private static DiagramServer server;

  public static ScenarioDomains domains() {
    return DOMAINS;
  }

  /** The running server; starts it on first use (a free loopback port, its own threads). */
  public static synchronized DiagramServer server() throws IOException {
    if (server == null) server = DiagramServer.start(DOMAINS, DiagramClient.webRoot());
    return server;
  }

  @Override
  public void start(BundleContext context) {
    // The server starts lazily: a workbench that never opens a diagram never listens on a port.
  }

  @Override
  public void stop(BundleContext context) throws IOException {
    synchronized (DiagramService.class) {
      if (server != null) server.close();
      server = null;
    }
  }
}
