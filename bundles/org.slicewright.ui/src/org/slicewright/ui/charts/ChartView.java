package org.slicewright.ui.charts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.slicewright.model.scenario.Run;
import org.slicewright.sim.scenario.RunKind;
import org.slicewright.ui.editor.ScenarioEditor;
import org.slicewright.ui.editor.ScenarioTracker;
import org.slicewright.ui.results.ResultsView;

/**
 * Charts of the active scenario's runs: each kind of run (pooling, edge, offloading, twins) has a
 * {@link RunChartProvider} that offers its charts, listed together in the view's drop-down. Hover a
 * point or bar for its run, click to select the run in Results, drag to zoom, save as PNG.
 */
public final class ChartView extends ViewPart {
  public static final String ID = "org.slicewright.ui.chartView";
  private static final List<RunChartProvider> PROVIDERS = List.of(new PoolingChartProvider(), new EdgeChartProvider(), new OffloadingChartProvider(),
      new TwinChartProvider());
  private Combo list;
  private ChartCanvas canvas;
  private ScenarioTracker tracker;
  private final Map<RunKind, List<Run>> runs = new EnumMap<>(RunKind.class);
  private final List<ChartChoice> choices = new ArrayList<>();

  @Override
  public void createPartControl(Composite parent) {
    parent.setLayout(new GridLayout(1, false));
    list = new Combo(parent, SWT.READ_ONLY);
    list.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    list.addListener(SWT.Selection, e -> draw());
    canvas = new ChartCanvas(parent, this::describe, this::selectRun);
    canvas.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
    getViewSite().getActionBars().getToolBarManager().add(new Action("Save PNG...") {
      @Override
      public void run() {
        FileDialog d = new FileDialog(getSite().getShell(), SWT.SAVE);
        d.setFilterExtensions(new String[] { "*.png" });
        d.setFileName("chart.png");
        d.setOverwrite(true);
        String f = d.open();
        if (f == null) return;
        try {
          canvas.savePng(Path.of(f));
        } catch (IOException | RuntimeException ex) {
          MessageDialog.openError(getSite().getShell(), "Save PNG", "Cannot write " + f + ": " + ex.getMessage());
        }
      }
    });
    tracker = new ScenarioTracker(getSite().getPage(), () -> parent.getDisplay().asyncExec(this::reload));
    reload();
  }

  /** Re-reads the runs of the active scenario and the charts they offer, keeping the chart shown if it is still offered. */
  public void reload() {
    if (list == null || list.isDisposed()) return;
    Object shown = list.getSelectionIndex() >= 0 && list.getSelectionIndex() < choices.size() ? choices.get(list.getSelectionIndex()).key() : null;
    runs.clear();
    choices.clear();
    ScenarioEditor e = tracker.editor();
    if (e != null) {
      for (Run r : e.getScenario().getRuns()) runs.computeIfAbsent(RunKind.of(r), k -> new ArrayList<>()).add(r);
      for (RunChartProvider p : PROVIDERS) {
        List<Run> of = runs.get(p.kind());
        if (of != null) choices.addAll(p.charts(of, e.getScenario().getId()));
      }
    }
    list.removeAll();
    for (ChartChoice c : choices) list.add(c.title());
    int index = indexOf(shown);
    if (!choices.isEmpty()) list.select(Math.max(0, index));
    setContentDescription(e == null ? "Open a scenario to chart its runs." : summary(e));
    draw();
  }

  private String summary(ScenarioEditor e) {
    if (runs.isEmpty()) return "No runs yet in " + e.getScenario().getId() + ": What-If > Run What-If...";
    return runs.entrySet().stream().map(x -> x.getValue().size() + " " + x.getKey().title().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))
        + " runs of " + e.getScenario().getId();
  }

  private int indexOf(Object key) {
    for (int i = 0; i < choices.size(); i++) if (choices.get(i).key().equals(key)) return i;
    return -1;
  }

  private void draw() {
    int i = list.getSelectionIndex();
    canvas.show(i < 0 || i >= choices.size() ? null : choices.get(i).plot().get(), "No runs to chart yet: What-If > Run What-If...");
  }

  /** Shows the chart of that key (a chart-kind constant, or the title of a per-run chart). */
  public void showKind(Object key) {
    int i = indexOf(key);
    if (i < 0) throw new IllegalArgumentException("no chart " + key + " for these runs");
    list.select(i);
    draw();
  }

  /** The titles of the charts offered, in list order. */
  public List<String> chartTitles() {
    return choices.stream().map(ChartChoice::title).toList();
  }

  /** The stored runs of a kind the view charts. */
  public int runCount(RunKind kind) {
    return runs.getOrDefault(kind, List.of()).size();
  }

  public ChartCanvas canvas() {
    return canvas;
  }

  public Point pointOf(Run run) {
    return canvas.pointOf(run);
  }

  private String describe(Run run) {
    for (RunChartProvider p : PROVIDERS) if (p.kind() == RunKind.of(run)) return p.describe(run);
    return run.getId();
  }

  /** Selects the run in the Results view (opening it if needed). */
  public void selectRun(Run run) {
    try {
      ResultsView v = (ResultsView) getSite().getPage().showView(ResultsView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
      v.refresh();
      v.select(run);
    } catch (PartInitException ex) {
      MessageDialog.openError(getSite().getShell(), "Results", ex.getMessage());
    }
  }

  @Override
  public void setFocus() {
    canvas.control().setFocus();
  }

  @Override
  public void dispose() {
    if (tracker != null) tracker.dispose();
    if (canvas != null) canvas.dispose();
    super.dispose();
  }
}
