package org.slicewright.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slicewright.whatif.StreamedCsv;
import org.slicewright.whatif.WhatIf;

/**
 * The results CSV of a sweep, a row per run as it finishes, so that a sweep stopped by a crash or a
 * kill leaves the rows it finished on disk; the what-if rewrites the file in plan order when it ends.
 * For a what-if without streamed rows it does nothing.
 */
final class ResultRows<R> implements AutoCloseable {
  private final StreamedCsv<R> csv;
  private final Path file;
  private final BufferedWriter w;

  private ResultRows(StreamedCsv<R> csv, Path file, BufferedWriter w) {
    this.csv = csv;
    this.file = file;
    this.w = w;
  }

  @SuppressWarnings("unchecked")
  static <R> ResultRows<R> open(Path dir, WhatIf<?, R> whatIf) throws IOException {
    if (!(whatIf instanceof StreamedCsv<?> streamed)) return new ResultRows<>(null, null, null);
    // A streamed what-if's results are its rows (the cast holds by StreamedCsv's contract).
    StreamedCsv<R> csv = (StreamedCsv<R>) streamed;
    Path file = dir.resolve("results.csv");
    BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    w.write(csv.csvHeader());
    w.newLine();
    w.flush();
    return new ResultRows<>(csv, file, w);
  }

  /** Appends a finished run's row (called one run at a time). */
  void add(R result) {
    if (w == null) return;
    try {
      w.write(csv.csvRow(result));
      w.newLine();
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes the file when no run finished: a header alone would read as an empty result. */
  void discard() throws IOException {
    if (w == null) return;
    w.close();
    Files.deleteIfExists(file);
  }

  @Override
  public void close() throws IOException {
    if (w != null) w.close();
  }
}
