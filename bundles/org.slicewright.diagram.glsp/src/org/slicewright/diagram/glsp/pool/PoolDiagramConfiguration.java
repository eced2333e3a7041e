package org.slicewright.diagram.glsp.pool;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.glsp.graph.DefaultTypes;
import org.eclipse.glsp.graph.GraphPackage;
import org.eclipse.glsp.server.diagram.BaseDiagramConfiguration;
import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;

/** The pool diagram: containers stay put; VAPs can be dragged (onto another sub-pool). */
public class PoolDiagramConfiguration extends BaseDiagramConfiguration {
  @Override
  public Map<String, EClass> getTypeMappings() {
    Map<String, EClass> m = DefaultTypes.getDefaultTypeMappings();
    m.put(PoolTypes.SUB_POOL, GraphPackage.Literals.GNODE);
    m.put(PoolTypes.UNASSIGNED, GraphPackage.Literals.GNODE);
    m.put(PoolTypes.VAP, GraphPackage.Literals.GNODE);
    m.put(PoolTypes.HEADING, GraphPackage.Literals.GLABEL);
    m.put(PoolTypes.NAME, GraphPackage.Literals.GLABEL);
    return m;
  }

  @Override
  public List<ShapeTypeHint> getShapeTypeHints() {
    // repositionable, deletable, resizable, reparentable
    return List.of(new ShapeTypeHint(PoolTypes.SUB_POOL, false, false, false, false),
        new ShapeTypeHint(PoolTypes.UNASSIGNED, false, false, false, false),
        new ShapeTypeHint(PoolTypes.VAP, true, false, false, false));
  }

  @Override
  public List<EdgeTypeHint> getEdgeTypeHints() { return List.of(); }

  @Override
  public boolean needsClientLayout() {
    return false; // every position and label place is computed by PoolGModelFactory
  }
}
