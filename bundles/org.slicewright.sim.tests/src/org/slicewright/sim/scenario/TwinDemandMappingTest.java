package org.slicewright.sim.scenario;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import org.slicewright.data.traces.DemandTraces;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.slicing.AIService;
import org.slicewright.model.topology.Node;
import org.slicewright.model.topology.TopologyFactory;
import org.slicewright.model.topology.UserDeviceGroup;
import org.slicewright.model.twins.LevelOneTwin;
import org.slicewright.model.twins.TwinsFactory;
import org.slicewright.examples.Examples;

/** The offloading engine takes its demand from the level-one twins when the scenario has them. */
class TwinDemandMappingTest {
  @Test
  void offloadingDemandFollowsTheTwinsOfEachVnf() {
    Scenario s = Examples.load("offloading-ddnn");
    assertNull(OffloadingScenarioMapper.twinTraces(s, 144), "no twins: synthetic demand");
    AIService ddnn = (AIService) s.getSlices().stream().flatMap(sl -> sl.getServices().stream()).filter(v -> v instanceof AIService).findFirst().orElseThrow();
    int i = 0;
    for (var vnf : ddnn.getFunctions()) {
      Node bs = vnf.getPlacements().get(0);
      UserDeviceGroup g = TopologyFactory.eINSTANCE.createUserDeviceGroup();
      g.setId("users-" + bs.getId());
      g.setAttachedTo(bs);
      s.getNetwork().getDeviceGroups().add(g);
      LevelOneTwin t = TwinsFactory.eINSTANCE.createLevelOneTwin();
      t.setId("twin-" + bs.getId());
      t.setGroup(g);
      t.setArrivalRate(10 + i);
      t.setDiurnalAmplitude(0.8);
      t.setPeakHour(i % 2 == 0 ? 6 : 18);
      t.setNoise(0.02);
      t.getServices().add(ddnn);
      s.getLevelOneTwins().add(t);
      i++;
    }
    DemandTraces d = OffloadingScenarioMapper.twinTraces(s, 144);
    assertNotNull(d);
    assertEquals(ddnn.getFunctions().stream().map(v -> v.getId()).toList(), d.names());
    // The first VNF's twin peaks at 06:00 (sample 36 of 144), the second's at 18:00 (sample 108).
    assertTrue(d.value(36, 0) > d.value(108, 0), "VNF 1 peaks in the morning");
    assertTrue(d.value(108, 1) > d.value(36, 1), "VNF 2 peaks in the evening");
    assertEquals(144, OffloadingScenarioMapper.config(s, true).traces().length() / 6, "six days of twin demand in quick mode");
  }

  @Test
  void aVnfWithoutTwinsKeepsEverySeriesSynthetic() {
    Scenario s = Examples.load("offloading-ddnn");
    AIService ddnn = (AIService) s.getSlices().stream().flatMap(sl -> sl.getServices().stream()).filter(v -> v instanceof AIService).findFirst().orElseThrow();
    UserDeviceGroup g = TopologyFactory.eINSTANCE.createUserDeviceGroup();
    g.setId("users-one");
    g.setAttachedTo(ddnn.getFunctions().get(0).getPlacements().get(0));
    s.getNetwork().getDeviceGroups().add(g);
    LevelOneTwin t = TwinsFactory.eINSTANCE.createLevelOneTwin();
    t.setId("twin-one");
    t.setGroup(g);
    t.getServices().add(ddnn);
    s.getLevelOneTwins().add(t);
    assertNull(OffloadingScenarioMapper.twinTraces(s, 144));
  }
}
