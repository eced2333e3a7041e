package org.slicewright.diagram.glsp;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GModelIndex;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GraphPackage;
import org.eclipse.glsp.graph.builder.impl.GEdgeBuilder;
import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;
import org.eclipse.glsp.graph.builder.impl.GLabelBuilder;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;
import org.junit.jupiter.api.Test;

/** The graph model's index: what GLSP's own answers, without an adapter on every element. */
class GModelIdIndexTest {
  private static GNode node(String id) {
    return new GNodeBuilder("node").id(id).add(new GLabelBuilder("label").id(id + "_name").text(id).build()).build();
  }

  private static GEdge edge(String id, String from, String to) {
    return new GEdgeBuilder("edge").id(id).sourceId(from).targetId(to).build();
  }

  @Test
  void answersAsGlspsIndexDoes() {
    GGraph root = new GGraphBuilder().id("g").build();
    root.getChildren().addAll(List.of(node("a"), node("b"), node("c"), edge("ab", "a", "b"), edge("cb", "c", "b")));
    GModelIndex index = GModelIdIndex.of(root);
    assertSame(index, GModelIndex.get(root), "GLSP finds it as the root's index");
    assertSame(index, GModelIdIndex.of(root), "one per root");
    assertEquals("b_name", index.get("b_name").map(GModelElement::getId).orElse(null), "labels inside nodes are indexed");
    assertEquals(Set.of("g", "a", "b", "c", "a_name", "b_name", "c_name", "ab", "cb"), index.allIds());
    GNode b = index.getByClass("b", GNode.class).orElseThrow();
    assertEquals(Set.of("ab", "cb"), ids(index.getIncomingEdges(b)));
    assertEquals(Set.of("ab"), ids(index.getOutgoingEdges(index.get("a").orElseThrow())));
    GEdge ab = index.getByClass("ab", GEdge.class).orElseThrow();
    assertSame(b, ab.getTarget(), "edges resolve their ends through it");
    assertEquals(3, index.getTypeCount(GraphPackage.Literals.GNODE));
    for (GModelElement child : root.getChildren()) assertTrue(child.eAdapters().isEmpty(), "no adapter on " + child.getId());

    root.getChildren().add(node("d")); // added later: indexed, as GLSP's index does
    assertTrue(index.get("d_name").isPresent());
    root.getChildren().remove(0);
    assertTrue(index.get("a").isEmpty());
  }

  private static Set<String> ids(Collection<GEdge> edges) {
    return Set.copyOf(edges.stream().map(GEdge::getId).toList());
  }
}
