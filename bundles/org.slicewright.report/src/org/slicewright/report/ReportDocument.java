package org.slicewright.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jfree.chart.JFreeChart;

/**
 * A report as a sequence of blocks (headings, paragraphs, key/value summaries, tables, charts) that
 * each writer (HTML, PDF) renders in its own way, so the CLI and the workbench export the same content.
 */
public final class ReportDocument {
  /** One block of a report. */
  public sealed interface Block permits Heading, Paragraph, KeyValues, Table, Chart {
  }

  public record Heading(String text) implements Block {
  }

  public record Paragraph(String text) implements Block {
  }

  public record KeyValues(List<String[]> rows) implements Block {
  }

  public record Table(String caption, List<String> header, List<List<String>> rows) implements Block {
  }

  /** A chart with the pixel size it is rendered at and a caption saying what it shows. */
  public record Chart(JFreeChart chart, int width, int height, String caption) implements Block {
  }

  private final String title;
  private final List<Block> blocks = new ArrayList<>();

  public ReportDocument(String title) {
    this.title = title;
  }

  public String title() { return title; }

  public List<Block> blocks() { return Collections.unmodifiableList(blocks); }

  public ReportDocument add(Block b) {
    blocks.add(b);
    return this;
  }

  public ReportDocument heading(String text) { return add(new Heading(text)); }

  public ReportDocument paragraph(String text) { return add(new Paragraph(text)); }
}
