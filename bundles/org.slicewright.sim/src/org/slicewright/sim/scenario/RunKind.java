package org.slicewright.sim.scenario;

import java.util.ArrayList;
import java.util.List;

import org.slicewright.model.scenario.Run;
import org.slicewright.model.scenario.Scenario;

/**
 * A kind of study, and the one a stored run belongs to (read from its parameters). The workbench shows each kind's runs
 * in their own table columns and charts, since their parameters and metrics differ.
 */
public enum RunKind {
  POOLING("Pooling"), EDGE("Edge"), OFFLOADING("Offloading"), TWINS("Twins"), OTHER("Other");

  private final String title;

  RunKind(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }

  /** The studies a scenario holds, in the order the workbench offers them. */
  public static List<RunKind> studiesOf(Scenario s) {
    List<RunKind> out = new ArrayList<>();
    if (PoolingScenarioMapper.hasPoolingStudy(s)) out.add(POOLING);
    if (EdgeScenarioMapper.hasSelectionPolicies(s)) out.add(EDGE);
    if (OffloadingScenarioMapper.hasOffloadingPolicies(s)) out.add(OFFLOADING);
    if (TwinScenarioMapper.hasTwinStudy(s)) out.add(TWINS);
    return out;
  }

  public static RunKind of(Run run) {
    if (PoolingRunRecords.isPooling(run)) return POOLING;
    if (EdgeRunRecords.isEdge(run)) return EDGE;
    if (OffloadingRunRecords.isOffloading(run)) return OFFLOADING;
    if (TwinRunRecords.isTwin(run)) return TWINS;
    return OTHER;
  }
}
