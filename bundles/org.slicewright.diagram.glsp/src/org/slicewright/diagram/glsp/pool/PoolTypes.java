package org.slicewright.diagram.glsp.pool;

/** Element type ids of the pool diagram, shared with the web client (topology-diagram.ts). */
public final class PoolTypes {
  public static final String DIAGRAM_TYPE = "slicewright-pool";
  /** A sub-pool: a container of VAPs, headed by its AVAP's totals. */
  public static final String SUB_POOL = "subpool";
  /** The VAPs of the pool that no sub-pool holds yet. */
  public static final String UNASSIGNED = "unassigned";
  public static final String VAP = "vap";
  public static final String HEADING = "label:heading";
  public static final String NAME = "label:name";
  /** Client option naming the secondary pool to draw (default: the scenario's first). */
  public static final String POOL_OPTION = "pool";

  static final double VAP_WIDTH = 110, VAP_HEIGHT = 30, GAP = 10, HEADER = 34, COLUMNS = 3;

  private PoolTypes() {
  }
}
