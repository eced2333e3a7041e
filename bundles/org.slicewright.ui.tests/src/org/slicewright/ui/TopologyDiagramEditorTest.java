package org.slicewright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.BooleanSupplier;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slicewright.model.topology.Node;
import org.slicewright.ui.app.OpenScenarioAction;
import org.slicewright.ui.editor.ScenarioEditor;
import org.slicewright.ui.diagram.DiagramTab;

/**
 * The topology diagram inside the workbench: the GLSP client in the editor's SWT Browser (WebKitGTK)
 * edits the editor's model; undo is the editor's; selection follows both ways. Saves a screenshot.
 */
class TopologyDiagramEditorTest {
  @TempDir
  Path tmp;

  @AfterEach
  void closeEditors() {
    WorkbenchTest.window().getActivePage().closeAllEditors(false);
    WorkbenchTest.processEvents();
  }

  static void until(String what, BooleanSupplier done) throws InterruptedException {
    Display d = Display.getCurrent();
    long end = System.currentTimeMillis() + 60_000;
    while (!done.getAsBoolean()) {
      if (System.currentTimeMillis() > end) throw new AssertionError("timed out waiting for " + what);
      idle(d);
    }
  }

  /**
   * One turn of the UI thread: an event if there is one, else a short pause. Conditions set by other
   * threads (the diagram server) post no event, so Display.sleep() could wait for ever.
   */
  static void idle(Display d) throws InterruptedException {
    if (!d.readAndDispatch()) Thread.sleep(10);
  }

  /** Opens a copy of an example, maximised: Sprotty draws only what lies inside the canvas. */
  ScenarioEditor openMaximised(String example) throws Exception {
    Path file = tmp.resolve(example + ".slicewright");
    Files.copy(WorkbenchTest.example(example), file);
    ScenarioEditor editor = OpenScenarioAction.open(WorkbenchTest.window(), file);
    WorkbenchTest.window().getShell().setSize(1500, 950);
    var page = WorkbenchTest.window().getActivePage();
    page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
    return editor;
  }

  /** Lets the page finish drawing (update animations) before a picture or a check of the DOM. */
  static void settle(Display d, long millis) throws InterruptedException {
    long end = System.currentTimeMillis() + millis;
    while (System.currentTimeMillis() < end) idle(d);
  }

  static Object js(Browser b, String expression) {
    return b.evaluate("return " + expression + ";");
  }

  @Test
  void diagramEditsTheEditorsModelWithSharedUndoAndSelection() throws Exception {
    ScenarioEditor editor = openMaximised("twin-demand");
    CTabFolder tabs = (CTabFolder) editor.getViewer().getControl().getParent();
    tabs.setSelection(1);
    assertEquals("Topology", tabs.getItem(1).getText());
    DiagramTab diagram = editor.getDiagram();
    Browser browser = diagram.browser();
    assertNotNull(browser, "the embedded browser (WebKitGTK) is available");
    Display d = browser.getDisplay();
    until("the page", diagram::isLoaded);
    try {
      until("the model drawn", () -> ((Number) js(browser, "document.querySelectorAll('#sprotty .sprotty-node').length")).intValue() >= 17);
    } catch (AssertionError e) {
      WorkbenchTest.takeScreenshot(WorkbenchTest.window().getShell(), "workbench-topology-failed.png");
      throw new AssertionError(e.getMessage() + "; size " + browser.getSize() + " visible " + browser.isVisible()
          + "; window " + js(browser, "window.innerWidth + 'x' + window.innerHeight + ' ' + document.readyState")
          + "; viewport " + js(browser, "window.slicewright.viewport()")
          + "; count " + js(browser, "document.querySelectorAll('#sprotty .sprotty-node').length")
          + " all " + js(browser, "document.querySelectorAll('.sprotty-node').length") + " children " + js(browser, "document.body.children.length")
          + "; page errors: " + js(browser, "JSON.stringify(window.slicewright ? window.slicewright.errors() : 'no page API')")
          + "; body: " + js(browser, "document.body.innerHTML.slice(0, 400)"), e);
    }

    // An edit in the diagram lands on the editor's command stack.
    int nodes = editor.getScenario().getNetwork().getNodes().size();
    browser.execute("window.slicewright.dispatch({kind:'createNode', isOperation:true, elementTypeId:'node:edge_server', location:{x:420,y:420}, args:{}})");
    until("the node in the model", () -> editor.getScenario().getNetwork().getNodes().size() == nodes + 1);
    Node created = editor.getScenario().getNetwork().getNodes().get(nodes);
    assertEquals("edge1", created.getId());
    assertTrue(editor.isDirty());
    until("the node drawn", () -> Boolean.TRUE.equals(js(browser, "window.slicewright.has('edge1')")));

    // Undo in the workbench (the editor's Edit > Undo) removes it from the diagram too.
    editor.getEditingDomain().getCommandStack().undo();
    assertEquals(nodes, editor.getScenario().getNetwork().getNodes().size());
    until("the diagram refreshed after undo", () -> Boolean.FALSE.equals(js(browser, "window.slicewright.has('edge1')")));
    assertFalse(editor.isDirty());

    // Tree selection -> diagram selection, and back.
    Node mbs = editor.getScenario().getNetwork().getNodes().stream().filter(n -> n.getId().equals("mbs")).findFirst().orElseThrow();
    editor.getViewer().setSelection(new StructuredSelection(mbs), true);
    until("mbs selected in the diagram", () -> String.valueOf(js(browser, "JSON.stringify(window.slicewright.selected())")).contains("\"mbs\""));
    browser.execute("window.slicewright.select(['bs-campus'])");
    try {
      until("bs-campus selected in the tree", () -> {
        Object first = ((IStructuredSelection) editor.getViewer().getSelection()).getFirstElement();
        return first instanceof Node n && n.getId().equals("bs-campus");
      });
    } catch (AssertionError e) {
      throw new AssertionError(e.getMessage() + ": diagram selection " + js(browser, "JSON.stringify(window.slicewright.selected())") + ", bridge "
          + js(browser, "typeof window.slicewrightSelectionChanged") + ", errors " + js(browser, "JSON.stringify(window.slicewright.errors())")
          + ", tree " + editor.getViewer().getSelection(), e);
    }

    browser.execute("window.slicewright.select([])");
    settle(d, 2000);
    Object drawn = js(browser, "document.querySelectorAll('#sprotty .sprotty-node').length");
    assertTrue(((Number) drawn).intValue() >= 17, "all nodes drawn, got " + drawn + " canvas " + js(browser, "JSON.stringify(document.getElementById('sprotty').getBoundingClientRect())")
        + " viewport " + js(browser, "window.slicewright.viewport()"));
    WorkbenchTest.takeScreenshot(WorkbenchTest.window().getShell(), "workbench-topology.png");
    assertTrue(Files.size(Path.of("target", "screenshots", "workbench-topology.png")) > 20_000);
  }

  @Test
  void subPoolDiagramFormsSubPoolsInTheEditorsModel() throws Exception {
    ScenarioEditor editor = openMaximised("pooling-32ap");
    CTabFolder tabs = (CTabFolder) editor.getViewer().getControl().getParent();
    int index = Arrays.asList(tabs.getItems()).stream().map(t -> t.getText()).toList().indexOf("Sub-pools");
    assertTrue(index > 0, "a Sub-pools page for the example's secondary pool");
    tabs.setSelection(index);
    Browser browser = (Browser) ((Composite) tabs.getItem(index).getControl()).getChildren()[0];
    Display d = browser.getDisplay();
    until("the pool drawn", () -> Boolean.TRUE.equals(js(browser, "!!(window.slicewright && window.slicewright.has('unassigned'))")));
    var pool = editor.getScenario().getSecondaryPools().get(0);
    browser.execute("document.getElementById('k').value = '4'; document.getElementById('form').click();");
    until("four sub-pools in the model", () -> pool.getSubPools().size() == 4);
    assertTrue(editor.isDirty());
    until("the sub-pools drawn", () -> Boolean.TRUE.equals(js(browser, "window.slicewright.has('digit-pool-sp4')")));
    settle(d, 1500);
    WorkbenchTest.takeScreenshot(WorkbenchTest.window().getShell(), "workbench-subpools.png");
    editor.getEditingDomain().getCommandStack().undo();
    assertEquals(0, pool.getSubPools().size(), "the editor's undo takes the k-means formation back");
    until("the diagram redrawn", () -> Boolean.FALSE.equals(js(browser, "window.slicewright.has('digit-pool-sp4')")));
  }
}
