package org.slicewright.ui.emf;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/** Gives the Properties view an {@link ItemPropertySource} for any model element. */
public class ItemPropertySourceProvider implements IPropertySourceProvider {
  private final AdapterFactory factory;
  private final ItemProviderLabelProvider labels;

  public ItemPropertySourceProvider(AdapterFactory factory, ItemProviderLabelProvider labels) {
    this.factory = factory;
    this.labels = labels;
  }

  @Override
  public IPropertySource getPropertySource(Object object) {
    if (object instanceof IPropertySource) return (IPropertySource) object;
    Object s = factory.adapt(object, IItemPropertySource.class);
    return s instanceof IItemPropertySource ? new ItemPropertySource(object, (IItemPropertySource) s, labels) : null;
  }
}
