package org.slicewright.ui.charts;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;
import org.slicewright.model.scenario.Run;
import org.slicewright.model.util.ScenarioResources;

/**
 * A JFreeChart drawn by Java2D into an image an SWT canvas shows (no AWT window, so it works with
 * GTK and headless AWT). Hovering an item shows its run's description; clicking selects the run;
 * on XY charts dragging a rectangle zooms into it and a double-click zooms out.
 */
public final class ChartCanvas {
  private final Canvas canvas;
  private ChartPlot plot;
  private String emptyText = "";
  private Image image;
  private ChartRenderingInfo info;
  private Point dragFrom, dragTo;
  /** Zoomed axis ranges {xLow, xHigh, yLow, yHigh}, or null for the automatic ranges. */
  private double[] zoom;

  /**
   * @param describe a run's tooltip
   * @param onClick what a click on a run's item does
   */
  public ChartCanvas(Composite parent, Function<Run, String> describe, Consumer<Run> onClick) {
    canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
    canvas.addPaintListener(e -> {
      if (image != null) e.gc.drawImage(image, 0, 0);
      else e.gc.drawText(emptyText, 10, 10, true);
      if (dragFrom != null && dragTo != null) {
        e.gc.setLineStyle(SWT.LINE_DOT);
        e.gc.drawRectangle(Math.min(dragFrom.x, dragTo.x), Math.min(dragFrom.y, dragTo.y), Math.abs(dragTo.x - dragFrom.x), Math.abs(dragTo.y - dragFrom.y));
      }
    });
    canvas.addListener(SWT.Resize, e -> render());
    canvas.addListener(SWT.MouseMove, e -> {
      Run run = runAt(e.x, e.y);
      canvas.setToolTipText(run == null ? null : describe.apply(run));
      if (dragFrom != null && isXy()) {
        dragTo = new Point(e.x, e.y);
        canvas.redraw();
      }
    });
    canvas.addListener(SWT.MouseDown, e -> {
      // A click selects on every chart; only XY charts zoom, so only they draw the drag rectangle.
      if (e.button == 1) dragFrom = new Point(e.x, e.y);
    });
    canvas.addListener(SWT.MouseUp, e -> {
      if (dragFrom == null) return;
      Point from = dragFrom;
      dragFrom = null;
      dragTo = null;
      if (Math.abs(e.x - from.x) < 5 && Math.abs(e.y - from.y) < 5) {
        Run run = runAt(e.x, e.y);
        if (run != null) onClick.accept(run);
        canvas.redraw();
      } else {
        zoom(from.x, from.y, e.x, e.y);
      }
    });
    canvas.addListener(SWT.MouseDoubleClick, e -> resetZoom());
  }

  public Canvas control() {
    return canvas;
  }

  /** Shows a chart at automatic ranges, or {@code emptyText} when there is none. */
  public void show(ChartPlot plot, String emptyText) {
    this.plot = plot;
    this.emptyText = emptyText;
    zoom = null;
    render();
  }

  public ChartPlot plot() {
    return plot;
  }

  private void render() {
    if (canvas.isDisposed()) return;
    if (image != null) image.dispose();
    image = null;
    info = null;
    Rectangle area = canvas.getClientArea();
    if (plot != null && area.width > 50 && area.height > 50) {
      if (zoom != null) {
        xy().getDomainAxis().setRange(zoom[0], zoom[1]);
        xy().getRangeAxis().setRange(zoom[2], zoom[3]);
      } else if (isXy()) {
        xy().getDomainAxis().setAutoRange(true);
        xy().getRangeAxis().setAutoRange(true);
      }
      info = new ChartRenderingInfo();
      image = new Image(canvas.getDisplay(), toImageData(plot.chart().createBufferedImage(area.width, area.height, info)));
    }
    canvas.redraw();
  }

  private boolean isXy() { return plot != null && plot.chart().getPlot() instanceof XYPlot; }

  private XYPlot xy() {
    return plot.chart().getXYPlot();
  }

  /** Zooms into the data under the canvas rectangle (x1, y1)-(x2, y2); only XY charts zoom. */
  public void zoom(int x1, int y1, int x2, int y2) {
    if (!isXy() || info == null) return;
    Rectangle2D area = info.getPlotInfo().getDataArea();
    XYPlot p = xy();
    double a = p.getDomainAxis().java2DToValue(Math.min(x1, x2), area, p.getDomainAxisEdge());
    double b = p.getDomainAxis().java2DToValue(Math.max(x1, x2), area, p.getDomainAxisEdge());
    double c = p.getRangeAxis().java2DToValue(Math.max(y1, y2), area, p.getRangeAxisEdge());
    double d = p.getRangeAxis().java2DToValue(Math.min(y1, y2), area, p.getRangeAxisEdge());
    if (b > a && d > c) zoom = new double[] { a, b, c, d };
    render();
  }

  public void resetZoom() {
    zoom = null;
    render();
  }

  /** The visible domain range {low, high} of an XY chart, else null. */
  public double[] domainRange() {
    if (!isXy()) return null;
    Range r = xy().getDomainAxis().getRange();
    return new double[] { r.getLowerBound(), r.getUpperBound() };
  }

  /** The run of the item under (x, y), or null. */
  public Run runAt(int x, int y) {
    if (info == null || plot == null) return null;
    ChartEntity e = info.getEntityCollection().getEntity(x, y);
    return e == null ? null : plot.runOf().apply(e);
  }

  /** Canvas-relative centre of the item that shows a run, or null when the chart does not show it. */
  public Point pointOf(Run run) {
    if (info == null || plot == null) return null;
    for (Object o : info.getEntityCollection().getEntities()) {
      if (o instanceof ChartEntity e && plot.runOf().apply(e) == run) {
        Rectangle2D b = e.getArea().getBounds2D();
        return new Point((int) b.getCenterX(), (int) b.getCenterY());
      }
    }
    return null;
  }

  /** The chart at the canvas size, as a PNG file (written to a temp file, then moved). */
  public void savePng(Path file) throws IOException {
    if (image == null) throw new IllegalStateException("nothing is charted");
    ImageLoader l = new ImageLoader();
    l.data = new ImageData[] { image.getImageData() };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    l.save(out, SWT.IMAGE_PNG);
    ScenarioResources.writeAtomically(file, out.toByteArray(), false);
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

  public void dispose() {
    if (image != null) image.dispose();
  }
}
