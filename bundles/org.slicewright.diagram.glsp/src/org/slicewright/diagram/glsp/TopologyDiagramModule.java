package org.slicewright.diagram.glsp;

import org.eclipse.glsp.server.actions.ActionHandler;
import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.di.ServerModule;
import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.eclipse.glsp.server.features.validation.ModelValidator;
import org.eclipse.glsp.server.gmodel.GModelRequestClipboardDataActionHandler;
import org.eclipse.glsp.server.layout.LayoutEngine;
import org.eclipse.glsp.server.operations.OperationHandler;
import org.slicewright.diagram.glsp.operations.ChangeBoundsHandler;
import org.slicewright.diagram.glsp.operations.CreateConnectionHandler;
import org.slicewright.diagram.glsp.operations.CreateTopologyNodeHandler;
import org.slicewright.diagram.glsp.operations.CutHandler;
import org.slicewright.diagram.glsp.operations.DeleteTopologyHandler;
import org.slicewright.diagram.glsp.operations.LayoutHandler;
import org.slicewright.diagram.glsp.operations.PasteHandler;
import org.slicewright.diagram.glsp.operations.ReconnectHandler;
import org.slicewright.diagram.glsp.operations.RenameHandler;
import org.slicewright.diagram.glsp.operations.RoutingPointsHandler;
import org.slicewright.diagram.glsp.pool.PoolDiagramModule;

import com.google.inject.AbstractModule;

/** Wires the topology diagram: the scenario as source model, its factory, handlers, palette, markers and layout. */
public class TopologyDiagramModule extends ScenarioDiagramModule {

  /**
   * The modules of a GLSP server for topology diagrams whose sessions find open scenarios in
   * {@code domains}: one injector from them per client connection, as GLSP's own launchers do.
   */
  public static com.google.inject.Module[] serverModules(ScenarioDomains domains) { // qualified: java.lang.Module
    useSimpleLogger();
    return new com.google.inject.Module[] { new ServerModule().configureDiagramModule(new TopologyDiagramModule()) // qualified: java.lang.Module
        .configureDiagramModule(new PoolDiagramModule()),
        new AbstractModule() {
          @Override
          protected void configure() {
            bind(ScenarioDomains.class).toInstance(domains);
          }
        } };
  }

  /**
   * GLSP logs through the Log4j API; the product ships no Log4j implementation, and without one the
   * API complains on stderr at its first use. Its simple logger prints GLSP's errors only. Called
   * before the API's first use.
   */
  public static void useSimpleLogger() {
    if (System.getProperty("log4j2.loggerContextFactory") == null) {
      System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    }
  }

  @Override
  public String getDiagramType() { return TopologyTypes.DIAGRAM_TYPE; }

  @Override
  protected Class<? extends DiagramConfiguration> bindDiagramConfiguration() {
    return TopologyDiagramConfiguration.class;
  }

  @Override
  protected Class<? extends GModelFactory> bindGModelFactory() {
    return TopologyGModelFactory.class;
  }

  @Override
  protected Class<? extends ModelValidator> bindModelValidator() {
    return TopologyMarkers.class;
  }

  @Override
  protected Class<? extends ToolPaletteItemProvider> bindToolPaletteItemProvider() {
    return TopologyPalette.class;
  }

  @Override
  protected Class<? extends LayoutEngine> bindLayoutEngine() {
    return TopologyLayoutEngine.class;
  }

  @Override
  protected void configureActionHandlers(MultiBinding<ActionHandler> binding) {
    super.configureActionHandlers(binding);
    binding.add(GModelRequestClipboardDataActionHandler.class);
  }

  @Override
  protected void configureOperationHandlers(MultiBinding<OperationHandler<?>> binding) {
    super.configureOperationHandlers(binding);
    binding.add(LayoutHandler.class);
    binding.add(CutHandler.class);
    binding.add(CreateTopologyNodeHandler.class);
    binding.add(CreateConnectionHandler.class);
    binding.add(ChangeBoundsHandler.class);
    binding.add(DeleteTopologyHandler.class);
    binding.add(ReconnectHandler.class);
    binding.add(RenameHandler.class);
    binding.add(PasteHandler.class);
    binding.add(RoutingPointsHandler.class);
  }
}
