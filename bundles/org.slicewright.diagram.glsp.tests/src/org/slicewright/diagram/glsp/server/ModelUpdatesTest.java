package org.slicewright.diagram.glsp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.eclipse.glsp.server.actions.ActionMessage;
import org.eclipse.glsp.server.features.core.model.SetModelAction;
import org.eclipse.glsp.server.features.core.model.UpdateModelAction;
import org.eclipse.glsp.server.gson.ServerGsonConfigurator;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slicewright.diagram.glsp.LocalDiagramSession;
import org.slicewright.diagram.glsp.ScenarioDomains;
import org.slicewright.tests.support.ExampleFiles;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** An edit reaches the client as the elements it changed, not as the whole model. */
class ModelUpdatesTest {
  @TempDir
  Path dir;
  LocalDiagramSession d;
  Gson gson;
  ModelUpdates updates;

  @BeforeEach
  void open() throws Exception {
    Path file = dir.resolve("pooling.slicewright");
    ExampleFiles.copy("pooling-32ap", file);
    d = new LocalDiagramSession(file, new ScenarioDomains());
    gson = new MessageJsonHandler(Map.of(), GlspSession.gsonConfiguration(d.instance(ServerGsonConfigurator.class))).getGson();
    updates = new ModelUpdates(gson);
    updates.incremental(new ActionMessage("c1", new SetModelAction(d.state().getRoot())));
  }

  @AfterEach
  void close() {
    d.close();
  }

  @Test
  void aMovedNodeIsSentAlone() throws Exception {
    ElementAndBounds moved = new ElementAndBounds();
    moved.setElementId("ap01");
    moved.setNewPosition(GraphUtil.point(4321, 1234));
    moved.setNewSize(GraphUtil.dimension(130, 40));
    d.dispatch(new ChangeBoundsOperation(List.of(moved)));
    JsonObject action = sent(d.state().getRoot());
    assertEquals("updateModel", action.get("kind").getAsString());
    assertFalse(action.has("newRoot"), "no whole model");
    // The node, and the device group drawn under it (never placed, so it follows its node).
    Map<String, JsonObject> matches = byId(action.getAsJsonArray("matches"));
    assertEquals(Set.of("ap01", "users-ap01"), matches.keySet());
    JsonObject match = matches.get("ap01");
    assertEquals("ap01", match.getAsJsonObject("left").get("id").getAsString());
    JsonObject right = match.getAsJsonObject("right");
    assertEquals(4321, right.getAsJsonObject("position").get("x").getAsDouble());
    assertEquals("topology", match.get("rightParentId").getAsString());
  }

  @Test
  void aDeletedNodeIsSentAsRemovedWithItsLinks() throws Exception {
    String link = d.scenario().getNetwork().getLinks().stream().filter(l -> l.getTarget().getId().equals("ap01") || l.getSource().getId().equals("ap01"))
        .findFirst().orElseThrow().getId();
    d.dispatch(new DeleteOperation(List.of("ap01")));
    Map<String, JsonObject> matches = byId(sent(d.state().getRoot()).getAsJsonArray("matches"));
    for (String removed : List.of("ap01", link)) {
      JsonObject match = matches.get(removed);
      assertFalse(match.has("right"), "removed, and nothing written as null: " + match);
      assertEquals("topology", match.get("leftParentId").getAsString());
    }
    assertTrue(matches.size() < 6, "only what the deletion touched: " + matches.keySet());
  }

  @Test
  void aChangeOfMostOfTheModelSendsTheWholeModel() throws Exception {
    d.dispatch(new DeleteOperation(d.scenario().getNetwork().getNodes().stream().map(n -> n.getId()).toList()));
    GModelRoot root = d.state().getRoot();
    ActionMessage message = new ActionMessage("c1", new UpdateModelAction(root));
    ActionMessage out = updates.incremental(message);
    assertSame(message, out);
    assertInstanceOf(UpdateModelAction.class, out.getAction());
  }

  private static Map<String, JsonObject> byId(JsonArray matches) {
    Map<String, JsonObject> byId = new HashMap<>();
    for (var m : matches) {
      JsonObject match = m.getAsJsonObject();
      byId.put((match.has("left") ? match.getAsJsonObject("left") : match.getAsJsonObject("right")).get("id").getAsString(), match);
    }
    return byId;
  }

  private JsonObject sent(GModelRoot root) {
    ActionMessage out = updates.incremental(new ActionMessage("c1", new UpdateModelAction(root)));
    return JsonParser.parseString(gson.toJson(out)).getAsJsonObject().getAsJsonObject("action");
  }

}
