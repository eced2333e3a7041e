package org.slicewright.ui.whatif;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.scenario.ScenarioFactory;
import org.slicewright.model.scenario.Sweep;
import org.slicewright.sim.scenario.PoolingPlan;
import org.slicewright.sim.scenario.PoolingScenarioMapper;
import org.slicewright.ui.prefs.SlicewrightPreferences;

/**
 * What the Run What-If wizard asks: the sweep's sub-pool range, lambda max values, seeds, threads and
 * whether to run the quick variant. The plan is built on a copy of the scenario, so choosing settings
 * never edits the model; only finished runs are added to it.
 */
public record WhatIfSettings(int subPoolsFrom, int subPoolsTo, List<Double> lambdaMaxValues, int seeds, int threads, boolean quick) {
  /** The scenario's first sweep (or one run at the study's k and lambda max). */
  public static WhatIfSettings of(Scenario s, int threads) {
    if (s.getSweeps().isEmpty()) {
      double l = s.getPoolingStudies().isEmpty() ? 10 : s.getPoolingStudies().get(0).getLambdaMax();
      return new WhatIfSettings(1, 1, List.of(l), 1, threads, SlicewrightPreferences.quick());
    }
    Sweep w = s.getSweeps().get(0);
    return new WhatIfSettings(w.getSubPoolsFrom(), w.getSubPoolsTo(), new ArrayList<>(w.getLambdaMaxValues()), w.getSeeds(), threads, SlicewrightPreferences.quick());
  }

  /** @throws IllegalArgumentException with a message naming the bad setting */
  public PoolingPlan plan(Scenario s) {
    if (!PoolingScenarioMapper.hasPoolingStudy(s)) throw new IllegalArgumentException("scenario '" + s.getId() + "' has no pooling study to run");
    if (lambdaMaxValues.isEmpty()) throw new IllegalArgumentException("give at least one lambda max value");
    Scenario copy = EcoreUtil.copy(s);
    Sweep w = copy.getSweeps().isEmpty() ? ScenarioFactory.eINSTANCE.createSweep() : copy.getSweeps().get(0);
    if (copy.getSweeps().isEmpty()) {
      w.setId("what-if");
      copy.getSweeps().add(w);
    }
    w.setSubPoolsFrom(subPoolsFrom);
    w.setSubPoolsTo(subPoolsTo);
    w.getLambdaMaxValues().clear();
    w.getLambdaMaxValues().addAll(lambdaMaxValues);
    w.setSeeds(seeds);
    return PoolingScenarioMapper.plan(copy, seeds, threads, quick);
  }
}
