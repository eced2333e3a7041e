package org.slicewright.diagram.glsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.eclipse.glsp.server.actions.SaveModelAction;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.eclipse.glsp.server.features.undoredo.RedoAction;
import org.eclipse.glsp.server.features.undoredo.UndoAction;
import org.eclipse.glsp.server.features.validation.Marker;
import org.eclipse.glsp.server.features.validation.MarkerKind;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.eclipse.glsp.server.operations.LayoutOperation;
import org.eclipse.glsp.server.operations.PasteOperation;
import org.eclipse.glsp.server.operations.ReconnectEdgeOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slicewright.tests.support.ExampleFiles;
import org.slicewright.model.pooling.VAP;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.topology.Link;
import org.slicewright.model.topology.Network;
import org.slicewright.model.topology.Node;
import org.slicewright.model.topology.NodeKind;
import org.slicewright.model.topology.UserDeviceGroup;
import org.slicewright.model.util.ScenarioResources;

/** The topology diagram's server side, driven through a real GLSP session on the pooling example. */
class TopologyDiagramTest {
  @TempDir
  Path dir;
  Path file;
  LocalDiagramSession d;

  @BeforeEach
  void open() throws Exception {
    file = dir.resolve("pooling.slicewright");
    ExampleFiles.copy("pooling-32ap", file);
    d = new LocalDiagramSession(file, new ScenarioDomains());
  }

  @AfterEach
  void close() {
    d.close();
  }

  Network net() {
    return d.scenario().getNetwork();
  }

  Node node(String id) {
    return net().getNodes().stream().filter(n -> id.equals(n.getId())).findFirst().orElse(null);
  }

  @Test
  void drawsEveryNodeGroupLinkAndAttachment() {
    Network net = net();
    assertEquals(34, net.getNodes().size());
    for (Node n : net.getNodes()) {
      GNode g = (GNode) d.element(n.getId());
      assertNotNull(g, n.getId());
      assertEquals(TopologyTypes.nodeType(n.getKind()), g.getType());
    }
    for (UserDeviceGroup u : net.getDeviceGroups()) {
      assertEquals(TopologyTypes.DEVICE_GROUP, d.element(u.getId()).getType());
      GEdge a = (GEdge) d.element(TopologyTypes.ATTACHMENT_ID_PREFIX + u.getId());
      assertEquals(u.getAttachedTo().getId(), a.getTargetId());
    }
    GEdge uplink = (GEdge) d.element("link-ap01-mbs");
    assertEquals("ap01", uplink.getSourceId());
    assertEquals("mbs", uplink.getTargetId());
    assertEquals("1 Gbit/s \u00b7 2 ms", ((GLabel) uplink.getChildren().get(0)).getText());
    assertEquals("10 Gbit/s \u00b7 10 ms", ((GLabel) d.element("link-mbs-cloud").getChildren().get(0)).getText());
    // Never-placed nodes are laid out by ELK: all at distinct positions, cloud above the MBS above the APs.
    Set<String> spots = new HashSet<>();
    for (Node n : net.getNodes()) {
      GNode g = (GNode) d.element(n.getId());
      assertTrue(spots.add(g.getPosition().getX() + "," + g.getPosition().getY()), "two nodes at one position");
    }
    double cloudY = ((GNode) d.element("cloud")).getPosition().getY();
    double mbsY = ((GNode) d.element("mbs")).getPosition().getY();
    double apY = ((GNode) d.element("ap01")).getPosition().getY();
    assertTrue(cloudY < mbsY && mbsY < apY, "tiers top-down: " + cloudY + " " + mbsY + " " + apY);
    assertFalse(d.state().isDirty(), "drawing must not change the scenario");
  }

  @Test
  void createNodeFromPaletteThenUndoRedo() throws Exception {
    d.dispatch(new CreateNodeOperation(TopologyTypes.nodeType(NodeKind.BOARD), GraphUtil.point(120, 640)));
    Node b = node("board1");
    assertNotNull(b, "new board with a fresh id");
    assertEquals(NodeKind.BOARD, b.getKind());
    assertEquals(120, b.getDiagramX());
    assertEquals(640, b.getDiagramY());
    assertEquals(24, b.getResources().getCompute(), "defaults make a valid node");
    assertNotNull(d.element("board1"));
    assertTrue(d.state().isDirty());
    d.dispatch(new UndoAction());
    assertNull(node("board1"));
    assertNull(d.element("board1"));
    assertFalse(d.state().isDirty());
    d.dispatch(new RedoAction());
    assertNotNull(node("board1"));
    d.dispatch(new CreateNodeOperation(TopologyTypes.DEVICE_GROUP, GraphUtil.point(0, 0)));
    assertTrue(net().getDeviceGroups().stream().anyMatch(g -> g.getId().equals("group1")));
  }

  @Test
  void moveAndResizeWriteTheScenarioAsOneStep() throws Exception {
    ElementAndBounds ap = bounds("ap01", 500, 60, 90, 45);
    ElementAndBounds mbs = bounds("mbs", 10, 20, 100, 50);
    d.dispatch(new ChangeBoundsOperation(List.of(ap, mbs)));
    assertEquals(500, node("ap01").getDiagramX());
    assertEquals(90, node("ap01").getDiagramWidth());
    assertEquals(20, node("mbs").getDiagramY());
    assertEquals(500, ((GNode) d.element("ap01")).getPosition().getX());
    d.dispatch(new UndoAction());
    assertEquals(0, node("ap01").getDiagramWidth(), "one undo reverts the whole drag");
    assertEquals(0, node("mbs").getDiagramWidth());
  }

  @Test
  void deletingANodeTakesItsLinksAndClearsReferences() throws Exception {
    int links = net().getLinks().size();
    VAP vap = d.scenario().getPrimaryPool().getVaps().stream().filter(v -> v.getNode() != null && v.getNode().getId().equals("ap03")).findFirst().orElseThrow();
    d.dispatch(new DeleteOperation(List.of("ap03")));
    assertNull(node("ap03"));
    assertEquals(links - 1, net().getLinks().size(), "ap03's uplink goes with it");
    assertNull(vap.getNode(), "the VAP no longer points at a deleted node");
    d.dispatch(new UndoAction());
    assertNotNull(node("ap03"));
    assertEquals(links, net().getLinks().size());
    assertSame(node("ap03"), vap.getNode());
  }

  @Test
  void connectReconnectAndAttach() throws Exception {
    d.dispatch(new CreateEdgeOperation(TopologyTypes.LINK, "ap01", "ap02"));
    Link l = net().getLinks().get(net().getLinks().size() - 1);
    assertEquals("link-ap01-ap02", l.getId());
    assertEquals("ap02", l.getTarget().getId());
    d.dispatch(new ReconnectEdgeOperation(l.getId(), "ap01", "ap05"));
    assertEquals("ap05", l.getTarget().getId());
    int before = net().getLinks().size();
    d.dispatch(new CreateEdgeOperation(TopologyTypes.LINK, "ap01", "ap01"));
    assertEquals(before, net().getLinks().size(), "a node cannot link to itself");
    UserDeviceGroup g = net().getDeviceGroups().get(0);
    d.dispatch(new CreateEdgeOperation(TopologyTypes.ATTACHMENT, g.getId(), "ap07"));
    assertEquals("ap07", g.getAttachedTo().getId());
    d.dispatch(new DeleteOperation(List.of(TopologyTypes.ATTACHMENT_ID_PREFIX + g.getId())));
    assertNull(g.getAttachedTo());
    assertTrue(net().getDeviceGroups().contains(g), "deleting the attachment keeps the group");
  }

  @Test
  void layoutPlacesEverythingInOneUndoableCommand() throws Exception {
    d.dispatch(new LayoutOperation());
    for (Node n : net().getNodes()) assertTrue(n.getDiagramWidth() > 0, n.getId());
    for (UserDeviceGroup g : net().getDeviceGroups()) {
      assertTrue(g.getDiagramY() > g.getAttachedTo().getDiagramY(), "group under its node");
    }
    d.dispatch(new UndoAction());
    for (Node n : net().getNodes()) assertEquals(0, n.getDiagramWidth(), n.getId());
  }

  @Test
  void renameCopyPasteAndSave() throws Exception {
    d.dispatch(new ApplyLabelEditOperation("ap04_name", "AP 4 (rooftop)"));
    assertEquals("AP 4 (rooftop)", node("ap04").getName());
    d.dispatch(new ChangeBoundsOperation(List.of(bounds("ap04", 100, 100, 80, 40), bounds("ap05", 200, 100, 80, 40))));
    d.dispatch(new CreateEdgeOperation(TopologyTypes.LINK, "ap04", "ap05"));
    PasteOperation paste = new PasteOperation();
    paste.setClipboardData(Map.of("application/json", "[{\"id\":\"ap04\",\"type\":\"node:access_point\"},{\"id\":\"ap05\",\"type\":\"node:access_point\"}]"));
    d.dispatch(paste);
    Node copy = node("ap04-copy");
    assertNotNull(copy);
    assertEquals(140, copy.getDiagramX());
    assertEquals(node("ap04").getResources().getCompute(), copy.getResources().getCompute());
    assertTrue(net().getLinks().stream().anyMatch(l -> l.getSource() == copy && l.getTarget() == node("ap05-copy")),
        "the link between the copied nodes is copied too");
    d.dispatch(new SaveModelAction());
    assertFalse(d.state().isDirty());
    Network saved = ScenarioResources.load(file).getNetwork();
    assertTrue(saved.getNodes().stream().anyMatch(n -> n.getId().equals("ap05-copy") && n.getDiagramX() == 240));
  }

  @Test
  void aScenarioTheServerLoadedIsSharedByItsPages() throws Exception {
    ScenarioDomains domains = new ScenarioDomains();
    Scenario loaded = ScenarioResources.load(file);
    domains.registerLoaded(file, loaded);
    try (LocalDiagramSession first = new LocalDiagramSession(file, domains); LocalDiagramSession second = new LocalDiagramSession(file, domains)) {
      assertSame(loaded, first.scenario(), "no page reads the file again");
      assertSame(loaded, second.scenario());
      Network net = loaded.getNetwork();
      assertSame(domains.autoLayout(net), domains.autoLayout(net), "the unplaced nodes are laid out once for every page");
      first.dispatch(new ChangeBoundsOperation(List.of(bounds("ap01", 500, 300, 90, 40))));
      for (int i = 0; i < 100 && ((GNode) second.element("ap01")).getPosition().getX() != 500; i++) Thread.sleep(50);
      assertEquals(500, ((GNode) second.element("ap01")).getPosition().getX(), "the other page redraws with the edit");
      assertTrue(second.state().isDirty());
      second.dispatch(new SaveModelAction());
      assertEquals(500, ScenarioResources.load(file).getNetwork().getNodes().stream().filter(n -> n.getId().equals("ap01")).findFirst().get().getDiagramX());
    }
    try (LocalDiagramSession reopened = new LocalDiagramSession(file, domains)) {
      assertSame(loaded, reopened.scenario(), "closing its pages leaves the served model as it is");
    }
  }

  @Test
  void markersPinValidationProblemsToTheirElements() throws Exception {
    node("ap06").getResources().setCompute(0);
    List<Marker> markers = d.markers("ap06");
    assertEquals(1, markers.size(), markers.toString());
    assertEquals(MarkerKind.ERROR, markers.get(0).getType());
    assertTrue(markers.get(0).getDescription().contains("zero compute"), markers.get(0).getDescription());
  }

  static ElementAndBounds bounds(String id, double x, double y, double w, double h) {
    ElementAndBounds eb = new ElementAndBounds();
    eb.setElementId(id);
    eb.setNewPosition(GraphUtil.point(x, y));
    eb.setNewSize(GraphUtil.dimension(w, h));
    return eb;
  }
}
