package org.slicewright.ui;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slicewright.examples.Examples;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.topology.Node;
import org.slicewright.model.util.ScenarioResources;
import org.slicewright.model.util.EmptyScenario;
import org.slicewright.ui.app.OpenScenarioAction;
import org.slicewright.ui.app.PlannerPerspective;
import org.slicewright.ui.editor.ScenarioEditor;
import org.slicewright.ui.explorer.ModelExplorerView;

/** Drives the real workbench (under Xvfb in CI): open an example, edit a property, undo, redo, save. */
class WorkbenchTest {
  @TempDir
  Path tmp;

  static Path example(String name) {
    return Examples.file(name);
  }

  /** An editor on a new, empty scenario of the planner's own, saved in {@code dir}. */
  static ScenarioEditor openEmpty(Path dir, String id) throws Exception {
    Path file = dir.resolve(id + ".slicewright");
    ScenarioResources.save(EmptyScenario.create(id, "My network"), file);
    ScenarioEditor editor = OpenScenarioAction.open(window(), file);
    processEvents();
    return editor;
  }

  static void processEvents() {
    Display d = Display.getCurrent();
    for (int i = 0; i < 50; i++) {
      while (d.readAndDispatch()) {
        // drain
      }
    }
  }

  static IWorkbenchWindow window() {
    IWorkbenchWindow w = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    return w != null ? w : PlatformUI.getWorkbench().getWorkbenchWindows()[0];
  }

  @AfterEach
  void closeEditors() {
    window().getActivePage().closeAllEditors(false);
    processEvents();
  }

  @Test
  void workbenchStartsInThePlannerPerspectiveWithTheExplorer() {
    IWorkbenchPage page = window().getActivePage();
    assertEquals(PlannerPerspective.ID, page.getPerspective().getId());
    ModelExplorerView explorer = (ModelExplorerView) page.findView(ModelExplorerView.ID);
    assertNotNull(explorer, "model explorer is open");
    assertTrue(explorer.getViewer().getTree().getItemCount() >= 4, "the four examples are listed");
  }

  @Test
  void openEditUndoRedoSave() throws Exception {
    Path file = tmp.resolve("pooling.slicewright");
    Files.copy(example("pooling-32ap"), file);
    ScenarioEditor editor = OpenScenarioAction.open(window(), file);
    assertNotNull(editor);
    processEvents();
    Scenario s = editor.getScenario();
    assertNotNull(s);
    assertTrue(editor.getViewer().getTree().getItem(0).getText().startsWith("Scenario"), editor.getViewer().getTree().getItem(0).getText());
    Node ap3 = s.getNetwork().getNodes().stream().filter(n -> "ap03".equals(n.getId())).findFirst().orElseThrow();
    editor.getViewer().setSelection(new StructuredSelection(ap3), true);
    window().getActivePage().showView("org.eclipse.ui.views.PropertySheet");
    processEvents();

    IPropertySource ps = editor.getPropertySource(ap3);
    IPropertyDescriptor name = null;
    for (IPropertyDescriptor d : ps.getPropertyDescriptors()) if ("Name".equals(d.getDisplayName())) name = d;
    assertNotNull(name, "Name property");
    assertFalse(editor.isDirty());
    ps.setPropertyValue(name.getId(), "AP three");
    processEvents();
    assertEquals("AP three", ap3.getName());
    assertTrue(editor.isDirty());
    takeScreenshot(window().getShell(), "workbench-pooling.png");

    CommandStack stack = editor.getEditingDomain().getCommandStack();
    stack.undo();
    processEvents();
    assertEquals("AP 3", ap3.getName());
    assertFalse(editor.isDirty());
    stack.redo();
    processEvents();
    assertTrue(editor.isDirty());

    window().getActivePage().saveEditor(editor, false);
    processEvents();
    assertFalse(editor.isDirty());
    Scenario reread = ScenarioResources.load(file);
    assertEquals("AP three", reread.getNetwork().getNodes().stream().filter(n -> "ap03".equals(n.getId())).findFirst().get().getName());
    assertTrue(Files.exists(tmp.resolve("pooling.slicewright.bak")));
  }

  @Test
  void corruptFileShowsTheErrorAndIsNotChanged() throws Exception {
    Path file = tmp.resolve("broken.slicewright");
    Files.writeString(file, "<?xml version=\"1.0\"?>\n<oops");
    byte[] before = Files.readAllBytes(file);
    ScenarioEditor editor = OpenScenarioAction.open(window(), file);
    processEvents();
    assertNotNull(editor);
    assertNull(editor.getScenario());
    assertFalse(editor.isDirty());
    window().getActivePage().saveEditor(editor, false);
    assertArrayEquals(before, Files.readAllBytes(file));
  }

  /** Saves a picture of the window to target/screenshots (docs/images holds the curated copies). */
  static void takeScreenshot(Shell shell, String name) throws Exception {
    Display d = shell.getDisplay();
    shell.forceActive();
    // A few hundred ms for the X server to paint what the last changes asked (buttons, radios).
    TopologyDiagramEditorTest.settle(d, 300);
    Rectangle r = shell.getBounds();
    Image img = new Image(d, r.width, r.height);
    GC gc = new GC(d);
    gc.copyArea(img, r.x, r.y);
    gc.dispose();
    ImageData data = img.getImageData();
    img.dispose();
    Path dir = Path.of("target", "screenshots");
    Files.createDirectories(dir);
    ImageLoader loader = new ImageLoader();
    loader.data = new ImageData[] { data };
    loader.save(dir.resolve(name).toString(), SWT.IMAGE_PNG);
  }
}
