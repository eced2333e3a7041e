package org.slicewright.ui;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slicewright.examples.Examples;
import org.slicewright.model.scenario.Run;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.topology.Node;
import org.slicewright.model.topology.NodeKind;
import org.slicewright.model.topology.TopologyPackage;
import org.slicewright.model.util.ModelValidator;
import org.slicewright.model.util.Problem;
import org.slicewright.model.util.ScenarioResources;
import org.slicewright.sim.pooling.PoolingRunResult;
import org.slicewright.sim.scenario.PoolingRunRecords;
import org.slicewright.ui.app.OpenScenarioAction;
import org.slicewright.ui.editor.ElementTablePage;
import org.slicewright.ui.editor.ScenarioEditor;
import org.slicewright.ui.help.UserGuideView;
import org.slicewright.ui.results.CompareRunsDialog;
import org.slicewright.ui.validation.ValidateAction;
import org.slicewright.ui.validation.ValidationView;
import org.slicewright.ui.welcome.NewScenarioWizard;
import org.slicewright.ui.welcome.RecentFiles;
import org.slicewright.ui.welcome.WelcomeView;

/** Validation view, copy/paste, compare, new scenario, welcome and recent files in the real workbench. */
class PlannerToolsTest {
  @TempDir
  Path tmp;

  @AfterEach
  void closeEditors() {
    WorkbenchTest.window().getActivePage().closeAllEditors(false);
    WorkbenchTest.processEvents();
  }

  ScenarioEditor open(String example) throws Exception {
    Path file = tmp.resolve(example + ".slicewright");
    Files.copy(WorkbenchTest.example(example), file);
    ScenarioEditor e = OpenScenarioAction.open(WorkbenchTest.window(), file);
    WorkbenchTest.processEvents();
    return e;
  }

  static Node node(Scenario s, String id) {
    return s.getNetwork().getNodes().stream().filter(n -> id.equals(n.getId())).findFirst().orElseThrow();
  }

  @Test
  void validationListsProblemsAndDoubleClickSelectsTheElement() throws Exception {
    ScenarioEditor editor = open("pooling-32ap");
    ValidationView v = ValidateAction.show(editor);
    assertNotNull(v);
    assertTrue(v.validateActive().isEmpty(), "the example is clean");
    Node ap5 = node(editor.getScenario(), "ap05");
    editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), ap5.getResources(),
        TopologyPackage.Literals.NODE_RESOURCES__COMPUTE, 0.0));
    WorkbenchTest.processEvents();
    List<Problem> problems = v.validateActive();
    // The node has no compute left, and its VAP now reserves more than the node has.
    assertEquals(2, problems.size(), problems.toString());
    assertTrue(problems.get(0).message().contains("zero compute"), problems.toString());
    assertTrue(problems.get(1).message().contains("reserves 0.5 COMPUTE but node 'ap05' has only 0.0"), problems.toString());
    assertEquals(2, v.getViewer().getTable().getItemCount());
    // What a double-click does: select the element in the editor.
    WorkbenchTest.window().getActivePage().activate(editor);
    editor.getViewer().setSelection(new StructuredSelection(problems.get(0).object()), true);
    assertEquals(ap5, ((IStructuredSelection) editor.getViewer().getSelection()).getFirstElement());
  }

  @Test
  void copyPasteGivesFreshIdsAndUndoes() throws Exception {
    ScenarioEditor editor = open("pooling-32ap");
    Scenario s = editor.getScenario();
    int nodes = s.getNetwork().getNodes().size();
    editor.getViewer().setSelection(new StructuredSelection(node(s, "ap03")), true);
    editor.getActions().copy.run();
    editor.getViewer().setSelection(new StructuredSelection(s.getNetwork()), true);
    WorkbenchTest.processEvents();
    assertTrue(editor.getActions().paste.isEnabled());
    editor.getActions().paste.run();
    WorkbenchTest.processEvents();
    assertEquals(nodes + 1, s.getNetwork().getNodes().size());
    assertEquals("ap03-copy", s.getNetwork().getNodes().get(nodes).getId());
    assertTrue(ModelValidator.validate(s).stream().noneMatch(p -> p.message().contains("duplicate")));
    editor.getActions().paste.run();
    WorkbenchTest.processEvents();
    assertEquals("ap03-copy2", s.getNetwork().getNodes().get(nodes + 1).getId());
    editor.getEditingDomain().getCommandStack().undo();
    editor.getEditingDomain().getCommandStack().undo();
    assertEquals(nodes, s.getNetwork().getNodes().size());
  }

  @Test
  void formPagesEditCellsThroughTheCommandStack() throws Exception {
    ScenarioEditor editor = open("hetero-edge");
    Scenario s = editor.getScenario();
    assertEquals(6, editor.getPages().size(), "Nodes, Links, Requirements, Pools, Twins, Policies");
    ElementTablePage nodes = editor.getPages().get(0);
    assertEquals(s.getNetwork().getNodes().size(), nodes.viewer().getTable().getItemCount());
    Node rpi1 = node(s, "rpi1");
    assertNull(nodes.set(rpi1, "streamFps", "7.5"));
    assertEquals(7.5, rpi1.getStreamFps());
    assertTrue(editor.isDirty());
    String problem = nodes.set(rpi1, "streamFrameSize", "big");
    assertEquals("rpi1: streamFrameSize 'big' is not a whole number", problem);
    assertEquals(900, rpi1.getStreamFrameSize(), "refused input leaves the model as it was");
    assertNull(nodes.set(rpi1, "kind", "BOARD"));
    assertEquals(NodeKind.BOARD, rpi1.getKind());
    assertTrue(nodes.set(rpi1, "kind", "SATELLITE").contains("is not one of [MACRO_BS"));
    editor.getEditingDomain().getCommandStack().undo();
    editor.getEditingDomain().getCommandStack().undo();
    assertEquals(3.0, rpi1.getStreamFps(), "both edits undone");
    assertEquals(NodeKind.END_DEVICE, rpi1.getKind());
    ElementTablePage policies = editor.getPages().get(5);
    assertEquals(6, policies.viewer().getTable().getItemCount(), "the example's six selection policies");
  }

  @Test
  void compareShowsRunsSideBySide() {
    Run a = PoolingRunRecords.toRun(new PoolingRunResult("x", "kmeans", 1, 5, 1, 0.9, 1.2, 10, 20, 3, 33, 0, 0, 5, new double[0], new double[0], 0, 0, new double[0]), "run-1");
    Run b = PoolingRunRecords.toRun(new PoolingRunResult("x", "kmeans", 8, 5, 1, 0.8, 0.7, 40, 10, 6, 56, 0, 0, 5, new double[0], new double[0], 0, 0, new double[0]), "run-2");
    List<String[]> rows = CompareRunsDialog.rows(List.of(a, b));
    String[] acc = rows.stream().filter(r -> r[0].equals("accuracy")).findFirst().orElseThrow();
    assertArrayEquals(new String[] { "accuracy", "0.9000", "0.8000", "0.1000" }, acc);
    assertEquals("subpools=8 lambda_max=5", rows.get(1)[2]);
  }

  @Test
  void newScenarioFromATemplateIsSavedOpenedAndRemembered() throws Exception {
    Path f = NewScenarioWizard.create("hetero-edge", "lab", "Lab cluster", tmp.resolve("lab.slicewright"));
    Scenario s = ScenarioResources.load(f);
    assertEquals("lab", s.getId());
    assertEquals(3, s.getNetwork().getNodes().stream().filter(n -> n.getKind() == NodeKind.BOARD).count());
    assertThrows(IllegalArgumentException.class, () -> NewScenarioWizard.create("empty", "x", "x", f), "never overwrites");
    ScenarioEditor e = OpenScenarioAction.open(WorkbenchTest.window(), f);
    WorkbenchTest.processEvents();
    assertNotNull(e.getScenario());
    assertEquals(f.toAbsolutePath().normalize(), RecentFiles.list().get(0));
    Path empty = NewScenarioWizard.create("empty", "blank", "Blank", tmp.resolve("blank"));
    assertTrue(Files.exists(tmp.resolve("blank.slicewright")), empty.toString());
  }

  @Test
  void userGuideShowsTheSamePagesAsDocs() throws Exception {
    UserGuideView guide = (UserGuideView) WorkbenchTest.window().getActivePage()
        .showView(UserGuideView.ID);
    assertEquals(
        List.of("Getting started", "Your own network", "Editing a scenario", "The topology diagram", "Running a what-if", "Results, charts and reports", "Importing and exporting networks",
            "The command line"),
        guide.topics().stream().map(UserGuideView.Topic::label).toList());
    guide.show(4);
    assertTrue(guide.shownText().startsWith("Running a what-if\n\nWhat-If > Run What-If asks"), guide.shownText());
    // One copy of the guide (docs/user-guide, copied into the bundle by the build): every topic reads from the bundle.
    for (int i = 0; i < guide.topics().size(); i++) {
      guide.show(i);
      assertTrue(guide.shownText().startsWith(guide.topics().get(i).label()), guide.topics().get(i).href() + ": " + guide.shownText());
    }
  }

  @Test
  void welcomeOffersTheExamples() throws Exception {
    IWorkbenchPage page = WorkbenchTest.window().getActivePage();
    WelcomeView w = (WelcomeView) page.showView(WelcomeView.ID);
    assertNotNull(w);
    WorkbenchTest.processEvents();
    assertEquals(Examples.names().size(), w.openableExamples(), "every example can be opened from the welcome page");
    WorkbenchTest.takeScreenshot(WorkbenchTest.window().getShell(), "workbench-welcome.png");
  }
}
