package org.slicewright.diagram.glsp;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.features.validation.Marker;
import org.eclipse.glsp.server.features.validation.MarkerKind;
import org.eclipse.glsp.server.features.validation.ModelValidator;
import org.slicewright.model.topology.Link;
import org.slicewright.model.topology.Node;
import org.slicewright.model.topology.UserDeviceGroup;
import org.slicewright.model.util.Problem;

import com.google.inject.Inject;

/**
 * Validation markers on diagram elements: the scenario's own validation (the rules behind the
 * Validation view and {@code slicewright validate}), each problem pinned to the node, group or link it
 * concerns, or to the drawn element that contains it (a node's resources mark the node).
 */
public class TopologyMarkers implements ModelValidator {
  @Inject
  protected ScenarioModelState state;

  @Override
  public List<Marker> validate(List<GModelElement> elements, String reason) {
    List<Marker> markers = new ArrayList<>();
    for (Problem p : org.slicewright.model.util.ModelValidator.validate(state.getScenario())) { // qualified: GLSP's ModelValidator is imported
      String id = drawnId(p.object());
      if (id == null) continue;
      markers.add(new Marker(p.element(), p.message(), id,
          p.severity() == Problem.Severity.ERROR ? MarkerKind.ERROR : MarkerKind.WARNING));
    }
    return markers;
  }

  /** The id of the drawn element a problem belongs to, or null when it is not on this diagram. */
  static String drawnId(EObject o) {
    for (EObject e = o; e != null; e = e.eContainer()) {
      if (e instanceof Node n) return n.getId();
      if (e instanceof Link l) return l.getId();
      if (e instanceof UserDeviceGroup g) return g.getId();
    }
    return null;
  }
}
