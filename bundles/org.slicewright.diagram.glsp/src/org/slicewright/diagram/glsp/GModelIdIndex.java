package org.slicewright.diagram.glsp;

import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.graph.GraphPackage;
import org.eclipse.glsp.graph.impl.GModelIndexImpl;
import org.eclipse.glsp.graph.util.RootAdapterUtil;

/**
 * The index of a graph model our factories build: elements by id and by type, taken once when the
 * model is set. GLSP's own index is an EMF cross-reference adapter: it attaches itself to every
 * element and records every reference between them, so that it can follow later edits of the graph
 * model and answer which edges end at a node. Our graph models are never edited in place (every
 * change of the scenario builds a new one), so that bookkeeping bought nothing, and for 50 000 nodes
 * and 100 000 links (250 000 elements with their labels) it was a second of each opening. Edges are
 * found by their source and target ids instead.
 * <p>
 * It stays a {@link GModelIndexImpl}, because GLSP finds a model's index as the root's adapter of
 * that class (edges resolve their source and target through it). Children added to the root later
 * are still indexed, as GLSP's index does.
 */
final class GModelIdIndex extends GModelIndexImpl {
  private GModelIdIndex(GModelElement root) {
    super(root); // indexes ids and types of the whole model, without adapters on its elements
  }

  /** The index of this root: this class's, attached to the root, unless the root has one already. */
  static GModelIndexImpl of(GModelRoot root) {
    return RootAdapterUtil.getOrCreate(root, r -> new GModelIdIndex((GModelElement) r), GModelIndexImpl.class);
  }

  @Override
  public void setTarget(Notifier target) {
    // Nothing to walk: GLSP's index adapts every element of the model here and records its references.
    // Attached to the root alone, this one hears of children added to or removed from the root (and
    // then from those children), which it indexes as GLSP's does.
  }

  @Override
  public void unsetTarget(Notifier target) {
    // Nothing was walked when it was attached.
  }

  @Override
  public Collection<GEdge> getIncomingEdges(GModelElement node) {
    return edges(e -> node.getId().equals(e.getTargetId()));
  }

  @Override
  public Collection<GEdge> getOutgoingEdges(GModelElement node) {
    return edges(e -> node.getId().equals(e.getSourceId()));
  }

  private List<GEdge> edges(Predicate<GEdge> ending) {
    return typeToElements.entrySet().stream().filter(t -> GraphPackage.Literals.GEDGE.isSuperTypeOf(t.getKey())).flatMap(t -> t.getValue().stream())
        .map(GEdge.class::cast).filter(ending).toList();
  }
}
