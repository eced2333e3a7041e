package org.slicewright.model.util;

import org.slicewright.model.scenario.Scenario;

/** How commands and reports name a scenario: its name when it has one, its id always where ids matter. */
public final class ScenarioNames {
  private ScenarioNames() {
  }

  /** The name, else the id: for report titles. */
  public static String title(Scenario s) {
    return s.getName() == null ? s.getId() : s.getName();
  }

  /** "id (name)", or the id alone: for summaries, where the id finds the scenario again. */
  public static String idAndName(Scenario s) {
    return s.getId() + (s.getName() == null ? "" : " (" + s.getName() + ")");
  }
}
