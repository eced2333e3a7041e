package org.slicewright.diagram.glsp;

import java.util.List;
import java.util.Map;

/**
 * Results drawn over the topology: a CSS class per element id (for example {@code health-critical} or
 * {@code util-high}), set from a selected run by {@link RunOverlays} and cleared with an empty map. One
 * per diagram session.
 */
public class DiagramOverlay {
  private volatile Map<String, List<String>> classes = Map.of();

  public void set(Map<String, List<String>> classesById) {
    classes = Map.copyOf(classesById);
  }

  public List<String> cssClasses(String id) {
    return classes.getOrDefault(id, List.of());
  }
}
