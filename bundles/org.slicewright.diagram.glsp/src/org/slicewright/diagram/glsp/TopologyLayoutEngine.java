package org.slicewright.diagram.glsp;

import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.glsp.server.layout.LayoutEngine;
import org.slicewright.diagram.layout.TopologyLayout;
import org.slicewright.model.topology.Network;
import org.slicewright.model.topology.Node;
import org.slicewright.model.topology.TopologyPackage.Literals;
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
    Map<String, TopologyLayout.Box> boxes = TopologyLayout.layout(net, net.getNodes().size() <= 500).nodes();
    EditingDomain d = state.getEditingDomain();
    CompoundCommand c = new CompoundCommand("Layout");
    for (Node n : net.getNodes()) {
      TopologyLayout.Box b = boxes.get(n.getId());
      c.append(new SetCommand(d, n, Literals.NODE__DIAGRAM_X, b.x()));
      c.append(new SetCommand(d, n, Literals.NODE__DIAGRAM_Y, b.y()));
      c.append(new SetCommand(d, n, Literals.NODE__DIAGRAM_WIDTH, b.width()));
      c.append(new SetCommand(d, n, Literals.NODE__DIAGRAM_HEIGHT, b.height()));
    }
    Map<Node, Integer> under = new java.util.HashMap<>();
    for (UserDeviceGroup g : net.getDeviceGroups()) {
      TopologyLayout.Box at = g.getAttachedTo() == null ? null : boxes.get(g.getAttachedTo().getId());
      int i = under.merge(g.getAttachedTo(), 1, Integer::sum) - 1;
      double x = (at == null ? 0 : at.x()) + i * (TopologyTypes.GROUP_WIDTH + 10);
      double y = at == null ? -TopologyTypes.GROUP_HEIGHT - 40 : at.y() + at.height() + 40;
      c.append(new SetCommand(d, g, Literals.USER_DEVICE_GROUP__DIAGRAM_X, x));
      c.append(new SetCommand(d, g, Literals.USER_DEVICE_GROUP__DIAGRAM_Y, y));
      c.append(new SetCommand(d, g, Literals.USER_DEVICE_GROUP__DIAGRAM_WIDTH, TopologyTypes.GROUP_WIDTH));
      c.append(new SetCommand(d, g, Literals.USER_DEVICE_GROUP__DIAGRAM_HEIGHT, TopologyTypes.GROUP_HEIGHT));
    }
    return Optional.of(c);
  }
}
