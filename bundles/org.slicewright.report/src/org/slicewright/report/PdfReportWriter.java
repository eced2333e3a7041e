package org.slicewright.report;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.slicewright.model.util.ScenarioResources;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/** Writes a report as PDF with OpenPDF (LGPL/MPL): charts as images scaled to the page width. Written atomically. */
public final class PdfReportWriter {
  private PdfReportWriter() {
  }

  public static byte[] render(ReportDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document pdf = new Document(PageSize.A4, 40, 40, 40, 40);
    try {
      PdfWriter writer = PdfWriter.getInstance(pdf, out);
      // A chart that does not fit on the page moves to the next with everything after it; by default
      // the text after it would flow ahead of it and leave its heading and caption out of place.
      writer.setStrictImageSequence(true);
      pdf.addTitle(doc.title());
      pdf.addCreator("Slicewright");
      pdf.open();
      Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
      Font h2 = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
      Font body = FontFactory.getFont(FontFactory.HELVETICA, 9);
      Font small = FontFactory.getFont(FontFactory.HELVETICA, 7);
      Font smallBold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 7);
      pdf.add(new Paragraph(doc.title(), title));
      float width = pdf.getPageSize().getWidth() - pdf.leftMargin() - pdf.rightMargin();
      List<ReportDocument.Block> blocks = doc.blocks();
      for (int i = 0; i < blocks.size(); i++) {
        ReportDocument.Block block = blocks.get(i);
        if (block instanceof ReportDocument.Heading h) {
          // A heading goes with what follows it, a chart whole: never alone at the foot of a page.
          ReportDocument.Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
          float room = next instanceof ReportDocument.Chart c ? HEADING_ROOM / 4 + width * c.height() / (float) c.width() : HEADING_ROOM;
          keepWithNext(pdf, writer, Math.min(room, pdf.getPageSize().getHeight() - pdf.topMargin() - pdf.bottomMargin()));
          Paragraph p = new Paragraph(h.text(), h2);
          p.setSpacingBefore(10);
          p.setSpacingAfter(4);
          pdf.add(p);
        } else if (block instanceof ReportDocument.Paragraph p) {
          pdf.add(new Paragraph(p.text(), body));
        } else if (block instanceof ReportDocument.KeyValues kv) {
          PdfPTable t = new PdfPTable(new float[] { 1, 3 });
          t.setWidthPercentage(100);
          for (String[] row : kv.rows()) {
            t.addCell(cell(row[0], smallBold, null));
            t.addCell(cell(row[1], small, null));
          }
          pdf.add(t);
        } else if (block instanceof ReportDocument.Table tb) {
          if (tb.caption() != null && !tb.caption().isBlank()) {
            keepWithNext(pdf, writer, TITLE_ROOM);
            Paragraph caption = new Paragraph(tb.caption(), smallBold);
            caption.setSpacingBefore(4);
            pdf.add(caption);
          }
          PdfPTable t = new PdfPTable(tb.header().size());
          t.setWidthPercentage(100);
          t.setHeaderRows(1);
          for (String h : tb.header()) t.addCell(cell(h, smallBold, new Color(230, 230, 250)));
          for (var row : tb.rows()) for (String c : row) t.addCell(cell(c, small, null));
          t.setSpacingBefore(4);
          pdf.add(t);
        } else if (block instanceof ReportDocument.Chart c) {
          Image img = Image.getInstance(ChartImages.png(c));
          img.scaleToFit(width, width * c.height() / (float) c.width());
          img.setAlignment(Element.ALIGN_CENTER);
          pdf.add(img);
          pdf.add(new Paragraph(c.caption(), small));
        }
      }
      pdf.close();
    } catch (DocumentException e) {
      throw new IOException("PDF report: " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  /** Points a heading or a table title needs below it on the page (itself and a few lines of what follows). */
  private static final float HEADING_ROOM = 120, TITLE_ROOM = 60;

  /** Starts a new page when less than {@code room} points are left on this one. */
  private static void keepWithNext(Document pdf, PdfWriter writer, float room) {
    if (writer.getVerticalPosition(true) - pdf.bottom() < room) pdf.newPage();
  }

  private static PdfPCell cell(String text, Font font, Color bg) {
    PdfPCell c = new PdfPCell(new Phrase(text == null ? "" : text, font));
    if (bg != null) c.setBackgroundColor(bg);
    c.setPadding(2);
    return c;
  }

  public static void write(ReportDocument doc, Path file) throws IOException {
    ScenarioResources.writeAtomically(file, render(doc), false);
  }
}
