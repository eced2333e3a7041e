package org.slicewright.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

import org.jfree.chart.ChartUtils;

/** Renders report charts to PNG bytes (AWT in headless mode: no display is needed). */
public final class ChartImages {
  private ChartImages() {
  }

  public static byte[] png(ReportDocument.Chart c) throws IOException {
    // In memory, no disk cache: ImageIO's file cache registers a JVM shutdown hook, which fails
    // when the report is written after Ctrl-C (the CLI writes the report of the finished runs then).
    ImageIO.setUseCache(false);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ChartUtils.writeChartAsPNG(out, c.chart(), c.width(), c.height());
    return out.toByteArray();
  }
}
