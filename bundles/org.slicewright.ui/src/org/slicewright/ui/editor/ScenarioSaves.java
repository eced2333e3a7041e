package org.slicewright.ui.editor;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Announces that a scenario editor saved its scenario, to whoever listens (validation on save, for
 * one), so the editor does not name the views that react.
 */
public final class ScenarioSaves {
  private static final List<Consumer<ScenarioEditor>> LISTENERS = new CopyOnWriteArrayList<>();

  private ScenarioSaves() {
  }

  /** Registers a listener; the returned action removes it. */
  public static Runnable listen(Consumer<ScenarioEditor> listener) {
    LISTENERS.add(listener);
    return () -> LISTENERS.remove(listener);
  }

  static void saved(ScenarioEditor editor) {
    for (Consumer<ScenarioEditor> l : LISTENERS) l.accept(editor);
  }
}
