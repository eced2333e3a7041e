package org.slicewright.sim.scenario;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.util.ScenarioResources;
import org.slicewright.sim.pooling.PoolingConfig;
import org.slicewright.sim.pooling.PoolingMemory;
import org.slicewright.sim.sweep.PoolingSweep;

class PoolingScenarioMapperTest {
  static Scenario example() throws Exception {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path f = p.resolve("examples/pooling-32ap/pooling-32ap.slicewright");
      if (Files.exists(f)) return ScenarioResources.load(f);
    }
    throw new IllegalStateException("no examples folder");
  }

  @Test
  void theExampleMapsToTheCaseStudySweep() throws Exception {
    PoolingPlan plan = PoolingScenarioMapper.plan(example(), 0, 0, false);
    assertEquals(6 * 4, plan.runs().size(), "k in {1, 2, 4, 8, 16, 32} x lambda max in {1, 2, 5, 10}");
    PoolingConfig first = plan.runs().get(0);
    assertEquals(32, first.apCount());
    assertEquals(1, first.k());
    assertEquals(1.0, first.lambdaMax());
    assertEquals(10, first.dataUnitSamples());
    assertEquals(5, first.localEpochs());
    // 1.5 GFLOP/s over 10 digits x 5 epochs x 1.27 MFLOP per digit; 1 Gbit/s over 10 x 784 bytes.
    assertEquals(23.6, first.capacity().trainingUnitsPerTick()[0], 0.05);
    assertEquals(15944, first.capacity().linkUnitsPerTick()[0], 1);
    assertEquals(200, first.hiddenUnits());
    assertEquals(0.01, first.learningRate());
    assertEquals(10, first.aggregationPeriod());
    assertEquals(32, plan.runs().get(23).k());
    assertEquals(10.0, plan.runs().get(23).lambdaMax());
    assertEquals("kmeans(location+rate)", first.policy());
  }

  @Test
  void quickPlanIsSmall() throws Exception {
    PoolingPlan plan = PoolingScenarioMapper.plan(example(), 2, 1, true);
    assertEquals(6 * 4 * 2, plan.runs().size());
    assertEquals(50, plan.runs().get(0).ticks());
    assertEquals(1, plan.threads());
  }

  @Test
  void impossibleSweepsNameTheElement() throws Exception {
    Scenario s = example();
    s.getSweeps().get(0).setSubPoolsTo(40);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PoolingScenarioMapper.plan(s, 0, 0, false));
    assertEquals("sweep 'sweep-k-lambda': k = 40 sub-pools but pool 'digit-pool' has only 32 APs", e.getMessage());
    Scenario t = example();
    t.getSweeps().get(0).getLambdaMaxValues().set(1, 0.0);
    e = assertThrows(IllegalArgumentException.class, () -> PoolingScenarioMapper.plan(t, 0, 0, false));
    assertEquals("sweep 'sweep-k-lambda': lambda max must be > 0, is 0.0", e.getMessage());
  }

  @Test
  void twinRatesAreUsedWhenAsked() throws Exception {
    Scenario s = example();
    s.getPoolingStudies().get(0).setUseTwinRates(true);
    PoolingConfig c = PoolingScenarioMapper.baseConfig(s, s.getPoolingStudies().get(0));
    assertNotNull(c.apRates());
    assertEquals(s.getLevelOneTwins().get(0).getArrivalRate(), c.apRates()[0]);
  }

  @Test
  void aSweepThatCannotFitInMemoryIsRefusedWithTheEstimate() throws Exception {
    Scenario s = example();
    PoolingPlan plan = PoolingScenarioMapper.plan(s, 1, 2, false);
    // The example: 33 models of 159 010 weights at most, about 85 MB per run.
    long largest = plan.runs().stream().mapToLong(PoolingMemory::bytes).max().orElseThrow();
    assertEquals(33L * (785 * 200 + 201 * 10) * 16 + 200L * 32 * 4, largest);
    PoolingMemory.check(plan.runs(), 2, 1L << 30);
    s.getPoolingStudies().get(0).getLearning().setHiddenUnits(4096);
    List<PoolingConfig> big = PoolingSweep.grid(PoolingScenarioMapper.baseConfig(s, s.getPoolingStudies().get(0)), new int[] { 1, 32 }, new double[] { 1 }, 1, 1);
    Exception e = assertThrows(IllegalArgumentException.class, () -> PoolingMemory.check(big, 2, 2L << 30));
    assertTrue(e.getMessage().startsWith("the sweep needs about 3.4 GB of memory (2 runs at once, the largest with k = 32 sub-pools of 4096 hidden units"),
        e.getMessage());
  }
}
