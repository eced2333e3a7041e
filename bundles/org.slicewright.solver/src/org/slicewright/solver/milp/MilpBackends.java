package org.slicewright.solver.milp;

import java.util.List;
import java.util.Locale;

/**
 * The MILP backends and the choice between them: ojAlgo (pure Java, always there, the default) and
 * OR-Tools' SCIP (native, Linux x86-64). Asking for OR-Tools where its native libraries do not load
 * gives ojAlgo, with the reason, so a plan is always made.
 */
public final class MilpBackends {
  /** The backend names, as the command line and the preferences take them. */
  public static final List<String> NAMES = List.of(OjAlgoBackend.NAME, OrToolsBackend.NAME);

  private MilpBackends() {
  }

  /** A backend chosen by name, and why it is not the one asked for (or {@code null}). */
  public record Choice(MilpBackend backend, String fallbackReason) {
  }

  public static MilpBackend defaultBackend() {
    return new OjAlgoBackend();
  }

  /** The backend {@code name} names; OR-Tools falls back to ojAlgo when its natives cannot load. */
  public static Choice named(String name) {
    String n = name == null ? OjAlgoBackend.NAME : name.strip().toLowerCase(Locale.ROOT);
    if (n.equals(OjAlgoBackend.NAME)) return new Choice(new OjAlgoBackend(), null);
    if (n.equals(OrToolsBackend.NAME)) {
      String why = OrToolsNatives.unavailableReason();
      return why == null ? new Choice(new OrToolsBackend(), null) : new Choice(new OjAlgoBackend(), "OR-Tools is not available here (" + why + "); solved with ojAlgo");
    }
    throw new IllegalArgumentException("unknown solver '" + name + "'; the solvers are " + String.join(", ", NAMES));
  }
}
