package org.slicewright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.topology.Node;
import org.slicewright.model.topology.NodeKind;
import org.slicewright.model.util.ScenarioResources;
import org.slicewright.report.edge.EdgeCharts;
import org.slicewright.report.pooling.PoolingCharts;
import org.slicewright.sim.scenario.PoolingScenarioMapper;
import org.slicewright.sim.scenario.RunKind;
import org.slicewright.ui.charts.ChartView;
import org.slicewright.ui.diagram.DiagramTab;
import org.slicewright.ui.editor.ScenarioEditor;
import org.slicewright.ui.results.ExportReportAction;
import org.slicewright.ui.results.ResultsView;
import org.slicewright.ui.welcome.WelcomeView;
import org.slicewright.ui.whatif.AddStudyWizard;
import org.slicewright.ui.whatif.WhatIfJob;

/**
 * A planner's path on a network of their own, end to end in the real workbench: a new empty
 * scenario, nodes and links drawn in the diagram, a study added with the wizard, the what-if run,
 * the results sorted and charted, the report exported. Screenshots of each step go to
 * target/screenshots (docs/images holds the curated copies the user guide shows).
 */
class PlannerPathTest {
  @TempDir
  Path tmp;

  @AfterEach
  void closeEditors() {
    WorkbenchTest.window().getActivePage().closeAllEditors(false);
    WorkbenchTest.processEvents();
  }

  private ScenarioEditor openEmpty(String id) throws Exception {
    ScenarioEditor editor = WorkbenchTest.openEmpty(tmp, id);
    WorkbenchTest.window().getShell().setSize(1500, 950);
    // The Welcome view makes room for the editor, as a planner closes it after the first start.
    IWorkbenchPage page = WorkbenchTest.window().getActivePage();
    if (page.findView(WelcomeView.ID) != null) page.hideView(page.findView(WelcomeView.ID));
    WorkbenchTest.processEvents();
    return editor;
  }

  /** The Topology page, loaded. */
  private static Browser topology(ScenarioEditor editor) throws Exception {
    CTabFolder tabs = (CTabFolder) editor.getViewer().getControl().getParent();
    tabs.setSelection(1);
    DiagramTab diagram = editor.getDiagram();
    Browser browser = diagram.browser();
    assertNotNull(browser, "the embedded browser (WebKitGTK) is available");
    TopologyDiagramEditorTest.until("the page", diagram::isLoaded);
    TopologyDiagramEditorTest.until("the model shown", () -> Boolean.TRUE.equals(TopologyDiagramEditorTest.js(browser, "!!(window.slicewright && window.slicewright.isReady())")));
    return browser;
  }

  /** Draws a node from the palette, as a click on the canvas does. */
  private static void draw(Browser b, ScenarioEditor editor, String type, int x, int y) throws Exception {
    int before = editor.getScenario().getNetwork().getNodes().size();
    b.execute("window.slicewright.dispatch({kind:'createNode', isOperation:true, elementTypeId:'node:" + type + "', location:{x:" + x + ",y:" + y + "}, args:{}})");
    TopologyDiagramEditorTest.until("a " + type + " in the model", () -> editor.getScenario().getNetwork().getNodes().size() == before + 1);
  }

  private static void connect(Browser b, ScenarioEditor editor, String from, String to) throws Exception {
    int before = editor.getScenario().getNetwork().getLinks().size();
    b.execute("window.slicewright.dispatch({kind:'createEdge', isOperation:true, elementTypeId:'edge:link', sourceElementId:'" + from + "', targetElementId:'" + to
        + "', args:{}})");
    TopologyDiagramEditorTest.until("link " + from + "-" + to, () -> editor.getScenario().getNetwork().getLinks().size() == before + 1);
  }

  /** Opens the Add Study wizard as the menu does, pictures its settings page, and finishes it with these settings. */
  private static void addStudy(ScenarioEditor editor, RunKind kind, List<?> chosen, String lambdaMax, String budgetMs, String picture) throws Exception {
    AddStudyWizard wizard = new AddStudyWizard(editor);
    WizardDialog dialog = new WizardDialog(WorkbenchTest.window().getShell(), wizard);
    dialog.setBlockOnOpen(false);
    dialog.open();
    // Wrong settings are refused as they are typed.
    assertFalse(wizard.enter(kind, kind == RunKind.POOLING ? chosen.subList(0, 1) : List.of(), "-1", "0"));
    assertNotNull(wizard.errorMessage());
    assertTrue(wizard.enter(kind, chosen, lambdaMax, budgetMs), wizard.errorMessage());
    WorkbenchTest.takeScreenshot(dialog.getShell(), picture);
    assertTrue(wizard.performFinish());
    dialog.close();
    WorkbenchTest.processEvents();
  }

  /** Types Ctrl+key (with Shift when asked) as the keyboard would: the events go to the focused control, the diagram's browser. */
  private static void press(Display d, char key, int shift) {
    int[] modifiers = shift == SWT.SHIFT ? new int[] { SWT.CTRL, SWT.SHIFT } : new int[] { SWT.CTRL };
    for (int m : modifiers) post(d, SWT.KeyDown, m, (char) 0);
    post(d, SWT.KeyDown, key, key);
    post(d, SWT.KeyUp, key, key);
    for (int i = modifiers.length - 1; i >= 0; i--) post(d, SWT.KeyUp, modifiers[i], (char) 0);
  }

  private static void post(Display d, int type, int keyCode, char character) {
    Event e = new Event();
    e.type = type;
    e.keyCode = keyCode;
    e.character = character;
    d.post(e);
  }

  private static <T> T view(ScenarioEditor editor, String id, Class<T> type) throws Exception {
    IWorkbenchPage page = WorkbenchTest.window().getActivePage();
    T v = type.cast(page.showView(id));
    page.activate(editor);
    WorkbenchTest.processEvents();
    return v;
  }

  @Test
  void poolingStudyOnADrawnNetwork() throws Exception {
    ScenarioEditor editor = openEmpty("my-network");
    Scenario s = editor.getScenario();
    Browser b = topology(editor);
    // Drawn where the editor shows them whole, left of the open palette.
    draw(b, editor, "cloud", 380, 20);
    draw(b, editor, "edge_server", 390, 150);
    for (int i = 0; i < 4; i++) draw(b, editor, "access_point", 60 + 190 * i, 290);
    for (int i = 1; i <= 4; i++) connect(b, editor, "ap" + i, "edge1");
    connect(b, editor, "edge1", "cloud1");
    // One Ctrl+Z typed in the diagram undoes exactly one edit (the last link), one Ctrl+Shift+Z (Redo on GTK) redoes it.
    int links = s.getNetwork().getLinks().size();
    b.setFocus();
    // The page itself binds no undo key in the workbench (else one press would undo twice).
    b.execute("document.getElementById('sprotty').dispatchEvent(new KeyboardEvent('keydown', {key: 'z', code: 'KeyZ', ctrlKey: true, bubbles: true}))");
    TopologyDiagramEditorTest.settle(b.getDisplay(), 500);
    assertEquals(links, s.getNetwork().getLinks().size());
    press(b.getDisplay(), 'z', SWT.NONE);
    TopologyDiagramEditorTest.settle(b.getDisplay(), 1500);
    assertEquals(links - 1, s.getNetwork().getLinks().size(), "one Ctrl+Z, one edit undone");
    assertEquals(6, s.getNetwork().getNodes().size());
    press(b.getDisplay(), 'z', SWT.SHIFT);
    TopologyDiagramEditorTest.settle(b.getDisplay(), 1500);
    assertEquals(links, s.getNetwork().getLinks().size(), "one Ctrl+Shift+Z, one edit redone");
    TopologyDiagramEditorTest.settle(b.getDisplay(), 1500);
    WorkbenchTest.takeScreenshot(WorkbenchTest.window().getShell(), "planner-1-network.png");

    List<Node> aps = s.getNetwork().getNodes().stream().filter(n -> n.getKind() == NodeKind.ACCESS_POINT).toList();
    addStudy(editor, RunKind.POOLING, aps, "2, 5", "", "planner-2-add-study.png");
    assertEquals(1, s.getPoolingStudies().size());
    assertEquals(List.of(1, 2, 4), s.getSweeps().get(0).getSubPoolValues());
    // One Undo takes the whole study back, one Redo restores it.
    editor.getEditingDomain().getCommandStack().undo();
    assertEquals(0, s.getPoolingStudies().size());
    assertEquals(0, s.getSlices().size());
    editor.getEditingDomain().getCommandStack().redo();
    assertEquals(1, s.getPoolingStudies().size());

    WhatIfJob job = new WhatIfJob(editor.getEditingDomain(), s, PoolingScenarioMapper.plan(s, 0, 0, true));
    job.schedule();
    WhatIfTest.await(job);
    assertTrue(job.getResult().isOK(), job.getResult().toString());
    assertEquals(6, s.getRuns().size(), "k in {1, 2, 4} x lambda max in {2, 5}");

    ResultsView results = view(editor, ResultsView.ID, ResultsView.class);
    results.refresh();
    results.sortBy(results.columnOf("subpools"));
    WorkbenchTest.processEvents();
    assertEquals("1", results.cell(0, "subpools"));
    assertEquals("4", results.cell(5, "subpools"));
    WorkbenchTest.takeScreenshot(WorkbenchTest.window().getShell(), "planner-3-results.png");
    ChartView chart = view(editor, ChartView.ID, ChartView.class);
    chart.reload();
    chart.showKind(PoolingCharts.Kind.TRADE_OFF);
    WorkbenchTest.processEvents();
    assertEquals(6, chart.runCount(RunKind.POOLING));
    WorkbenchTest.takeScreenshot(WorkbenchTest.window().getShell(), "planner-4-charts.png");

    Path report = tmp.resolve("report");
    assertEquals(List.of("results.csv", "report.html", "report.pdf"), ExportReportAction.export(s, report));
    assertTrue(Files.size(report.resolve("report.pdf")) > 10_000);
    editor.doSave(null);
    Scenario saved = ScenarioResources.load(editor.getFile());
    assertEquals(6, saved.getRuns().size());
    assertEquals(1, saved.getPoolingStudies().size());
  }

  @Test
  void edgeStudyOnADrawnBoardAndTwoDevices() throws Exception {
    ScenarioEditor editor = openEmpty("my-edge");
    Scenario s = editor.getScenario();
    Browser b = topology(editor);
    draw(b, editor, "board", 300, 20);
    draw(b, editor, "end_device", 150, 150);
    draw(b, editor, "end_device", 450, 150);
    addStudy(editor, RunKind.EDGE, List.of(), "", "150", "planner-5-add-edge-study.png");
    assertEquals(4, s.getSelectionPolicies().size());
    assertEquals(2, s.getNetwork().getLinks().size(), "each device linked to the board with the measured 5G law");

    WhatIfJob job = new WhatIfJob(editor.getEditingDomain(), s, "edge", WhatIfJob.edge(s, 30));
    job.schedule();
    WhatIfTest.await(job);
    assertTrue(job.getResult().isOK(), job.getResult().toString());
    assertEquals(4, s.getRuns().size(), "four policies x one board");

    ResultsView results = view(editor, ResultsView.ID, ResultsView.class);
    results.refresh();
    results.sortBy(results.columnOf("p95_ms"));
    WorkbenchTest.processEvents();
    assertTrue(Double.parseDouble(results.cell(0, "p95_ms")) <= Double.parseDouble(results.cell(3, "p95_ms")));
    ChartView chart = view(editor, ChartView.ID, ChartView.class);
    chart.reload();
    chart.showKind(EdgeCharts.Kind.VIOLATIONS);
    WorkbenchTest.processEvents();
    WorkbenchTest.takeScreenshot(WorkbenchTest.window().getShell(), "planner-6-edge-results.png");

    Path report = tmp.resolve("report");
    assertEquals(List.of("results-edge.csv", "report.html", "report.pdf"), ExportReportAction.export(s, report));
    assertTrue(Files.readString(report.resolve("report.html")).contains("Edge runs"));
    assertEquals(5, Files.readAllLines(report.resolve("results-edge.csv")).size());
  }

  @Test
  void twinStudyOnDrawnGroups() throws Exception {
    ScenarioEditor editor = openEmpty("my-twins");
    Scenario s = editor.getScenario();
    Browser b = topology(editor);
    draw(b, editor, "small_bs", 100, 40);
    draw(b, editor, "small_bs", 400, 40);
    for (int i = 0; i < 2; i++) {
      int before = s.getNetwork().getDeviceGroups().size();
      b.execute("window.slicewright.dispatch({kind:'createNode', isOperation:true, elementTypeId:'group', location:{x:" + (100 + 300 * i) + ",y:160}, args:{}})");
      TopologyDiagramEditorTest.until("a device group", () -> s.getNetwork().getDeviceGroups().size() == before + 1);
      String group = s.getNetwork().getDeviceGroups().get(before).getId(), node = s.getNetwork().getNodes().get(i).getId();
      b.execute("window.slicewright.dispatch({kind:'createEdge', isOperation:true, elementTypeId:'edge:attachment', sourceElementId:'" + group + "', targetElementId:'" + node
          + "', args:{}})");
      TopologyDiagramEditorTest.until("the group attached", () -> s.getNetwork().getDeviceGroups().get(before).getAttachedTo() != null);
    }
    addStudy(editor, RunKind.TWINS, List.copyOf(s.getNetwork().getDeviceGroups()), "", "", "planner-7-add-twin-study.png");
    assertEquals(1, s.getTwinStudies().size());
    assertEquals(2, s.getLevelOneTwins().size());

    WhatIfJob job = new WhatIfJob(editor.getEditingDomain(), s, "twins", WhatIfJob.twins(s, true));
    job.schedule();
    WhatIfTest.await(job);
    assertTrue(job.getResult().isOK(), job.getResult().toString());
    assertEquals(4, s.getRuns().size(), "four reservation policies x one slice");
    ResultsView results = view(editor, ResultsView.ID, ResultsView.class);
    results.refresh();
    results.sortBy(results.columnOf("sla_share"));
    WorkbenchTest.processEvents();
    assertTrue(Double.parseDouble(results.cell(0, "sla_share")) <= Double.parseDouble(results.cell(3, "sla_share")));
    ChartView chart = view(editor, ChartView.ID, ChartView.class);
    chart.reload();
    chart.showKind(chart.chartTitles().stream().filter(t -> t.contains("under forecast")).findFirst().orElseThrow());
    WorkbenchTest.processEvents();
    WorkbenchTest.takeScreenshot(WorkbenchTest.window().getShell(), "planner-8-twin-results.png");
  }
}
