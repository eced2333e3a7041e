package org.slicewright.diagram.glsp;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.ActionMessage;
import org.eclipse.glsp.server.di.ServerModule;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.protocol.GLSPClient;
import org.eclipse.glsp.server.protocol.GLSPServer;
import org.eclipse.glsp.server.protocol.InitializeClientSessionParameters;
import org.eclipse.glsp.server.protocol.InitializeParameters;
import org.eclipse.glsp.server.session.ClientSession;
import org.eclipse.glsp.server.session.ClientSessionManager;
import org.slicewright.model.scenario.Scenario;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * A real GLSP server session on a scenario file, driven the way the web client drives it (actions
 * through the session's dispatcher), with the actions sent back to the client recorded.
 */
final class DiagramSession implements AutoCloseable {
  /** What the web client tells the server it handles (the server sends only these). */
  static final List<String> CLIENT_ACTIONS = List.of("requestBounds", "setDirtyState", "setModel", "updateModel", "setMarkers",
      "deleteMarkers", "setEditMode", "select", "selectAll", "setClipboardData", "status", "message", "startProgress",
      "updateProgress", "endProgress", "setTypeHints", "setContextActions", "setEditValidationResult", "setPopupModel",
      "setViewport", "fit", "center", "triggerNodeCreation", "triggerEdgeCreation");
  final List<Action> sent = new CopyOnWriteArrayList<>();
  final GLSPServer server;
  final ClientSession session;

  DiagramSession(Path file, ScenarioDomains domains) throws Exception {
    Injector injector = Guice.createInjector(new ServerModule().configureDiagramModule(new TopologyDiagramModule()),
        new AbstractModule() {
          @Override
          protected void configure() {
            bind(ScenarioDomains.class).toInstance(domains);
          }
        });
    server = injector.getInstance(GLSPServer.class);
    server.connect(new GLSPClient() {
      @Override
      public void process(ActionMessage message) {
        sent.add(message.getAction());
      }
    });
    InitializeParameters init = new InitializeParameters();
    init.setApplicationId("tests");
    init.setProtocolVersion("1.0.0");
    server.initialize(init).get(30, TimeUnit.SECONDS);
    server.initializeClientSession(new InitializeClientSessionParameters("c1", TopologyTypes.DIAGRAM_TYPE, CLIENT_ACTIONS)).get(30, TimeUnit.SECONDS);
    session = injector.getInstance(ClientSessionManager.class).getSession("c1").orElseThrow();
    dispatch(new RequestModelAction(Map.of("sourceUri", file.toString(), "diagramType", TopologyTypes.DIAGRAM_TYPE)));
  }

  void dispatch(Action action) throws Exception {
    session.getActionDispatcher().dispatch(action).get(60, TimeUnit.SECONDS);
  }

  ScenarioModelState state() {
    return session.getInjector().getInstance(ScenarioModelState.class);
  }

  Scenario scenario() {
    return state().getScenario();
  }

  /** The drawn element with this id (the graph model as the client last received it). */
  GModelElement element(String id) {
    return state().getIndex().get(id).orElse(null);
  }

  /** Validation markers on one drawn element. */
  List<org.eclipse.glsp.server.features.validation.Marker> markers(String id) {
    return session.getInjector().getInstance(TopologyMarkers.class).validate(List.of(), "batch").stream()
        .filter(m -> m.getElementId().equals(id)).toList();
  }

  @Override
  public void close() {
    server.shutdown();
  }
}
