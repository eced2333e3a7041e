package org.slicewright.sim.scenario;

import org.slicewright.model.scenario.Run;

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

  public static RunKind of(Run run) {
    if (PoolingRunRecords.isPooling(run)) return POOLING;
    if (EdgeRunRecords.isEdge(run)) return EDGE;
    if (OffloadingRunRecords.isOffloading(run)) return OFFLOADING;
    if (TwinRunRecords.isTwin(run)) return TWINS;
    return OTHER;
  }
}
