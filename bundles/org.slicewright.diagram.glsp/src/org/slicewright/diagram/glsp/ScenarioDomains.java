package org.slicewright.diagram.glsp;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The scenarios an application has open, by file. A diagram session whose source file is registered
 * here edits that editing domain (the workbench editor's model and command stack) instead of loading a
 * second copy, so undo, dirty state and save stay the editor's. Files not registered are loaded by the
 * session itself (the stand-alone server of the CLI and the browser tests).
 */
public final class ScenarioDomains {

  /**
   * An open scenario.
   *
   * @param domain the editor's editing domain
   * @param modelThread runs a model change and returns when it is done (the workbench passes its UI
   *        thread, whose viewers must see notifications on that thread)
   * @param save saves the scenario the way the editor does
   */
  public record Entry(EditingDomain domain, Executor modelThread, Runnable save) {
  }

  private final Map<Path, Entry> open = new ConcurrentHashMap<>();
  private final Map<Path, Map<String, List<String>>> overlays = new ConcurrentHashMap<>();
  private final Map<Path, List<Runnable>> overlayListeners = new ConcurrentHashMap<>();

  public void register(Path file, Entry entry) {
    open.put(key(file), entry);
  }

  public void unregister(Path file) {
    open.remove(key(file));
  }

  public Optional<Entry> find(Path file) {
    return Optional.ofNullable(open.get(key(file)));
  }

  /**
   * Results drawn over a scenario's diagrams: CSS classes by element id (see {@link RunOverlays}); an
   * empty map clears them. Every open diagram of the file redraws.
   */
  public void setOverlay(Path file, Map<String, List<String>> classesById) {
    overlays.put(key(file), Map.copyOf(classesById));
    overlayListeners.getOrDefault(key(file), List.of()).forEach(Runnable::run);
  }

  public Map<String, List<String>> overlay(Path file) {
    return overlays.getOrDefault(key(file), Map.of());
  }

  /** Registers a redraw for overlay changes of a file; returns what unregisters it. */
  public Runnable onOverlayChange(Path file, Runnable redraw) {
    overlayListeners.computeIfAbsent(key(file), k -> new CopyOnWriteArrayList<>()).add(redraw);
    return () -> overlayListeners.getOrDefault(key(file), List.of()).remove(redraw);
  }

  private static Path key(Path file) {
    return file.toAbsolutePath().normalize();
  }
}
