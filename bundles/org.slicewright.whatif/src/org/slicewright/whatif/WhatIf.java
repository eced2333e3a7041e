package org.slicewright.whatif;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.slicewright.data.traces.TraceFormatException;
import org.slicewright.model.scenario.Run;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.report.ReportDocument;
import org.slicewright.sim.ProgressMonitor;
import org.slicewright.sim.scenario.RunKind;

/**
 * One study kind's what-if, the contract the command line, the workbench and the cluster workers all
 * use: whether it applies to a scenario, its plan (independent run specifications, validated before
 * any work starts), one run of a specification, and what its results become (model runs, CSV files,
 * report pages). A run is a pure function of its specification (the seed is part of it), so the
 * same plan gives the same results on any thread count or member.
 *
 * @param <S> a run's specification
 * @param <R> a run's result
 */
public interface WhatIf<S, R> {
  /** The study's name on the command line ({@code --study}) and in folder names: "pooling". */
  String name();

  /** The kind of the runs it stores ({@code OTHER} when it stores none). */
  RunKind kind();

  /** The study's name as menus and reports show it: "Pooling". */
  String title();

  boolean appliesTo(Scenario s);

  /**
   * The runs of the scenario's study under these options.
   *
   * @throws IllegalArgumentException when the engines refuse the study, with a message naming what is wrong
   * @throws IOException when data the study needs (digits, traces) cannot be read
   */
  WhatIfPlan<S> plan(Scenario s, WhatIfOptions options) throws IOException, TraceFormatException;

  /** Runs one specification; stops with {@code CanceledException} at the monitor's cancel. */
  R run(S spec, ProgressMonitor monitor) throws IOException;

  /** A specification as messages name it (policy, parameters, seed). */
  String describe(S spec);

  /** Whether a run can be sent to a cluster worker: its specification and result are serialisable values. */
  default boolean distributable() {
    return false;
  }

  /** Whether the finished runs of a cancelled plan are worth writing (a sweep's are; a half-trained study's are not). */
  default boolean keepsFinishedRuns() {
    return false;
  }

  /** The results as model runs, numbered from {@code firstId}. */
  List<Run> toRuns(Scenario s, List<R> results, int firstId);

  /** Further model changes the results make (for example a twin's measured utilisation), applied with the runs. */
  default List<FeatureChange> changes(Scenario s, List<R> results) {
    return List.of();
  }

  /** Writes the results' CSV files into {@code dir} (replacing each atomically) and returns their names. */
  List<String> writeCsv(Path dir, WhatIfResults<S, R> results) throws IOException;

  /** The report: settings, tables and charts of the results, and QoAIS compliance where the services require it. */
  ReportDocument report(WhatIfResults<S, R> results);

  /** What the command line prints after writing: a line per policy or requirement checked, then a headline naming {@code dir}. */
  List<String> summaryLines(WhatIfResults<S, R> results, Path dir);
}
