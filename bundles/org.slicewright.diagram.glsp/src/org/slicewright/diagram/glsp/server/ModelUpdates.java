package org.slicewright.diagram.glsp.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.ActionMessage;
import org.eclipse.glsp.server.features.core.model.SetModelAction;
import org.eclipse.glsp.server.features.core.model.UpdateModelAction;

import com.google.gson.Gson;

/**
 * Sends a client what changed in the graph model instead of the whole model. GLSP's server answers
 * every edit with the whole new graph model (for 5 000 nodes and 20 000 links, 3 MB of JSON to write,
 * send and parse to move one node). The client, Sprotty's update command, also accepts the changed
 * elements alone ("matches": an element removed, added or replaced, by id); this turns an update into
 * that form when at most half of the model's elements changed. The client applies them to the last
 * model the server sent it (server-model.ts), not to the model on screen with its editing feedback.
 * <p>
 * The elements compared are the root's children (nodes, groups, links with their labels), each by its
 * JSON as the client receives it, against the last model this client was sent.
 */
final class ModelUpdates {
  /** Above this share of the model's elements changed, the whole model is sent instead (it is then no larger). */
  static final double WHOLE_MODEL_SHARE = 0.5;

  private final Gson gson;
  private GModelRoot sent;
  /** JSON of each child of {@link #sent}, by id; written on the first update after a model is sent. */
  private Map<String, String> sentJson;

  ModelUpdates(Gson gson) {
    this.gson = gson;
  }

  /**
   * Sends a message, or the changes alone in its place. One at a time: the changes are relative to the
   * model sent before, so messages must leave in the order they were compared.
   */
  synchronized void send(ActionMessage message, Consumer<ActionMessage> client) {
    client.accept(incremental(message));
  }

  /** The message to send instead of this one: the changes alone where that is smaller, else the message itself. */
  synchronized ActionMessage incremental(ActionMessage message) {
    Action action = message.getAction();
    if (action instanceof SetModelAction set) {
      remember(set.getNewRoot(), null);
    } else if (action instanceof UpdateModelAction update && update.getNewRoot() != null) {
      Map<String, String> json = childrenJson(update.getNewRoot());
      List<Match> changes = sent == null ? null : changes(update.getNewRoot(), json);
      remember(update.getNewRoot(), json);
      if (changes != null) return new ActionMessage(message.getClientId(), new UpdateByMatches(changes, update.isAnimate()));
    }
    return message;
  }

  private void remember(GModelRoot root, Map<String, String> json) {
    sent = root;
    sentJson = json;
  }

  /** The changes from the last model sent, or null when the whole model should be sent. */
  private List<Match> changes(GModelRoot root, Map<String, String> json) {
    if (!sent.getId().equals(root.getId()) || !sent.getType().equals(root.getType())) return null;
    if (sentJson == null) sentJson = childrenJson(sent);
    List<Match> matches = new ArrayList<>();
    for (GModelElement child : root.getChildren()) {
      String before = sentJson.get(child.getId());
      if (before == null) matches.add(Match.added(child, root.getId()));
      else if (!before.equals(json.get(child.getId()))) matches.add(Match.replaced(child, root.getId()));
    }
    for (String id : sentJson.keySet()) {
      if (!json.containsKey(id)) matches.add(Match.removed(id, root.getId()));
    }
    return matches.size() > WHOLE_MODEL_SHARE * Math.max(json.size(), sentJson.size()) ? null : matches;
  }

  private Map<String, String> childrenJson(GModelRoot root) {
    Map<String, String> json = new HashMap<>();
    for (GModelElement child : root.getChildren()) json.put(child.getId(), gson.toJson(child, GModelElement.class));
    return json;
  }

  /** An element removed ({@code left} only), added ({@code right} only) or replaced (both), as Sprotty reads it. */
  static final class Match {
    final Map<String, String> left;
    final GModelElement right;
    final String leftParentId;
    final String rightParentId;

    private Match(String leftId, GModelElement right, String parentId) {
      this.left = leftId == null ? null : Map.of("id", leftId);
      this.right = right;
      this.leftParentId = leftId == null ? null : parentId;
      this.rightParentId = right == null ? null : parentId;
    }

    static Match added(GModelElement e, String parentId) {
      return new Match(null, e, parentId);
    }

    static Match replaced(GModelElement e, String parentId) {
      return new Match(e.getId(), e, parentId);
    }

    static Match removed(String id, String parentId) {
      return new Match(Objects.requireNonNull(id), null, parentId);
    }
  }

  /** Sprotty's "updateModel" action with matches instead of a new root. */
  static final class UpdateByMatches extends Action {
    final List<Match> matches;
    final boolean animate;

    UpdateByMatches(List<Match> matches, boolean animate) {
      super(UpdateModelAction.KIND);
      this.matches = matches;
      this.animate = animate;
    }
  }
}
