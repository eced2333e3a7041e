package org.slicewright.ui.emf;

import java.util.List;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * The Properties view's view of a model element, over its EMF.Edit property descriptors. Values are
 * set through the descriptors, which execute a SetCommand on the editing domain's command stack, so
 * every edit in the Properties view can be undone.
 */
public class ItemPropertySource implements IPropertySource {
  private final Object object;
  private final IItemPropertySource source;
  private final ItemProviderLabelProvider labels;

  public ItemPropertySource(Object object, IItemPropertySource source, ItemProviderLabelProvider labels) {
    this.object = object;
    this.source = source;
    this.labels = labels;
  }

  @Override
  public Object getEditableValue() { return source.getEditableValue(object); }

  @Override
  public IPropertyDescriptor[] getPropertyDescriptors() {
    List<IItemPropertyDescriptor> ds = source.getPropertyDescriptors(object).stream().filter(d -> KindSpecificFeatures.applies(object, d.getFeature(object))).toList();
    IPropertyDescriptor[] out = new IPropertyDescriptor[ds.size()];
    for (int i = 0; i < out.length; i++) out[i] = new ItemPropertyDescriptorAdapter(object, ds.get(i), labels);
    return out;
  }

  private IItemPropertyDescriptor descriptor(Object id) {
    return source.getPropertyDescriptor(object, id);
  }

  @Override
  public Object getPropertyValue(Object id) {
    IItemPropertyDescriptor d = descriptor(id);
    if (d == null) return null;
    Object v = d.getPropertyValue(object);
    // Item providers wrap values in PropertyValueWrapper; the view shows the wrapped value.
    if (v instanceof IItemPropertySource) {
      return ((IItemPropertySource) v).getEditableValue(object);
    }
    return v;
  }

  @Override
  public boolean isPropertySet(Object id) {
    IItemPropertyDescriptor d = descriptor(id);
    return d != null && d.isPropertySet(object);
  }

  @Override
  public void resetPropertyValue(Object id) {
    IItemPropertyDescriptor d = descriptor(id);
    if (d != null) d.resetPropertyValue(object);
  }

  @Override
  public void setPropertyValue(Object id, Object value) {
    IItemPropertyDescriptor d = descriptor(id);
    if (d != null) d.setPropertyValue(object, value);
  }
}
