package org.slicewright.model.util;

import org.slicewright.model.pooling.PoolingFactory;
import org.slicewright.model.pooling.ResourceUnitCostModel;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.scenario.ScenarioFactory;
import org.slicewright.model.topology.Network;
import org.slicewright.model.topology.TopologyFactory;
import org.slicewright.model.twins.TwinModelConfig;
import org.slicewright.model.twins.TwinsFactory;

/**
 * The scenario a planner starts from when not starting from an example: an empty network and the
 * default cost and twin models, which is the least a scenario needs to validate clean.
 */
public final class EmptyScenario {
  private EmptyScenario() {
  }

  /** An empty but valid scenario with the given id and name. */
  public static Scenario create(String id, String name) {
    Scenario s = ScenarioFactory.eINSTANCE.createScenario();
    s.setId(id);
    s.setName(name);
    Network n = TopologyFactory.eINSTANCE.createNetwork();
    n.setId(id + "-network");
    n.setName("Network");
    s.setNetwork(n);
    ResourceUnitCostModel cost = PoolingFactory.eINSTANCE.createResourceUnitCostModel();
    cost.setId(id + "-ru-costs");
    cost.setName("RU cost model of the resource-pooling study");
    s.setCostModel(cost);
    TwinModelConfig tm = TwinsFactory.eINSTANCE.createTwinModelConfig();
    tm.setId(id + "-twin-model");
    tm.setName("Twin model");
    s.setTwinModel(tm);
    return s;
  }
}
