package org.slicewright.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

import org.slicewright.model.util.ScenarioResources;

/**
 * Writes a report as one self-contained HTML file: charts are embedded as base64 PNG images, styles
 * are inline, so the file can be mailed or archived alone. Written atomically.
 */
public final class HtmlReportWriter {
  private HtmlReportWriter() {
  }

  public static String render(ReportDocument doc) throws IOException {
    StringBuilder b = new StringBuilder(1 << 16);
    b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(doc.title())).append("</title>\n")
        .append("<style>body{font-family:DejaVu Sans,Arial,sans-serif;margin:2em auto;max-width:1100px;color:#222}")
        .append("h1{font-size:1.6em}h2{font-size:1.25em;margin-top:1.6em;border-bottom:1px solid #ccc}")
        .append("table{border-collapse:collapse;margin:.6em 0;font-size:.85em}td,th{border:1px solid #bbb;padding:3px 7px;text-align:right}")
        .append("th{background:#eef}td:first-child,th:first-child{text-align:left}figure{margin:1em 0}figcaption{font-size:.85em;color:#555}")
        .append("img{max-width:100%}</style></head><body>\n");
    b.append("<h1>").append(esc(doc.title())).append("</h1>\n");
    for (ReportDocument.Block block : doc.blocks()) {
      if (block instanceof ReportDocument.Heading h) {
        b.append("<h2>").append(esc(h.text())).append("</h2>\n");
      } else if (block instanceof ReportDocument.Paragraph p) {
        b.append("<p>").append(esc(p.text())).append("</p>\n");
      } else if (block instanceof ReportDocument.KeyValues kv) {
        b.append("<table class=\"summary\">\n");
        for (String[] row : kv.rows()) b.append("<tr><th>").append(esc(row[0])).append("</th><td>").append(esc(row[1])).append("</td></tr>\n");
        b.append("</table>\n");
      } else if (block instanceof ReportDocument.Table t) {
        b.append("<table class=\"results\">");
        if (t.caption() != null) b.append("<caption>").append(esc(t.caption())).append("</caption>");
        b.append("\n<tr>");
        for (String h : t.header()) b.append("<th>").append(esc(h)).append("</th>");
        b.append("</tr>\n");
        for (var row : t.rows()) {
          b.append("<tr>");
          for (String c : row) b.append("<td>").append(esc(c)).append("</td>");
          b.append("</tr>\n");
        }
        b.append("</table>\n");
      } else if (block instanceof ReportDocument.Chart c) {
        b.append("<figure><img alt=\"").append(esc(c.caption())).append("\" width=\"").append(c.width()).append("\" src=\"data:image/png;base64,")
            .append(Base64.getEncoder().encodeToString(ChartImages.png(c))).append("\"><figcaption>").append(esc(c.caption()))
            .append("</figcaption></figure>\n");
      }
    }
    return b.append("</body></html>\n").toString();
  }

  public static void write(ReportDocument doc, Path file) throws IOException {
    ScenarioResources.writeAtomically(file, render(doc).getBytes(StandardCharsets.UTF_8), false);
  }

  static String esc(String s) {
    if (s == null) return "";
    StringBuilder b = new StringBuilder(s.length());
    for (char ch : s.toCharArray()) {
      switch (ch) {
        case '<':
          b.append("&lt;");
          break;
        case '>':
          b.append("&gt;");
          break;
        case '&':
          b.append("&amp;");
          break;
        case '"':
          b.append("&quot;");
          break;
        default:
          b.append(ch);
      }
    }
    return b.toString();
  }
}
