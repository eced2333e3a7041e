package org.slicewright.whatif;

/**
 * A what-if whose results CSV can be written a row per finished run, so an interrupted sweep keeps
 * the rows it finished.
 */
public interface StreamedCsv<R> {
  String csvHeader();

  String csvRow(R result);
}
