package org.slicewright.model.util;

import java.util.ArrayList;
import java.util.List;

import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.slicing.AIService;
import org.slicewright.model.slicing.Service;
import org.slicewright.model.slicing.Slice;

/** The AI services a scenario's slices carry, in model order. */
public final class AiServices {
  private AiServices() {
  }

  public static List<AIService> of(Scenario s) {
    List<AIService> out = new ArrayList<>();
    for (Slice sl : s.getSlices()) for (Service svc : sl.getServices()) if (svc instanceof AIService ai) out.add(ai);
    return out;
  }
}
