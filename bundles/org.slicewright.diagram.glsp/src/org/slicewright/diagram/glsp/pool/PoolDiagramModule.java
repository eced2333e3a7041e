package org.slicewright.diagram.glsp.pool;

import org.eclipse.glsp.server.di.DiagramModule;
import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.eclipse.glsp.server.gmodel.GModelCutOperationHandler;
import org.eclipse.glsp.server.model.GModelState;
import org.eclipse.glsp.server.operations.LayoutOperationHandler;
import org.eclipse.glsp.server.operations.OperationHandler;
import org.slicewright.diagram.glsp.ScenarioModelState;
import org.slicewright.diagram.glsp.ScenarioModelStorage;

/** Wires the pool diagram of an AI service: the scenario as source, sub-pools as containers, k-means and VAP moves. */
public class PoolDiagramModule extends DiagramModule {
  @Override
  public String getDiagramType() {
    return PoolTypes.DIAGRAM_TYPE;
  }

  @Override
  protected Class<? extends DiagramConfiguration> bindDiagramConfiguration() {
    return PoolDiagramConfiguration.class;
  }

  @Override
  protected Class<? extends GModelState> bindGModelState() {
    return ScenarioModelState.class;
  }

  @Override
  protected Class<? extends SourceModelStorage> bindSourceModelStorage() {
    return ScenarioModelStorage.class;
  }

  @Override
  protected Class<? extends GModelFactory> bindGModelFactory() {
    return PoolGModelFactory.class;
  }

  @Override
  protected Class<? extends ToolPaletteItemProvider> bindToolPaletteItemProvider() {
    return null; // nothing to create: the toolbar's k-means action forms sub-pools
  }

  @Override
  protected void configureOperationHandlers(MultiBinding<OperationHandler<?>> binding) {
    super.configureOperationHandlers(binding);
    binding.remove(LayoutOperationHandler.class);
    binding.remove(GModelCutOperationHandler.class);
    binding.add(FormSubPoolsHandler.class);
    binding.add(MoveVapHandler.class);
  }
}
