package org.slicewright.diagram.glsp;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.glsp.server.types.GLSPServerException;
import org.slicewright.diagram.layout.TopologyLayout;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.topology.Network;
import org.slicewright.model.util.ScenarioResources;

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
  /** By network: weakly held, so a closed scenario's layout goes with it. */
  private final Map<Network, Map<String, TopologyLayout.Box>> autoLayouts = new WeakHashMap<>();

  public void register(Path file, Entry entry) {
    open.put(key(file), entry);
  }

  /**
   * Registers a scenario the application loaded, for every diagram of it to share, as the diagram
   * server of the command line does with the file it serves. Its pages then edit one model with one
   * undo history: the file is read once however often a page is opened or reloaded (16 MB and a
   * second for 50 000 nodes), an unsaved edit survives a reload, and each page shows the others'
   * edits. Changes run one at a time; Save writes the file and marks the model saved.
   */
  public void registerLoaded(Path file, Scenario scenario) {
    EditingDomain domain = ScenarioModelStorage.editingDomain(scenario.eResource().getResourceSet());
    Object modelLock = new Object();
    Executor oneAtATime = change -> {
      synchronized (modelLock) {
        change.run();
      }
    };
    register(file, new Entry(domain, oneAtATime, () -> oneAtATime.execute(() -> {
      try {
        ScenarioResources.save(scenario, file);
        ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
      } catch (IOException e) {
        throw new GLSPServerException("Could not save " + file + ": " + e.getMessage(), e);
      }
    })));
  }

  /**
   * The layout of a network's nodes that have no place of their own yet (an imported network), shared
   * by the diagrams of this application so that it is computed once, not on every page. It is computed
   * again when the network has an unplaced node the last layout did not place.
   */
  public Map<String, TopologyLayout.Box> autoLayout(Network net) {
    synchronized (autoLayouts) {
      Map<String, TopologyLayout.Box> known = autoLayouts.getOrDefault(net, Map.of());
      boolean missing = net.getNodes().stream().anyMatch(n -> n.getDiagramWidth() <= 0 && !known.containsKey(n.getId()));
      if (!missing) return known;
      Map<String, TopologyLayout.Box> computed = TopologyLayout.layout(net).nodes();
      autoLayouts.put(net, computed);
      return computed;
    }
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
