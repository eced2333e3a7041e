package org.slicewright.diagram.glsp;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.ActionMessage;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.validation.Marker;
import org.eclipse.glsp.server.gson.GraphGsonConfigurationFactory;
import org.eclipse.glsp.server.protocol.GLSPClient;
import org.eclipse.glsp.server.protocol.GLSPServer;
import org.eclipse.glsp.server.protocol.InitializeClientSessionParameters;
import org.eclipse.glsp.server.protocol.InitializeParameters;
import org.eclipse.glsp.server.session.ClientSession;
import org.eclipse.glsp.server.session.ClientSessionManager;
import org.slicewright.model.scenario.Scenario;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * A GLSP diagram session in-process, without a client connection: driven the way the web client
 * drives it (actions through the session's dispatcher); what it would send the client is dropped.
 * The server-side tests and the diagram benchmark use it.
 */
public final class LocalDiagramSession implements AutoCloseable {
  /** What the web client tells the server it handles (the server sends only these). */
  static final List<String> CLIENT_ACTIONS = List.of("requestBounds", "setDirtyState", "setModel", "updateModel", "setMarkers",
      "deleteMarkers", "setEditMode", "select", "selectAll", "setClipboardData", "status", "message", "startProgress",
      "updateProgress", "endProgress", "setTypeHints", "setContextActions", "setEditValidationResult", "setPopupModel",
      "setViewport", "fit", "center", "triggerNodeCreation", "triggerEdgeCreation");
  private final GLSPServer server;
  private final ClientSession session;

  public LocalDiagramSession(Path file, ScenarioDomains domains) throws Exception {
    this(file, domains, TopologyTypes.DIAGRAM_TYPE, Map.of());
  }

  /**
   * @param diagramType {@link TopologyTypes#DIAGRAM_TYPE} or the pool diagram's
   * @param options further client options (the pool diagram's "pool")
   */
  public LocalDiagramSession(Path file, ScenarioDomains domains, String diagramType, Map<String, String> options) throws Exception {
    this(Guice.createInjector(TopologyDiagramModule.serverModules(domains)), file, diagramType, options);
  }

  /**
   * A session from a connection's injector (the diagram server's, say), requesting {@code file} as a
   * client would.
   */
  public LocalDiagramSession(Injector injector, Path file, String diagramType, Map<String, String> options) throws Exception {
    server = injector.getInstance(GLSPServer.class);
    server.connect(new GLSPClient() {
      @Override
      public void process(ActionMessage message) {
        // No client: what the server sends back (bounds requests, markers, updates) is not needed;
        // callers read the resulting model from the session's state.
      }
    });
    InitializeParameters init = new InitializeParameters();
    init.setApplicationId("tests");
    init.setProtocolVersion("1.0.0");
    server.initialize(init).get(30, TimeUnit.SECONDS);
    server.initializeClientSession(new InitializeClientSessionParameters("c1", diagramType, CLIENT_ACTIONS)).get(30, TimeUnit.SECONDS);
    session = injector.getInstance(ClientSessionManager.class).getSession("c1").orElseThrow();
    Map<String, String> request = new HashMap<>(options);
    request.put("sourceUri", file.toString());
    request.put("diagramType", diagramType);
    dispatch(new RequestModelAction(request));
  }

  /** Runs an action as if the client had sent it, and waits until it is handled. */
  public void dispatch(Action action) throws Exception {
    session.getActionDispatcher().dispatch(action).get(60, TimeUnit.SECONDS);
  }

  public ScenarioModelState state() {
    return instance(ScenarioModelState.class);
  }

  /** A service of the diagram session (from its injector). */
  public <T> T instance(Class<T> type) {
    return session.getInjector().getInstance(type);
  }

  public Scenario scenario() {
    return state().getScenario();
  }

  /** The drawn element with this id (the graph model as the client last received it). */
  public GModelElement element(String id) {
    return state().getIndex().get(id).orElse(null);
  }

  /** Validation markers on one drawn element. */
  public List<Marker> markers(String id) {
    return instance(TopologyMarkers.class).validate(List.of(), "batch").stream()
        .filter(m -> m.getElementId().equals(id)).toList();
  }

  /** The graph model as the client receives it (GLSP's JSON, written by {@link GModelJson}). */
  public String modelJson() {
    return GModelJson.register(instance(GraphGsonConfigurationFactory.class).configureGson()).create()
        .toJson(state().getRoot());
  }

  /** The graph model as GLSP's own writer writes it: what {@link #modelJson()} is compared and timed against. */
  public String glspModelJson() {
    return instance(GraphGsonConfigurationFactory.class).configureGson().create().toJson(state().getRoot());
  }

  @Override
  public void close() {
    server.shutdown();
  }
}
