package org.slicewright.diagram.glsp;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.glsp.graph.GModelIndex;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.server.model.DefaultGModelState;
import org.eclipse.glsp.server.session.ClientSession;
import org.eclipse.glsp.server.session.ClientSessionListener;
import org.eclipse.glsp.server.session.ClientSessionManager;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.topology.Identified;

import com.google.inject.Inject;

/**
 * A diagram session's view of one scenario: the editing domain it edits (the workbench editor's, or
 * its own), with every change routed through {@link ModelThreadCommandStack}, and the scenario
 * element behind each drawn element. (GLSP's EMF integration, org.eclipse.glsp.server.emf, is not
 * published on Maven Central; this is the part of it the topology diagram needs.)
 */
public class ScenarioModelState extends DefaultGModelState implements ClientSessionListener {
  @Inject
  protected ClientSessionManager sessions;

  private EditingDomain domain;
  private ModelThreadCommandStack stack;
  private Executor modelThread;
  private BasicCommandStack editorStack;
  private boolean shared;
  private CommandStackListener editorChanges;
  private final Map<String, EObject> drawn = new HashMap<>();
  private Path file;
  private Runnable stopOverlay;

  @Override
  @Inject
  public void init() {
    super.init();
    sessions.addListener(this, clientId);
  }

  /**
   * @param shared true when the domain belongs to an editor: the session must then leave its model
   *        and undo history alone when it ends
   */
  public void setEditingDomain(EditingDomain domain, Executor modelThread, boolean shared) {
    this.domain = domain;
    this.shared = shared;
    this.editorStack = (BasicCommandStack) domain.getCommandStack();
    this.stack = new ModelThreadCommandStack(editorStack, modelThread);
    this.modelThread = modelThread;
    setCommandStack(stack);
  }

  /**
   * Reads the scenario where its changes are made (the workbench's UI thread, or one at a time with
   * the other pages of a served scenario), so a diagram is never drawn from a model halfway through
   * an edit.
   */
  public void readModel(Runnable read) {
    modelThread.execute(read);
  }

  /** The scenario file the diagram shows (set when the model is loaded). */
  public Path getFile() { return file; }

  void setFile(Path file, Runnable stopOverlay) {
    this.file = file;
    this.stopOverlay = stopOverlay;
  }

  public EditingDomain getEditingDomain() { return domain; }

  /** The scenario being drawn. */
  public Scenario getScenario() { return (Scenario) domain.getResourceSet().getResources().get(0).getContents().get(0); }

  /** Remembers which scenario element a drawn element shows (the factory calls it while drawing). */
  public void drawn(Identified element) {
    drawn.put(element.getId(), element);
  }

  public void clearDrawn() {
    drawn.clear();
  }

  /** The scenario element drawn under this id. */
  public Optional<EObject> element(String id) {
    return Optional.ofNullable(drawn.get(id));
  }

  public <T> Optional<T> element(String id, Class<T> type) {
    return element(id).filter(type::isInstance).map(type::cast);
  }

  /**
   * Calls {@code refresh} after every change the editor (not the diagram) makes to the model: an
   * edit in the tree or form pages, or an undo there.
   */
  public void onEditorChange(Runnable refresh) {
    editorChanges = e -> {
      if (!stack.changingFromDiagram()) refresh.run();
    };
    editorStack.addCommandStackListener(editorChanges);
  }

  /** The graph model's index, built once per model (see {@link GModelIdIndex}). */
  @Override
  protected GModelIndex getOrUpdateIndex(GModelRoot newRoot) {
    return GModelIdIndex.of(newRoot);
  }

  @Override
  public boolean isDirty() { return editorStack != null && editorStack.isSaveNeeded(); }

  @Override
  public void saveIsDone() {
    if (editorStack != null) editorStack.saveIsDone();
  }

  @Override
  public void sessionDisposed(ClientSession clientSession) {
    if (editorChanges != null) editorStack.removeCommandStackListener(editorChanges);
    if (stopOverlay != null) stopOverlay.run();
    drawn.clear();
    // An editor's domain stays as it is: closing the diagram must not touch the editor's model or
    // undo history. A session's own domain is simply dropped.
    if (!shared && domain != null) domain.getResourceSet().getResources().forEach(r -> r.unload());
  }
}
