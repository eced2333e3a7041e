package org.slicewright.diagram.glsp.pool;

import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.eclipse.glsp.server.operations.OperationHandler;
import org.slicewright.diagram.glsp.ScenarioDiagramModule;

/** Wires the pool diagram of an AI service: the scenario as source, sub-pools as containers, k-means and VAP moves. */
public class PoolDiagramModule extends ScenarioDiagramModule {
  @Override
  public String getDiagramType() { return PoolTypes.DIAGRAM_TYPE; }

  @Override
  protected Class<? extends DiagramConfiguration> bindDiagramConfiguration() {
    return PoolDiagramConfiguration.class;
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
    binding.add(FormSubPoolsHandler.class);
    binding.add(MoveVapHandler.class);
  }
}
