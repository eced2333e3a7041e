package org.slicewright.model.util;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.slicewright.model.topology.Identified;

/** Ids in use in a scenario, and fresh ones for new or pasted elements (ids must stay unique). */
public final class ScenarioIds {
  private ScenarioIds() {
  }

  /** Every id used in the tree that contains {@code any}. */
  public static Set<String> used(EObject any) {
    Set<String> ids = new HashSet<>();
    EObject root = EcoreUtil.getRootContainer(any);
    if (root instanceof Identified i && i.getId() != null) ids.add(i.getId());
    root.eAllContents().forEachRemaining(o -> {
      if (o instanceof Identified i && i.getId() != null) ids.add(i.getId());
    });
    return ids;
  }

  /**
   * {@code base + first}, or {@code base + n} for the first n from 2 not in {@code used}; the result is
   * added to {@code used}. Numbered new elements use first = "1" ("ap1", "ap2"), copies use
   * base "ap03-copy" with first = "" ("ap03-copy", "ap03-copy2").
   */
  public static String fresh(Set<String> used, String base, String first) {
    String id = base + first;
    for (int n = 2; used.contains(id); n++) id = base + n;
    used.add(id);
    return id;
  }
}
