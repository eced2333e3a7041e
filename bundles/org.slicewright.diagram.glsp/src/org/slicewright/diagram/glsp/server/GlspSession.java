package org.slicewright.diagram.glsp.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.eclipse.glsp.server.actions.ActionMessage;
import org.eclipse.glsp.server.actions.MessageAction;
import org.eclipse.glsp.server.gson.ServerGsonConfigurator;
import org.eclipse.glsp.server.protocol.GLSPClient;
import org.eclipse.glsp.server.protocol.GLSPServer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;
import org.slicewright.diagram.glsp.GModelJson;

import com.google.gson.GsonBuilder;
import com.google.inject.Injector;

/**
 * One diagram client: a GLSP server instance from its own injector (as GLSP's websocket endpoint
 * does), speaking JSON-RPC over the client's WebSocket, one message per text frame.
 */
final class GlspSession {
  private static final Logger LOG = LogManager.getLogger(GlspSession.class);
  private final GLSPServer server;
  private final MessageJsonHandler json;
  private final RemoteEndpoint remote;

  GlspSession(Injector injector, WebSocketConnection ws) {
    server = injector.getInstance(GLSPServer.class);
    Map<String, JsonRpcMethod> methods = new LinkedHashMap<>(ServiceEndpoints.getSupportedMethods(GLSPClient.class));
    methods.putAll(ServiceEndpoints.getSupportedMethods(server.getClass()));
    json = new MessageJsonHandler(methods, gsonConfiguration(injector.getInstance(ServerGsonConfigurator.class)));
    remote = new RemoteEndpoint(message -> ws.sendText(w -> json.serialize(message, w)), ServiceEndpoints.toEndpoint(server));
    json.setMethodProvider(remote);
    GLSPClient client = ServiceEndpoints.toServiceObject(remote, GLSPClient.class);
    ModelUpdates updates = new ModelUpdates(json.getGson());
    server.connect(message -> updates.send(withoutDetails(message), client::process));
  }

  /** GLSP's JSON of actions and graph models, with the graph models written by {@link GModelJson}. */
  static Consumer<GsonBuilder> gsonConfiguration(ServerGsonConfigurator glsp) {
    return builder -> GModelJson.register(glsp.configureGsonBuilder(builder));
  }

  /**
   * GLSP attaches the server-side stack trace to the error messages it sends a client; the client is a
   * web page and needs none of it (it names classes and paths). The log keeps the whole error.
   */
  static ActionMessage withoutDetails(ActionMessage message) {
    if (message.getAction() instanceof MessageAction m && m.getDetails().isPresent()) m.setDetails(null);
    return message;
  }

  /** One message from the client; a message that cannot be read is reported and skipped, not fatal. */
  void receive(String text) {
    try {
      remote.consume(json.parseMessage(text));
    } catch (RuntimeException e) {
      LOG.error("Diagram message not understood: " + abbreviate(text), e);
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "...";
  }

  void end() {
    server.shutdown();
  }
}
