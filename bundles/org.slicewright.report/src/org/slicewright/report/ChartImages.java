package org.slicewright.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.jfree.chart.ChartUtils;

/** Renders report charts to PNG bytes (AWT in headless mode: no display is needed). */
public final class ChartImages {
  private ChartImages() {
  }

  public static byte[] png(ReportDocument.Chart c) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ChartUtils.writeChartAsPNG(out, c.chart(), c.width(), c.height());
    return out.toByteArray();
  }
}
