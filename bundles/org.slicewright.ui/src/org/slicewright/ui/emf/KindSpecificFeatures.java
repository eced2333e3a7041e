package org.slicewright.ui.emf;

import java.util.List;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.slicewright.model.topology.Node;

/**
 * Which node fields the Properties view shows: a field the metamodel marks as applying to some node
 * kinds only (the frames an END_DEVICE streams, the profile of a BOARD) is left out for nodes of other
 * kinds, so an access point does not offer stream settings. Read from the metamodel's annotation, so
 * a new kind-specific field needs no code here.
 */
final class KindSpecificFeatures {
  /** The annotation the model generator writes (details "kinds": the node kinds, space-separated). */
  static final String SOURCE = "http://slicewright.org/kinds";

  private KindSpecificFeatures() {
  }

  /** The node kinds a field applies to (the annotation's words, such as "BOARD"), empty when it applies to every kind. */
  static List<String> kindsOf(EStructuralFeature f) {
    EAnnotation only = f.getEAnnotation(SOURCE);
    String kinds = only == null ? null : only.getDetails().get("kinds");
    return kinds == null ? List.of() : List.of(kinds.split(" "));
  }

  static boolean applies(Object object, Object feature) {
    if (!(object instanceof Node n) || !(feature instanceof EStructuralFeature f)) return true;
    List<String> kinds = kindsOf(f);
    return kinds.isEmpty() || n.getKind() == null || kinds.contains(n.getKind().getName());
  }
}
