package org.slicewright.diagram.glsp;

import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.layout.LayoutEngine;
import org.slicewright.diagram.glsp.operations.TopologyEdits;
import org.slicewright.diagram.layout.TopologyLayout;
import org.slicewright.model.topology.Network;
import org.slicewright.model.topology.Node;
import org.slicewright.model.topology.UserDeviceGroup;

import com.google.inject.Inject;

/**
 * GLSP's layout engine over ELK layered ({@link TopologyLayout}): lays the whole topology out top-down
 * and writes every position into the scenario as one undoable command. Device groups go under their
 * serving node.
 */
public class TopologyLayoutEngine implements LayoutEngine {
  @Inject
  protected ScenarioModelState state;

  @Override
  public void layout() {
    command().ifPresent(state::execute);
  }

  /** The "Layout" command, or nothing for an empty network. */
  public Optional<Command> command() {
    Network net = state.getScenario().getNetwork();
    if (net == null || net.getNodes().isEmpty()) return Optional.empty();
    Map<String, TopologyLayout.Box> boxes = TopologyLayout.layout(net).nodes();
    TopologyEdits edits = new TopologyEdits(state);
    for (Node n : net.getNodes()) {
      TopologyLayout.Box b = boxes.get(n.getId());
      edits.bounds(n, b.x(), b.y(), b.width(), b.height());
    }
    GroupPlacement groups = new GroupPlacement();
    for (UserDeviceGroup g : net.getDeviceGroups()) {
      TopologyLayout.Box b = groups.next(g.getAttachedTo(), g.getAttachedTo() == null ? null : boxes.get(g.getAttachedTo().getId()));
      edits.bounds(g, b.x(), b.y(), b.width(), b.height());
    }
    return edits.command("Layout");
  }
}
