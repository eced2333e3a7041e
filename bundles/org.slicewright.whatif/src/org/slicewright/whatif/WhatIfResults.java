package org.slicewright.whatif;

import java.util.List;

import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.util.ScenarioNames;
import org.slicewright.sim.sweep.SweepOutcome;

/**
 * A what-if's plan and what running it left, with what the files and report say about where it came from.
 *
 * @param source the scenario's file as the planner named it
 * @param wallS the wall-clock seconds the runs took
 */
public record WhatIfResults<S, R>(Scenario scenario, String source, List<S> plan, SweepOutcome<R> outcome, double wallS, WhatIfOptions options) {
  public List<R> results() {
    return outcome.results();
  }

  /** The scenario's name, else its id, for report titles. */
  public String scenarioName() {
    return ScenarioNames.title(scenario);
  }

  /** The first rows of every report's summary: the scenario and its file. */
  public List<String[]> origin() {
    return List.of(new String[] { "scenario", ScenarioNames.idAndName(scenario) },
        new String[] { "file", source });
  }
}
