package org.slicewright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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
import org.slicewright.model.slicing.AIService;
import org.slicewright.model.slicing.AITask;
import org.slicewright.model.slicing.QoAISIndicator;
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
import org.slicewright.ui.whatif.EdgeStudyPage;
import org.slicewright.ui.whatif.OffloadingStudyPage;
import org.slicewright.ui.whatif.PoolingStudyPage;
import org.slicewright.ui.whatif.QoaisRequirementsPage;
import org.slicewright.ui.whatif.RunWhatIfWizard;
import org.slicewright.ui.whatif.StudyChoice;
import org.slicewright.ui.whatif.StudyPage;
import org.slicewright.ui.whatif.TwinStudyPage;
import org.slicewright.ui.whatif.WhatIfJob;
import org.slicewright.whatif.WhatIf;
import org.slicewright.whatif.WhatIfOptions;
import org.slicewright.whatif.WhatIfs;

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

  /** Settings typed on a study page. */
  private interface Typing {
    void on(StudyPage page);
  }

  /**
   * Opens the Add Study wizard as the menu does, types wrong settings (refused as they are typed),
   * then right ones, pictures the page and finishes.
   */
  private static void addStudy(ScenarioEditor editor, StudyChoice choice, Typing wrong, Typing right, String picture) throws Exception {
    AddStudyWizard wizard = new AddStudyWizard(editor);
    WizardDialog dialog = new WizardDialog(WorkbenchTest.window().getShell(), wizard);
    dialog.setBlockOnOpen(false);
    dialog.open();
    StudyPage page = wizard.show(choice);
    wrong.on(page);
    assertFalse(wizard.canFinish());
    assertNotNull(wizard.errorMessage());
    right.on(page);
    assertTrue(wizard.canFinish(), wizard.errorMessage());
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
    // F2 on the selected node opens the rename box over its name; Enter renames it.
    b.execute("window.slicewright.select(['ap1'])");
    TopologyDiagramEditorTest.settle(b.getDisplay(), 700);
    b.setFocus();
    post(b.getDisplay(), SWT.KeyDown, SWT.F2, (char) 0);
    post(b.getDisplay(), SWT.KeyUp, SWT.F2, (char) 0);
    String box = "document.querySelector('.label-edit input')";
    TopologyDiagramEditorTest.until("the rename box", () -> Boolean.TRUE.equals(TopologyDiagramEditorTest.js(b, box + " && " + box + ".offsetParent !== null")));
    WorkbenchTest.takeScreenshot(WorkbenchTest.window().getShell(), "planner-rename.png");
    // Typed as a planner types: the name's text replaced, then Enter.
    b.execute(box + ".value = ''");
    for (char c : "Rooftop AP\r".toCharArray()) {
      post(b.getDisplay(), SWT.KeyDown, c == '\r' ? SWT.CR : c, c);
      post(b.getDisplay(), SWT.KeyUp, c == '\r' ? SWT.CR : c, c);
      TopologyDiagramEditorTest.settle(b.getDisplay(), 30);
    }
    TopologyDiagramEditorTest.until("the node renamed", () -> "Rooftop AP".equals(s.getNetwork().getNodes().get(2).getName()));
    WorkbenchTest.takeScreenshot(WorkbenchTest.window().getShell(), "planner-1-network.png");

    List<Node> aps = s.getNetwork().getNodes().stream().filter(n -> n.getKind() == NodeKind.ACCESS_POINT).toList();
    addStudy(editor, StudyChoice.POOLING, p -> ((PoolingStudyPage) p).enter(aps.subList(0, 1), "-1"), p -> ((PoolingStudyPage) p).enter(aps, "2, 5"),
        "planner-2-add-study.png");
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
    addStudy(editor, StudyChoice.EDGE, p -> ((EdgeStudyPage) p).enter("0"), p -> ((EdgeStudyPage) p).enter("150"), "planner-5-add-edge-study.png");
    assertEquals(4, s.getSelectionPolicies().size());
    assertEquals(2, s.getNetwork().getLinks().size(), "each device linked to the board with the measured 5G law");

    WhatIfJob job = WhatIfJob.planned(editor.getEditingDomain(), s, WhatIfs.EDGE, WhatIfOptions.of(false).withEdgeSeconds(30));
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
    addStudy(editor, StudyChoice.TWINS, p -> ((TwinStudyPage) p).enter(List.of()), p -> ((TwinStudyPage) p).enter(List.copyOf(s.getNetwork().getDeviceGroups())),
        "planner-7-add-twin-study.png");
    assertEquals(1, s.getTwinStudies().size());
    assertEquals(2, s.getLevelOneTwins().size());

    WhatIfJob job = WhatIfJob.planned(editor.getEditingDomain(), s, WhatIfs.TWINS, WhatIfOptions.of(true));
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

  @Test
  void offloadingStudyAndQoaisRequirementsOnDrawnBaseStations() throws Exception {
    ScenarioEditor editor = openEmpty("my-offloading");
    Scenario s = editor.getScenario();
    Browser b = topology(editor);
    draw(b, editor, "cloud", 380, 20);
    draw(b, editor, "edge_server", 390, 150);
    for (int i = 0; i < 3; i++) draw(b, editor, "small_bs", 150 + 190 * i, 290);
    for (int i = 1; i <= 3; i++) connect(b, editor, "sbs" + i, "edge1");
    connect(b, editor, "edge1", "cloud1");
    List<Node> bss = s.getNetwork().getNodes().stream().filter(n -> n.getKind() == NodeKind.SMALL_BS).toList();
    addStudy(editor, StudyChoice.OFFLOADING, p -> {
      assertEquals("2", ((OffloadingStudyPage) p).roundTrip(), "twice the drawn edge-cloud link's 1 ms");
      ((OffloadingStudyPage) p).enter("forty", "50");
    }, p -> ((OffloadingStudyPage) p).enter("42.46", "50"), "planner-9-add-offloading-study.png");
    assertEquals(4, s.getOffloadingPolicies().size());
    assertEquals(3, s.getSlices().get(0).getServices().get(0) instanceof AIService ai ? ai.getFunctions().size() : 0, "one VNF per drawn base station");
    // The same base stations also train a pooling study, so Run What-If asks which study to run.
    addStudy(editor, StudyChoice.POOLING, p -> ((PoolingStudyPage) p).enter(List.of(), "2"), p -> ((PoolingStudyPage) p).enter(bss, "2"), "planner-add-pooling.png");
    assertEquals(List.of(RunKind.POOLING, RunKind.OFFLOADING), WhatIfs.studiesOf(s).stream().map(WhatIf::kind).toList());
    RunWhatIfWizard run = new RunWhatIfWizard(editor, WhatIfs.studiesOf(s).stream().map(WhatIf::kind).toList());
    WizardDialog dialog = new WizardDialog(WorkbenchTest.window().getShell(), run);
    dialog.setBlockOnOpen(false);
    dialog.open();
    assertFalse(run.canFinish(), "the first page only picks the study");
    run.show(RunKind.OFFLOADING);
    run.chooseQuick(RunKind.OFFLOADING, true);
    assertTrue(run.canFinish());
    WorkbenchTest.takeScreenshot(dialog.getShell(), "planner-10-run-what-if.png");
    assertTrue(run.performFinish());
    dialog.close();
    WhatIfTest.await(run.job());
    assertTrue(run.job().getResult().isOK(), run.job().getResult().toString());
    assertTrue(s.getRuns().stream().allMatch(r -> RunKind.of(r) == RunKind.OFFLOADING) && !s.getRuns().isEmpty(), "offloading runs only");
    ResultsView results = view(editor, ResultsView.ID, ResultsView.class);
    results.refresh();
    WorkbenchTest.processEvents();
    WorkbenchTest.takeScreenshot(WorkbenchTest.window().getShell(), "planner-11-offloading-results.png");

    // QoAIS requirements for the predictor service, carried down to a task on the drawn nodes.
    AIService predictor = (AIService) s.getSlices().get(0).getServices().get(0);
    int before = predictor.getRequirements().size();
    addStudy(editor, StudyChoice.QOAIS, p -> ((QoaisRequirementsPage) p).enter(Map.of(QoAISIndicator.ACCURACY, "1.5")),
        p -> ((QoaisRequirementsPage) p).enter(Map.of(QoAISIndicator.ACCURACY, "0.9", QoAISIndicator.TRAINING_DURATION, "600")), "planner-12-qoais.png");
    assertEquals(before + 2, predictor.getRequirements().size());
    AITask task = predictor.getTasks().get(0);
    assertEquals(2 + 3, task.getRoles().size(), "anchor, scheduler and an executor per base station");
    assertEquals(2, task.getResourceQos().size());
    editor.getEditingDomain().getCommandStack().undo();
    assertEquals(before, predictor.getRequirements().size(), "one Undo takes the requirements and the task back");
    assertTrue(predictor.getTasks().isEmpty());
  }
}
