package org.slicewright.ui.emf;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.slicewright.model.pooling.provider.PoolingItemProviderAdapterFactory;
import org.slicewright.model.scenario.provider.ScenarioItemProviderAdapterFactory;
import org.slicewright.model.slicing.provider.SlicingItemProviderAdapterFactory;
import org.slicewright.model.topology.provider.TopologyItemProviderAdapterFactory;
import org.slicewright.model.twins.provider.TwinsItemProviderAdapterFactory;

/** The item provider factories of the Slicewright model, composed (one per editor or view; dispose it). */
public final class AdapterFactories {
  private AdapterFactories() {
  }

  public static ComposedAdapterFactory create() {
    ComposedAdapterFactory f = new ComposedAdapterFactory();
    f.addAdapterFactory(new ResourceItemProviderAdapterFactory());
    f.addAdapterFactory(new TopologyItemProviderAdapterFactory());
    f.addAdapterFactory(new SlicingItemProviderAdapterFactory());
    f.addAdapterFactory(new PoolingItemProviderAdapterFactory());
    f.addAdapterFactory(new TwinsItemProviderAdapterFactory());
    f.addAdapterFactory(new ScenarioItemProviderAdapterFactory());
    f.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
    return f;
  }
}
