package org.slicewright.sim.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * A study the planner is adding to a scenario, over elements already drawn: what is wrong with its
 * settings (checked as the planner types, before anything changes) and the elements it adds.
 */
public interface StudyDraft {
  /** Problems that keep the study from running, each naming the element or setting; empty when it can be added. */
  List<String> problems();

  /** The changes that add the study; only called when {@link #problems()} is empty. */
  List<Addition> additions();

  /** Applies the additions directly (headless use and tests), after checking there is no problem. */
  default void apply() {
    List<String> p = problems();
    if (!p.isEmpty()) throw new IllegalArgumentException(String.join("; ", p));
    for (Addition a : new ArrayList<>(additions())) a.apply();
  }
}
