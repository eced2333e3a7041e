package org.slicewright.diagram.glsp;

import org.eclipse.glsp.server.actions.ActionHandler;
import org.eclipse.glsp.server.di.DiagramModule;
import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.gmodel.GModelCutOperationHandler;
import org.eclipse.glsp.server.model.GModelState;
import org.eclipse.glsp.server.operations.LayoutOperationHandler;
import org.eclipse.glsp.server.operations.OperationHandler;

/**
 * What every Slicewright diagram shares: the scenario is the source model ({@link ScenarioModelStorage},
 * {@link ScenarioModelState}), and GLSP's layout and cut handlers, which edit the graph model rather
 * than the scenario, are left out; the model submission tidies up after itself; changes made elsewhere
 * redraw through {@link RedrawActionHandler}.
 */
public abstract class ScenarioDiagramModule extends DiagramModule {
  @Override
  protected Class<? extends GModelState> bindGModelState() {
    return ScenarioModelState.class;
  }

  @Override
  protected Class<? extends SourceModelStorage> bindSourceModelStorage() {
    return ScenarioModelStorage.class;
  }

  @Override
  protected void configure() {
    super.configure();
    bind(ModelSubmissionHandler.class).to(ScenarioModelSubmission.class);
  }

  @Override
  protected void configureActionHandlers(MultiBinding<ActionHandler> binding) {
    super.configureActionHandlers(binding);
    binding.add(RedrawActionHandler.class);
  }

  @Override
  protected void configureOperationHandlers(MultiBinding<OperationHandler<?>> binding) {
    super.configureOperationHandlers(binding);
    binding.remove(LayoutOperationHandler.class);
    binding.remove(GModelCutOperationHandler.class);
  }
}
