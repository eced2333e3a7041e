package org.slicewright.diagram.glsp.pool;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;
import org.eclipse.glsp.graph.builder.impl.GLabelBuilder;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.slicewright.diagram.glsp.ScenarioModelState;
import org.slicewright.model.pooling.SecondaryPool;
import org.slicewright.model.pooling.SubPool;
import org.slicewright.model.pooling.VAP;

import com.google.inject.Inject;

/**
 * Draws one secondary pool: a container per sub-pool headed by its AVAP's totals, holding its member
 * VAPs, and a container of the VAPs no sub-pool holds yet. Containers stand in a row; VAPs fill each
 * in rows of three. Positions are computed, not stored: a sub-pool's content is its membership.
 */
@com.google.inject.Singleton // one per session: the move handler reads the containers it drew
public class PoolGModelFactory implements GModelFactory {
  @Inject
  protected ScenarioModelState state;

  /** The drawn containers by id with their boxes (the move handler finds the drop target in them). */
  final List<Container> containers = new ArrayList<>();

  record Container(String id, SubPool subPool, double x, double y, double width, double height) {
    boolean contains(double px, double py) {
      return px >= x && px <= x + width && py >= y && py <= y + height;
    }
  }

  @Override
  public void createGModel() {
    GGraph root = new GGraphBuilder().id("pool").build();
    state.readModel(() -> {
      state.clearDrawn();
      containers.clear();
      SecondaryPool pool = PoolSelection.pool(state);
      if (pool != null) fill(root, pool);
    });
    state.updateRoot(root);
  }

  private void fill(GGraph root, SecondaryPool pool) {
    state.drawn(pool);
    Set<VAP> unassigned = new LinkedHashSet<>(SubPoolEdits.vaps(state.getScenario(), pool));
    double x = 0;
    for (SubPool sp : pool.getSubPools()) {
      state.drawn(sp);
      unassigned.removeAll(sp.getMembers());
      GNode c = container(sp.getId(), PoolTypes.SUB_POOL, sp, display(sp.getName(), sp.getId()) + " \u00b7 " + sp.getMembers().size() + " VAPs \u00b7 AVAP "
          + SubPoolEdits.totals(sp.getAvap()), sp.getMembers(), x);
      root.getChildren().add(c);
      x += c.getSize().getWidth() + 30;
    }
    if (!unassigned.isEmpty() || pool.getSubPools().isEmpty()) {
      root.getChildren().add(container(PoolTypes.UNASSIGNED, PoolTypes.UNASSIGNED, null,
          "Not in a sub-pool \u00b7 " + unassigned.size() + " VAPs", new ArrayList<>(unassigned), x));
    }
  }

  private GNode container(String id, String type, SubPool sp, String heading, List<VAP> members, double x) {
    int cols = (int) PoolTypes.COLUMNS;
    int rows = Math.max(1, (members.size() + cols - 1) / cols);
    double w = cols * (PoolTypes.VAP_WIDTH + PoolTypes.GAP) + PoolTypes.GAP;
    double h = PoolTypes.HEADER + rows * (PoolTypes.VAP_HEIGHT + PoolTypes.GAP) + PoolTypes.GAP;
    containers.add(new Container(id, sp, x, 0, w, h));
    GNodeBuilder b = new GNodeBuilder(type).id(id).position(x, 0).size(w, h).addCssClass(type)
        .add(new GLabelBuilder(PoolTypes.HEADING).id(id + "_heading").text(heading).position(w / 2, 20).build());
    for (int i = 0; i < members.size(); i++) {
      VAP v = members.get(i);
      state.drawn(v);
      double vx = PoolTypes.GAP + (i % cols) * (PoolTypes.VAP_WIDTH + PoolTypes.GAP);
      double vy = PoolTypes.HEADER + (i / cols) * (PoolTypes.VAP_HEIGHT + PoolTypes.GAP);
      boolean trainer = sp != null && sp.getTrainer() == v;
      GNodeBuilder vb = new GNodeBuilder(PoolTypes.VAP).id(v.getId()).position(vx, vy).size(PoolTypes.VAP_WIDTH, PoolTypes.VAP_HEIGHT).addCssClass("vap")
          .add(new GLabelBuilder(PoolTypes.NAME).id(v.getId() + "_name").text(v.getNode().getId() + (trainer ? " (trainer)" : ""))
              .position(PoolTypes.VAP_WIDTH / 2, 19).build());
      if (trainer) vb.addCssClass("trainer");
      b.add(vb.build());
    }
    return b.build();
  }

  private static String display(String name, String id) {
    return name == null || name.isBlank() ? id : name;
  }
}
