package org.slicewright.interchange.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slicewright.interchange.ImportException;
import org.slicewright.interchange.SourceLocation;

/**
 * A CSV file (RFC 4180: commas, double quotes, quoted fields may hold commas, quotes and line
 * breaks) read into a header and records, each record knowing the line it starts on, so every
 * message can name file, line and column. Header names are matched case-insensitively.
 */
final class CsvTable {
  /** One record: its cells and the line it starts on. */
  record Row(List<String> cells, int line) {
  }

  private final String file;
  private final List<String> header;
  private final Map<String, Integer> columns = new HashMap<>();
  private final List<Row> rows;

  private CsvTable(String file, List<String> header, List<Row> rows) {
    this.file = file;
    this.header = header;
    this.rows = rows;
    for (int i = 0; i < header.size(); i++) columns.putIfAbsent(normal(header.get(i)), i);
  }

  static CsvTable read(String file, Reader in) throws IOException, ImportException {
    List<Row> records = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false, afterQuote = false, any = false;
    int line = 1, start = 1;
    int first = in.read();
    // A byte-order mark (spreadsheets write one) is not part of the first header name.
    boolean lastWasCr = false;
    for (int c = first == '\uFEFF' ? in.read() : first; c != -1; c = in.read()) {
      // A CR LF pair ends one line; a lone CR (old Mac files) ends one too.
      boolean crlf = c == '\n' && lastWasCr;
      lastWasCr = c == '\r';
      if (quoted) {
        if (c == '"') {
          int next = in.read();
          if (next == '"') {
            cell.append('"');
            continue;
          }
          quoted = false;
          afterQuote = true;
          if (next == -1) break;
          c = next;
          crlf = false;
          lastWasCr = c == '\r';
        } else {
          if (c == '\r' || c == '\n' && !crlf) line++;
          cell.append((char) c);
          continue;
        }
      }
      if (c == '"') {
        if (cell.length() > 0 || afterQuote) throw new ImportException(new SourceLocation(file, line, cells.size() + 1), "a quote inside an unquoted field");
        quoted = true;
        any = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
        afterQuote = false;
        any = true;
      } else if (c == '\n' || c == '\r') {
        if (crlf) continue;
        if (any || cell.length() > 0) {
          cells.add(cell.toString());
          records.add(new Row(List.copyOf(cells), start));
        }
        cells.clear();
        cell.setLength(0);
        afterQuote = false;
        any = false;
        line++;
        start = line;
      } else {
        if (afterQuote) throw new ImportException(new SourceLocation(file, line, cells.size() + 1), "text after a closing quote");
        cell.append((char) c);
        any = true;
      }
    }
    if (quoted) throw new ImportException(new SourceLocation(file, start, cells.size() + 1), "a quoted field is not closed before the end of the file");
    if (any || cell.length() > 0) {
      cells.add(cell.toString());
      records.add(new Row(List.copyOf(cells), start));
    }
    if (records.isEmpty()) throw new ImportException(SourceLocation.of(file, 1), "the file is empty; it needs a header line");
    List<String> header = records.get(0).cells().stream().map(String::strip).toList();
    return new CsvTable(file, header, records.subList(1, records.size()));
  }

  static String normal(String name) {
    return name.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
  }

  String file() {
    return file;
  }

  List<String> header() {
    return header;
  }

  List<Row> rows() {
    return rows;
  }

  /** The index of the first of {@code names} the header has, or -1. */
  int column(String... names) {
    for (String n : names) {
      Integer i = columns.get(normal(n));
      if (i != null) return i;
    }
    return -1;
  }

  /** The cell of {@code row} in {@code column}, stripped; {@code null} when empty or absent. */
  String cell(Row row, int column) {
    if (column < 0 || column >= row.cells().size()) return null;
    String v = row.cells().get(column).strip();
    return v.isEmpty() ? null : v;
  }

  SourceLocation at(Row row, int column) {
    return new SourceLocation(file, row.line(), column + 1);
  }
}
