package org.slicewright.diagram.glsp;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.actions.SaveModelAction;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.types.GLSPServerException;
import org.eclipse.glsp.server.utils.ClientOptionsUtil;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.util.ScenarioLoadException;
import org.slicewright.model.util.ScenarioResources;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Finds the scenario a diagram shows: the open editor's model when the workbench registered the file
 * in {@link ScenarioDomains}, otherwise the file itself, loaded (with the same clear errors as the
 * CLI) into a domain of the session's own. Over the diagram server the file is the one the server
 * handed the page out for ({@link ServedFile}), whatever the client asks.
 */
public class ScenarioModelStorage implements SourceModelStorage {
  @Inject
  protected ScenarioModelState state;
  @Inject
  protected ScenarioDomains domains;
  @Inject
  protected Provider<ActionDispatcher> dispatcher;
  /** The file the diagram server fixed for this connection; when set, the client's sourceUri is not read. */
  @Inject(optional = true)
  protected ServedFile served;

  @Override
  public void loadSourceModel(RequestModelAction action) {
    Path file = served != null ? served.path() : sourceFile(action.getOptions());
    Optional<ScenarioDomains.Entry> open = domains.find(file);
    if (open.isPresent()) {
      state.setEditingDomain(open.get().domain(), open.get().modelThread(), true);
    } else {
      ResourceSet rs = ScenarioResources.createResourceSet();
      try {
        ScenarioResources.load(rs, file);
      } catch (ScenarioLoadException e) {
        throw new GLSPServerException(e.getMessage(), e);
      }
      state.setEditingDomain(editingDomain(rs), Runnable::run, false);
    }
    // An edit or undo in the tree editor, or new results drawn over the topology, redraw the diagram.
    Runnable redraw = () -> dispatcher.get().dispatch(new RedrawActionHandler.Redraw());
    state.onEditorChange(redraw);
    state.setFile(file, domains.onOverlayChange(file, redraw));
  }

  @Override
  public void saveSourceModel(SaveModelAction action) {
    Path file = state.getFile(); // set when the model was loaded
    Optional<ScenarioDomains.Entry> open = domains.find(file);
    if (open.isPresent()) {
      open.get().save().run();
      return;
    }
    Scenario scenario = state.getScenario();
    try {
      ScenarioResources.save(scenario, file);
      state.saveIsDone();
    } catch (IOException e) {
      throw new GLSPServerException("Could not save " + file + ": " + e.getMessage(), e);
    }
  }

  /** An editing domain of a loaded scenario, with its own undo history. */
  static EditingDomain editingDomain(ResourceSet loaded) {
    // Registered item providers when running in the product, the reflective ones otherwise: EMF.Edit's
    // DeleteCommand needs one of them to clear references to what it deletes.
    ComposedAdapterFactory providers = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
    providers.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
    return new AdapterFactoryEditingDomain(providers, new BasicCommandStack(), loaded);
  }

  private static Path sourceFile(Map<String, String> options) {
    String uri = ClientOptionsUtil.getSourceUri(options)
        .orElseThrow(() -> new GLSPServerException("The diagram was opened without a scenario file (sourceUri)."));
    if (uri.startsWith("file:")) uri = URI.create(uri).getPath();
    return Path.of(uri).toAbsolutePath().normalize();
  }
}
