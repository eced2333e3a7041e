package org.slicewright.diagram.glsp.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.eclipse.glsp.server.features.undoredo.UndoAction;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slicewright.tests.support.ExampleFiles;
import org.slicewright.diagram.glsp.LocalDiagramSession;
import org.slicewright.diagram.glsp.ScenarioDomains;
import org.slicewright.model.pooling.Reservation;
import org.slicewright.model.pooling.ResourceKind;
import org.slicewright.model.pooling.SecondaryPool;
import org.slicewright.model.pooling.SubPool;
import org.slicewright.model.pooling.VAP;

/** The pool diagram's server side on the pooling example: k-means sub-pools, AVAP totals, moving a VAP. */
class PoolDiagramTest {
  @TempDir
  Path dir;
  LocalDiagramSession d;

  @BeforeEach
  void open() throws Exception {
    Path file = dir.resolve("pool.slicewright");
    ExampleFiles.copy("pooling-32ap", file);
    d = new LocalDiagramSession(file, new ScenarioDomains(), PoolTypes.DIAGRAM_TYPE, Map.of(PoolTypes.POOL_OPTION, "digit-pool"));
  }

  @AfterEach
  void close() {
    d.close();
  }

  SecondaryPool pool() {
    return d.scenario().getSecondaryPools().get(0);
  }

  static double compute(List<Reservation> rs) {
    return rs.stream().filter(r -> r.getKind() == ResourceKind.COMPUTE).mapToDouble(Reservation::getAmount).sum();
  }

  @Test
  void drawsEveryVapUnassignedThenFormsSubPoolsWithTotals() throws Exception {
    GNode unassigned = (GNode) d.element(PoolTypes.UNASSIGNED);
    assertEquals(32 + 1, unassigned.getChildren().size(), "32 VAPs and the heading");
    d.dispatch(new FormSubPoolsOperation(3));
    assertEquals(3, pool().getSubPools().size());
    assertEquals(3, pool().getPolicy().getK());
    Set<VAP> seen = new HashSet<>();
    for (SubPool sp : pool().getSubPools()) {
      assertTrue(seen.addAll(sp.getMembers()), "a VAP in two sub-pools");
      assertTrue(sp.getMembers().contains(sp.getTrainer()));
      double sum = sp.getMembers().stream().mapToDouble(v -> compute(v.getReservations())).sum();
      assertEquals(sum, compute(sp.getAvap().getReservations()), 1e-9, "AVAP = sum of its members");
      assertTrue(d.element(sp.getId()) instanceof GNode);
    }
    assertEquals(32, seen.size());
    assertEquals(null, d.element(PoolTypes.UNASSIGNED), "every VAP is in a sub-pool");
    List<List<String>> first = membership();
    d.dispatch(new FormSubPoolsOperation(3));
    assertEquals(first, membership(), "same seed, same k: same sub-pools");
    d.dispatch(new UndoAction());
    d.dispatch(new UndoAction());
    assertTrue(pool().getSubPools().isEmpty(), "undone");
  }

  List<List<String>> membership() {
    return pool().getSubPools().stream().map(sp -> sp.getMembers().stream().map(VAP::getId).toList()).toList();
  }

  @Test
  void draggingAVapOntoAnotherSubPoolMovesItAndRewritesBothAvaps() throws Exception {
    d.dispatch(new FormSubPoolsOperation(4));
    SubPool from = pool().getSubPools().get(0), to = pool().getSubPools().get(1);
    VAP vap = from.getMembers().get(1);
    double fromBefore = compute(from.getAvap().getReservations()), toBefore = compute(to.getAvap().getReservations());
    GNode source = (GNode) d.element(from.getId()), target = (GNode) d.element(to.getId());
    // A drop is reported relative to the VAP's old container: aim at the middle of the target.
    ElementAndBounds drop = new ElementAndBounds();
    drop.setElementId(vap.getId());
    drop.setNewPosition(GraphUtil.point(target.getPosition().getX() - source.getPosition().getX() + 20, 40));
    drop.setNewSize(GraphUtil.dimension(PoolTypes.VAP_WIDTH, PoolTypes.VAP_HEIGHT));
    d.dispatch(new ChangeBoundsOperation(List.of(drop)));
    assertFalse(from.getMembers().contains(vap));
    assertTrue(to.getMembers().contains(vap));
    double moved = compute(vap.getReservations());
    assertEquals(fromBefore - moved, compute(from.getAvap().getReservations()), 1e-9);
    assertEquals(toBefore + moved, compute(to.getAvap().getReservations()), 1e-9);
    d.dispatch(new UndoAction());
    assertTrue(from.getMembers().contains(vap));
    assertEquals(fromBefore, compute(from.getAvap().getReservations()), 1e-9);
  }

  @Test
  void impossibleKIsRefusedAndChangesNothing() {
    assertThrows(IllegalArgumentException.class, () -> SubPoolEdits.form(d.state().getEditingDomain(), d.scenario(), pool(), 33));
    assertThrows(IllegalArgumentException.class, () -> SubPoolEdits.form(d.state().getEditingDomain(), d.scenario(), pool(), 0));
    assertTrue(pool().getSubPools().isEmpty());
  }
}
