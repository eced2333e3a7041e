package org.slicewright.ui.charts;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.XYItemEntity;
import org.slicewright.model.scenario.Run;
import org.slicewright.report.pooling.PoolingCharts;
import org.slicewright.sim.pooling.PoolingRunResult;
import org.slicewright.sim.scenario.PoolingRunRecords;
import org.slicewright.ui.editor.ScenarioEditor;
import org.slicewright.ui.results.ResultsView;
import org.slicewright.ui.results.ScenarioTracker;

/**
 * JFreeChart charts of the active scenario's pooling runs, drawn by Java2D into an image the canvas
 * shows (no AWT window, so it works with GTK and headless AWT). Hovering a point shows its run's
 * parameters; clicking selects the run in the Results view; dragging a rectangle zooms, a
 * double-click zooms out; the chart can be saved as PNG.
 */
public final class ChartView extends ViewPart {
  public static final String ID = "org.slicewright.ui.chartView";
  private Combo kind;
  private Canvas canvas;
  private ScenarioTracker tracker;
  private Image image;
  private ChartRenderingInfo info;
  private PoolingCharts.Plotted plotted;
  private final List<Run> runs = new ArrayList<>();
  private final List<PoolingRunResult> results = new ArrayList<>();
  private final List<Run> edgeRuns = new ArrayList<>();
  private final List<Run> offloadRuns = new ArrayList<>();
  /** The runs the items of {@link #plotted} index into (pooling or offloading runs). */
  private List<Run> plottedRuns = List.of();
  private final List<Object> kinds = new ArrayList<>();
  private org.jfree.chart.JFreeChart edgeChart;
  private org.eclipse.swt.graphics.Point dragFrom, dragTo;
  /** Zoomed axis ranges {xLow, xHigh, yLow, yHigh}, or null for the automatic ranges. */
  private double[] zoom;

  @Override
  public void createPartControl(Composite parent) {
    parent.setLayout(new GridLayout(1, false));
    kind = new Combo(parent, SWT.READ_ONLY);
    kind.addListener(SWT.Selection, e -> resetZoom());
    canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
    canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
    canvas.addPaintListener(e -> {
      if (image != null) e.gc.drawImage(image, 0, 0);
      else e.gc.drawText(runs.isEmpty() ? "No pooling runs yet: What-If > Run What-If..." : "", 10, 10, true);
      if (dragFrom != null && dragTo != null) {
        e.gc.setLineStyle(SWT.LINE_DOT);
        e.gc.drawRectangle(Math.min(dragFrom.x, dragTo.x), Math.min(dragFrom.y, dragTo.y), Math.abs(dragTo.x - dragFrom.x), Math.abs(dragTo.y - dragFrom.y));
      }
    });
    canvas.addListener(SWT.Resize, e -> redraw());
    canvas.addListener(SWT.MouseMove, e -> {
      Run run = runAt(e.x, e.y);
      canvas.setToolTipText(run == null ? null : describe(run));
      if (dragFrom != null) {
        dragTo = new org.eclipse.swt.graphics.Point(e.x, e.y);
        canvas.redraw();
      }
    });
    // Click a point to select its run; drag a rectangle to zoom into it; double-click to zoom out.
    canvas.addListener(SWT.MouseDown, e -> {
      if (e.button == 1) dragFrom = new org.eclipse.swt.graphics.Point(e.x, e.y);
    });
    canvas.addListener(SWT.MouseUp, e -> {
      if (dragFrom == null) return;
      org.eclipse.swt.graphics.Point from = dragFrom;
      dragFrom = null;
      dragTo = null;
      if (Math.abs(e.x - from.x) < 5 && Math.abs(e.y - from.y) < 5) {
        Run run = runAt(e.x, e.y);
        if (run != null) selectRun(run);
        canvas.redraw();
      } else {
        zoom(from.x, from.y, e.x, e.y);
      }
    });
    canvas.addListener(SWT.MouseDoubleClick, e -> resetZoom());
    getViewSite().getActionBars().getToolBarManager().add(new Action("Save PNG...") {
      @Override
      public void run() {
        FileDialog d = new FileDialog(getSite().getShell(), SWT.SAVE);
        d.setFilterExtensions(new String[] { "*.png" });
        d.setFileName("chart.png");
        d.setOverwrite(true);
        String f = d.open();
        if (f != null) {
          try {
            savePng(Path.of(f));
          } catch (java.io.IOException | RuntimeException ex) {
            MessageDialog.openError(getSite().getShell(), "Save PNG", "Cannot write " + f + ": " + ex.getMessage());
          }
        }
      }
    });
    tracker = new ScenarioTracker(getSite().getPage(), () -> parent.getDisplay().asyncExec(this::reload));
    reload();
  }

  /** Re-reads the runs of the active scenario. */
  public void reload() {
    if (canvas == null || canvas.isDisposed()) return;
    runs.clear();
    results.clear();
    edgeRuns.clear();
    offloadRuns.clear();
    ScenarioEditor e = tracker.editor();
    if (e != null) {
      for (Run r : e.getScenario().getRuns()) {
        if (PoolingRunRecords.isPooling(r)) {
          runs.add(r);
          results.add(PoolingRunRecords.fromRun(r, e.getScenario().getId()));
        } else if (org.slicewright.sim.scenario.EdgeRunRecords.isEdge(r)) {
          edgeRuns.add(r);
        } else if (org.slicewright.sim.scenario.OffloadingRunRecords.isOffloading(r)) {
          offloadRuns.add(r);
        }
      }
    }
    // Offer the charts of the kinds of runs the scenario holds (pooling charts when it holds none).
    Object selected = kind.getSelectionIndex() >= 0 && kind.getSelectionIndex() < kinds.size() ? kinds.get(kind.getSelectionIndex()) : null;
    kinds.clear();
    if (!runs.isEmpty() || (edgeRuns.isEmpty() && offloadRuns.isEmpty())) kinds.addAll(List.of(PoolingCharts.Kind.values()));
    if (!edgeRuns.isEmpty()) kinds.addAll(List.of(org.slicewright.report.edge.EdgeCharts.Kind.values()));
    if (!offloadRuns.isEmpty()) kinds.addAll(List.of(org.slicewright.report.offloading.OffloadingCharts.Kind.values()));
    kind.removeAll();
    for (Object k : kinds) {
      kind.add(k instanceof PoolingCharts.Kind pk ? pk.title() : k instanceof org.slicewright.report.edge.EdgeCharts.Kind ek ? ek.title()
          : ((org.slicewright.report.offloading.OffloadingCharts.Kind) k).title());
    }
    kind.select(Math.max(0, kinds.indexOf(selected)));
    setContentDescription(e == null ? "Open a scenario to chart its runs."
        : runs.size() + " pooling, " + edgeRuns.size() + " edge, " + offloadRuns.size() + " offloading runs of " + e.getScenario().getId());
    redraw();
  }

  public void showKind(Object k) {
    kind.select(kinds.indexOf(k));
    resetZoom();
  }

  private void redraw() {
    if (canvas.isDisposed()) return;
    if (image != null) image.dispose();
    image = null;
    plotted = null;
    edgeChart = null;
    Rectangle area = canvas.getClientArea();
    Object k = kind.getSelectionIndex() < 0 || kind.getSelectionIndex() >= kinds.size() ? null : kinds.get(kind.getSelectionIndex());
    if (k instanceof org.slicewright.report.edge.EdgeCharts.Kind ek && !edgeRuns.isEmpty() && area.width > 50 && area.height > 50) {
      List<org.slicewright.report.edge.EdgeCharts.Bar> bars = new ArrayList<>();
      for (Run r : edgeRuns) {
        bars.add(new org.slicewright.report.edge.EdgeCharts.Bar(r.getPolicy(), org.slicewright.sim.scenario.EdgeRunRecords.board(r), m(r, "network_ms"), m(r, "cpu_ms"),
            m(r, "accelerator_ms"), m(r, "p95_ms"), m(r, "violations")));
      }
      edgeChart = org.slicewright.report.edge.EdgeCharts.build(ek, bars);
      info = new ChartRenderingInfo();
      image = new Image(canvas.getDisplay(), toImageData(edgeChart.createBufferedImage(area.width, area.height, info)));
    } else if ((k instanceof PoolingCharts.Kind && !results.isEmpty() || k instanceof org.slicewright.report.offloading.OffloadingCharts.Kind && !offloadRuns.isEmpty())
        && area.width > 50 && area.height > 50) {
      if (k instanceof PoolingCharts.Kind pk) {
        plotted = PoolingCharts.build(pk, results);
        plottedRuns = runs;
      } else {
        plotted = org.slicewright.report.offloading.OffloadingCharts.build((org.slicewright.report.offloading.OffloadingCharts.Kind) k,
            offloadRuns.stream().map(org.slicewright.sim.scenario.OffloadingRunRecords::point).toList());
        plottedRuns = offloadRuns;
      }
      if (zoom != null) {
        plotted.chart().getXYPlot().getDomainAxis().setRange(zoom[0], zoom[1]);
        plotted.chart().getXYPlot().getRangeAxis().setRange(zoom[2], zoom[3]);
      }
      info = new ChartRenderingInfo();
      BufferedImage bi = plotted.chart().createBufferedImage(area.width, area.height, info);
      image = new Image(canvas.getDisplay(), toImageData(bi));
    }
    canvas.redraw();
  }

  /** Zooms into the data under the canvas rectangle (x1, y1)-(x2, y2). */
  public void zoom(int x1, int y1, int x2, int y2) {
    if (plotted == null || info == null) return;
    java.awt.geom.Rectangle2D area = info.getPlotInfo().getDataArea();
    org.jfree.chart.plot.XYPlot plot = plotted.chart().getXYPlot();
    double a = plot.getDomainAxis().java2DToValue(Math.min(x1, x2), area, plot.getDomainAxisEdge());
    double b = plot.getDomainAxis().java2DToValue(Math.max(x1, x2), area, plot.getDomainAxisEdge());
    double c = plot.getRangeAxis().java2DToValue(Math.max(y1, y2), area, plot.getRangeAxisEdge());
    double d = plot.getRangeAxis().java2DToValue(Math.min(y1, y2), area, plot.getRangeAxisEdge());
    if (b > a && d > c) zoom = new double[] { a, b, c, d };
    redraw();
  }

  public void resetZoom() {
    zoom = null;
    redraw();
  }

  /** The visible domain range {low, high} of the chart. */
  public double[] domainRange() {
    if (plotted == null) return null;
    org.jfree.data.Range r = plotted.chart().getXYPlot().getDomainAxis().getRange();
    return new double[] { r.getLowerBound(), r.getUpperBound() };
  }

  private static double m(Run r, String name) {
    return org.slicewright.sim.scenario.RunMetrics.get(r, name);
  }

  /** The run of the point or bar under (x, y), or null. */
  Run runAt(int x, int y) {
    if (info == null) return null;
    ChartEntity e = info.getEntityCollection().getEntity(x, y);
    if (plotted != null && e instanceof XYItemEntity item && item.getDataset() == plotted.chart().getXYPlot().getDataset(0)) return plottedRuns.get(plotted.runOf()[item.getSeriesIndex()][item.getItem()]);
    if (edgeChart != null && e instanceof org.jfree.chart.entity.CategoryItemEntity item) {
      int column = item.getDataset().getColumnIndex(item.getColumnKey());
      return column >= 0 && column < edgeRuns.size() ? edgeRuns.get(column) : null;
    }
    return null;
  }

  private String describe(Run run) {
    int i = runs.indexOf(run);
    if (offloadRuns.contains(run)) {
      return String.format(Locale.ROOT, "%s: %s, parameter %s%nlocal share %.3f, total cost %.4g, latency %.1f ms", run.getId(), run.getPolicy(),
          run.getParameters(), m(run, "local_share"), m(run, "total_cost"), m(run, "latency_ms"));
    }
    if (i < 0) {
      return String.format(Locale.ROOT, "%s: %s on %s%np95 %.1f ms, violations %.0f; per frame network %.1f, CPU %.1f, accelerator %.1f ms", run.getId(),
          run.getPolicy(), org.slicewright.sim.scenario.EdgeRunRecords.board(run), m(run, "p95_ms"), m(run, "violations"), m(run, "network_ms"), m(run, "cpu_ms"),
          m(run, "accelerator_ms"));
    }
    PoolingRunResult r = results.get(i);
    return String.format(Locale.ROOT, "%s: %s, sub-pools %d, lambda max %s, seed %d%naccuracy %.4f, convergence %.4f, total RU %.0f", run.getId(), r.policy(),
        r.subpools(), r.lambdaMax(), r.seed(), r.accuracy(), r.convergenceRate(), r.ruTotal());
  }

  public int offloadingPointCount() {
    return offloadRuns.size();
  }

  public int edgeBarCount() {
    return edgeRuns.size();
  }

  /** The run of a bar's category, for tests: the bar of category {@code column}. */
  public Run edgeRunAtColumn(int column) {
    if (info == null || edgeChart == null) return null;
    for (Object o : info.getEntityCollection().getEntities()) {
      if (o instanceof org.jfree.chart.entity.CategoryItemEntity item && item.getDataset().getColumnIndex(item.getColumnKey()) == column) {
        java.awt.Rectangle b = item.getArea().getBounds();
        return runAt((int) b.getCenterX(), (int) b.getCenterY());
      }
    }
    return null;
  }

  /** Selects the run in the Results view (opening it if needed). */
  public void selectRun(Run run) {
    try {
      ResultsView v = (ResultsView) getSite().getPage().showView(ResultsView.ID, null, org.eclipse.ui.IWorkbenchPage.VIEW_VISIBLE);
      v.refresh();
      v.select(run);
    } catch (PartInitException ex) {
      MessageDialog.openError(getSite().getShell(), "Results", ex.getMessage());
    }
  }

  /** The chart at the canvas size, as a PNG file (written to a temp file, then moved). */
  public void savePng(Path file) throws java.io.IOException {
    if (image == null) throw new IllegalStateException("nothing is charted");
    ImageLoader l = new ImageLoader();
    l.data = new ImageData[] { image.getImageData() };
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    l.save(out, SWT.IMAGE_PNG);
    org.slicewright.model.util.ScenarioResources.writeAtomically(file, out.toByteArray(), false);
  }

  public int pointCount() {
    return results.size();
  }

  /** Canvas-relative centre of the plotted point of a run, for tests. */
  public org.eclipse.swt.graphics.Point pointOf(Run run) {
    if (info == null || plotted == null) return null;
    for (Object o : info.getEntityCollection().getEntities()) {
      if (o instanceof XYItemEntity item && item.getDataset() == plotted.chart().getXYPlot().getDataset(0) && plottedRuns.get(plotted.runOf()[item.getSeriesIndex()][item.getItem()]) == run) {
        java.awt.Rectangle b = item.getArea().getBounds();
        return new org.eclipse.swt.graphics.Point((int) b.getCenterX(), (int) b.getCenterY());
      }
    }
    return null;
  }

  static ImageData toImageData(BufferedImage bi) {
    int w = bi.getWidth(), h = bi.getHeight();
    ImageData d = new ImageData(w, h, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
    int[] row = new int[w];
    for (int y = 0; y < h; y++) {
      bi.getRGB(0, y, w, 1, row, 0, w);
      for (int x = 0; x < w; x++) row[x] &= 0xFFFFFF;
      d.setPixels(0, y, w, row, 0);
    }
    return d;
  }

  @Override
  public void setFocus() {
    canvas.setFocus();
  }

  @Override
  public void dispose() {
    if (tracker != null) tracker.dispose();
    if (image != null) image.dispose();
    super.dispose();
  }
}
