package org.slicewright.diagram.glsp.operations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.glsp.server.operations.PasteOperation;
import org.slicewright.diagram.glsp.ScenarioModelState;
import org.slicewright.model.topology.Identified;
import org.slicewright.model.topology.Link;
import org.slicewright.model.topology.Network;
import org.slicewright.model.topology.Node;
import org.slicewright.model.topology.TopologyPackage.Literals;
import org.slicewright.model.topology.UserDeviceGroup;
import org.slicewright.model.util.ScenarioIds;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

import com.google.inject.Inject;

/**
 * Paste: copies the copied nodes and groups (with fresh "-copy" ids, shifted by 40) and the links
 * among them. The clipboard holds the copied diagram elements; only their ids are read, and the copies
 * are made from the scenario, so a paste carries every attribute (resources, profiles, streams).
 */
public class PasteHandler extends ScenarioOperationHandler<PasteOperation> {
  static final double SHIFT = 40;

  @Inject
  protected ScenarioModelState state;

  @Override
  public Optional<Command> createCommand(PasteOperation op) {
    Network net = state.getScenario().getNetwork();
    String json = op.getClipboardData() == null ? null : op.getClipboardData().get("application/json");
    if (net == null || json == null) return doNothing();
    List<EObject> originals = new ArrayList<>();
    for (JsonElement e : JsonParser.parseString(json).getAsJsonArray()) {
      if (!e.isJsonObject() || !e.getAsJsonObject().has("id")) continue;
      state.element(e.getAsJsonObject().get("id").getAsString()).ifPresent(o -> {
        if (o instanceof Node || o instanceof UserDeviceGroup) originals.add(o);
      });
    }
    if (originals.isEmpty()) return doNothing();
    for (Link l : net.getLinks()) {
      if (originals.contains(l.getSource()) && originals.contains(l.getTarget())) originals.add(l);
    }
    EcoreUtil.Copier copier = new EcoreUtil.Copier();
    copier.copyAll(originals);
    copier.copyReferences(); // links between copies point at the copies, other references at the originals
    Set<String> ids = ScenarioIds.used(net);
    Map<EObject, EObject> copies = new HashMap<>(copier);
    TopologyEdits edits = new TopologyEdits(state);
    for (EObject original : originals) {
      EObject copy = copies.get(original);
      var named = (Identified) copy;
      named.setId(ScenarioIds.fresh(ids, named.getId() + "-copy", ""));
      if (copy instanceof Node n) {
        n.setDiagramX(n.getDiagramX() + SHIFT);
        n.setDiagramY(n.getDiagramY() + SHIFT);
        edits.add(new AddCommand(edits.domain(), net, Literals.NETWORK__NODES, n));
      } else if (copy instanceof UserDeviceGroup g) {
        g.setDiagramX(g.getDiagramX() + SHIFT);
        g.setDiagramY(g.getDiagramY() + SHIFT);
        edits.add(new AddCommand(edits.domain(), net, Literals.NETWORK__DEVICE_GROUPS, g));
      } else {
        edits.add(new AddCommand(edits.domain(), net, Literals.NETWORK__LINKS, copy));
      }
    }
    return edits.command("Paste " + originals.size() + " elements");
  }
}
