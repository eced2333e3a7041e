package org.slicewright.diagram.glsp.pool;

import org.slicewright.diagram.glsp.ScenarioModelState;
import org.slicewright.model.pooling.SecondaryPool;
import org.slicewright.model.scenario.Scenario;

/** Which secondary pool a pool diagram shows: the one named by the client's "pool" option, or the first. */
final class PoolSelection {
  private PoolSelection() {
  }

  static SecondaryPool pool(ScenarioModelState state) {
    Scenario s = state.getScenario();
    String id = state.getClientOptions() == null ? null : state.getClientOptions().get(PoolTypes.POOL_OPTION);
    for (SecondaryPool p : s.getSecondaryPools()) if (id == null || id.isBlank() || id.equals(p.getId())) return p;
    return null;
  }
}
