package org.slicewright.ui;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.topology.NodeKind;
import org.slicewright.model.topology.TopologyPackage;
import org.slicewright.model.util.ModelValidator;
import org.slicewright.model.util.ScenarioResources;
import org.slicewright.ui.app.OpenScenarioAction;
import org.slicewright.ui.editor.NewChildMenu;
import org.slicewright.ui.editor.ScenarioEditor;
import org.slicewright.ui.emf.PropertyCategories;
import org.slicewright.ui.results.ExportReportAction;

/** A planner authors what a drawn network lacks from the tree: New Child under any element, undoable, with ids. */
class TreeAuthoringTest {
  @TempDir
  Path tmp;

  @AfterEach
  void close() {
    WorkbenchTest.window().getActivePage().closeAllEditors(false);
    WorkbenchTest.processEvents();
  }

  @Test
  void newChildAddsSlicesAndStudiesThatUndoRemoves() throws Exception {
    ScenarioEditor editor = openEmpty("mine");
    Scenario s = editor.getScenario();
    List<Object> selected = new ArrayList<>();
    MenuManager menu = new MenuManager();
    NewChildMenu.fill(menu, editor.getEditingDomain(), s, s, selected::addAll);
    List<String> entries = entries(menu);
    assertTrue(entries.size() > 8, "children of a scenario: " + entries);
    run(menu, entries.stream().filter(e -> e.endsWith("Slice")).findFirst().orElseThrow(() -> new AssertionError("no Slice in " + entries)));
    run(menu = refill(editor, s, selected), entries(menu).stream().filter(e -> e.endsWith("Pooling Study")).findFirst().orElseThrow());
    WorkbenchTest.processEvents();
    assertEquals(1, s.getSlices().size());
    assertEquals("slice-1", s.getSlices().get(0).getId(), "a new element gets a unique id");
    assertEquals("Slice 1", s.getSlices().get(0).getName());
    assertEquals("pooling-study-1", s.getPoolingStudies().get(0).getId());
    assertSame(s.getPoolingStudies().get(0), selected.get(selected.size() - 1), "the new element is selected");
    assertTrue(ModelValidator.validate(s).stream().noneMatch(p -> p.message().contains("has no id")));
    // Under the new slice: its services.
    MenuManager under = new MenuManager();
    NewChildMenu.fill(under, editor.getEditingDomain(), s, s.getSlices().get(0), selected::addAll);
    assertTrue(entries(under).stream().anyMatch(e -> e.contains("Service")), entries(under).toString());
    editor.getEditingDomain().getCommandStack().undo();
    editor.getEditingDomain().getCommandStack().undo();
    WorkbenchTest.processEvents();
    assertTrue(s.getSlices().isEmpty() && s.getPoolingStudies().isEmpty(), "undo removes each addition");
  }

  @Test
  void installedExamplesAreTemplatesAndSaveAsMovesTheEditorToTheCopy() throws Exception {
    ScenarioEditor example = OpenScenarioAction.open(WorkbenchTest.window(), WorkbenchTest.example("tona-tasks"));
    WorkbenchTest.processEvents();
    assertTrue(example.isInstalledExample(), "opened from the installed examples");
    assertEquals(Path.of(System.getProperty("user.home")), ExportReportAction.defaultFolder(example), "reports of an example go home");
    assertTrue(example.isSaveAsAllowed());
    byte[] shipped = Files.readAllBytes(WorkbenchTest.example("tona-tasks"));
    Path copy = tmp.resolve("my-tasks.slicewright");
    example.getScenario().setName("My tasks");
    example.saveAs(copy);
    WorkbenchTest.processEvents();
    assertFalse(example.isInstalledExample(), "the editor now works on the copy");
    assertEquals(tmp.toAbsolutePath().normalize(), ExportReportAction.defaultFolder(example), "and next to the copy");
    assertEquals("my-tasks.slicewright", example.getPartName());
    assertEquals("My tasks", ScenarioResources.load(copy).getName());
    assertArrayEquals(shipped, Files.readAllBytes(WorkbenchTest.example("tona-tasks")), "the example is as shipped");
    Exception e = assertThrows(IOException.class, () -> example.saveAs(WorkbenchTest.example("twin-demand")));
    assertTrue(e.getMessage().endsWith("is an installed example; choose another place"), e.getMessage());
  }

  @Test
  void formPagesAddDuplicateAndRemoveUndoably() throws Exception {
    ScenarioEditor editor = openEmpty("net");
    Scenario s = editor.getScenario();
    var nodes = editor.getPages().get(0);
    var node = nodes.add();
    WorkbenchTest.processEvents();
    assertEquals(1, s.getNetwork().getNodes().size());
    assertEquals("node-1", s.getNetwork().getNodes().get(0).getId());
    assertSame(node, nodes.viewer().getStructuredSelection().getFirstElement(), "the new row is selected");
    assertSame(node, ((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection()).getFirstElement(),
        "the editor's selection (what Properties shows) follows the row");
    // F2 (the workbench's Rename) edits the selected row's name in place.
    nodes.renameSelected();
    assertTrue(nodes.viewer().isCellEditorActive(), "F2 opens a cell's editor");
    assertEquals("Name", nodes.viewer().getTable().getColumn(nodes.viewer().getColumnViewerEditor().getFocusCell().getColumnIndex()).getText(),
        "the name's, not the id's");
    nodes.viewer().cancelEditing();
    // Properties shows what applies to the node's kind: stream settings for end devices only.
    assertFalse(propertyIds(editor, node).contains("Stream Fps"), "an access point streams no frames");
    editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), node, TopologyPackage.Literals.NODE__KIND, NodeKind.END_DEVICE));
    assertTrue(propertyIds(editor, node).contains("Stream Fps"));
    assertFalse(propertyIds(editor, node).contains("Hardware Profile"), "only boards have a measured profile");
    // Fields are grouped: what names the node, its settings, its kind's own fields, what it refers to, where it is drawn.
    assertEquals(List.of("Identity", "Identity", "Identity", "Settings", "Relations", "End device only", "End device only", "Drawing"),
        categories(editor, node, "Id", "Name", "Kind", "Accelerator Kind", "Site", "Stream Fps", "Stream Frame Size", "Diagram X"));
    List<String> shown = new ArrayList<>(List.of("Drawing", "Relations", "End device only", "Settings", "Identity"));
    shown.sort(new PropertyCategories.Sorter()::compareCategories);
    assertEquals(List.of("Identity", "Settings", "End device only", "Relations", "Drawing"), shown, "what the node is first, where it is drawn last");
    editor.getEditingDomain().getCommandStack().undo();
    var copy = nodes.duplicate();
    WorkbenchTest.processEvents();
    assertEquals(List.of("node-1", "node-2"), s.getNetwork().getNodes().stream().map(n -> n.getId()).toList());
    assertSame(copy, s.getNetwork().getNodes().get(1));
    assertTrue(nodes.remove());
    WorkbenchTest.processEvents();
    assertEquals(List.of("node-1"), s.getNetwork().getNodes().stream().map(n -> n.getId()).toList());
    editor.getEditingDomain().getCommandStack().undo();
    WorkbenchTest.processEvents();
    assertEquals(2, s.getNetwork().getNodes().size(), "undo brings the removed node back");
    // Requirements need a service: the page cannot add before one exists.
    var requirements = editor.getPages().stream().filter(p -> p.viewer().getTable().getColumn(0).getText().equals("Indicator")).findFirst().orElseThrow();
    assertNull(requirements.add());
    // Headers read as words with units, the attribute's name in the tooltip.
    var links = editor.getPages().get(1).viewer().getTable();
    List<String> headers = new ArrayList<>();
    for (var c : links.getColumns()) headers.add(c.getText());
    assertEquals(List.of("Id", "Source", "Target", "Bandwidth (Mbit/s)", "Latency distribution", "Latency mean (ms)", "Latency std (ms)", "Stable alpha",
        "Stable scale (ms, 0 = fitted)"), headers);
    assertEquals("bandwidthMbps", links.getColumn(3).getToolTipText());
  }

  /** The names of the fields Properties shows for an element. */
  private static List<String> propertyIds(ScenarioEditor editor, Object element) {
    List<String> out = new ArrayList<>();
    for (var d : editor.getPropertySource(element).getPropertyDescriptors()) out.add(d.getDisplayName());
    return out;
  }

  /** The Properties category of each named field of an element. */
  private static List<String> categories(ScenarioEditor editor, Object element, String... fields) {
    List<String> out = new ArrayList<>();
    var descriptors = List.of(editor.getPropertySource(element).getPropertyDescriptors());
    for (String f : fields) out.add(descriptors.stream().filter(d -> d.getDisplayName().equals(f)).findFirst().orElseThrow(() -> new AssertionError(f)).getCategory());
    return out;
  }

  private ScenarioEditor openEmpty(String id) throws Exception {
    return WorkbenchTest.openEmpty(tmp, id);
  }

  private static MenuManager refill(ScenarioEditor editor, Scenario s, List<Object> selected) {
    MenuManager menu = new MenuManager();
    NewChildMenu.fill(menu, editor.getEditingDomain(), s, s, selected::addAll);
    return menu;
  }

  private static List<String> entries(MenuManager menu) {
    MenuManager sub = (MenuManager) Arrays.stream(menu.getItems()).filter(i -> i instanceof MenuManager).findFirst().orElseThrow();
    List<String> out = new ArrayList<>();
    for (IContributionItem i : sub.getItems()) if (i instanceof ActionContributionItem a) out.add(a.getAction().getText());
    return out;
  }

  private static void run(MenuManager menu, String entry) {
    MenuManager sub = (MenuManager) Arrays.stream(menu.getItems()).filter(i -> i instanceof MenuManager).findFirst().orElseThrow();
    for (IContributionItem i : sub.getItems()) {
      if (i instanceof ActionContributionItem a && a.getAction().getText().equals(entry)) {
        a.getAction().run();
        return;
      }
    }
    fail("no entry " + entry);
  }
}
