package org.slicewright.sim.scenario;

import java.util.Comparator;
import java.util.function.Function;

import org.slicewright.model.scenario.Run;

/**
 * One column of a table of stored runs: its CSV key, its header in words with the unit, the cell text of
 * a run and the order the column sorts by (numbers as numbers, runs without the value first).
 */
public record ResultColumn(String key, String header, Function<Run, String> text, Comparator<Run> order) {
}
