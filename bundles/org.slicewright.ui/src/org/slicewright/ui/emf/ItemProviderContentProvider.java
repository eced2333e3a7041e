package org.slicewright.ui.emf;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;

/**
 * A JFace tree content provider over EMF.Edit item providers (emf.edit.ui's
 * AdapterFactoryContentProvider is not on Maven Central). Input: a Resource or an EObject.
 * Refreshing on model change is the viewer owner's job (see {@link ViewerRefresher}).
 */
public class ItemProviderContentProvider implements ITreeContentProvider {
  private final AdapterFactory factory;

  public ItemProviderContentProvider(AdapterFactory factory) {
    this.factory = factory;
  }

  private ITreeItemContentProvider provider(Object o) {
    Object a = factory.adapt(o, ITreeItemContentProvider.class);
    return a instanceof ITreeItemContentProvider ? (ITreeItemContentProvider) a : null;
  }

  @Override
  public Object[] getElements(Object input) {
    if (input instanceof Resource) return ((Resource) input).getContents().toArray();
    if (input instanceof Object[]) return (Object[]) input;
    if (input instanceof Collection) return ((Collection<?>) input).toArray();
    return getChildren(input);
  }

  @Override
  public Object[] getChildren(Object parent) {
    ITreeItemContentProvider p = provider(parent);
    return p == null ? new Object[0] : p.getChildren(parent).toArray();
  }

  @Override
  public Object getParent(Object element) {
    ITreeItemContentProvider p = provider(element);
    return p == null ? null : p.getParent(element);
  }

  @Override
  public boolean hasChildren(Object element) {
    ITreeItemContentProvider p = provider(element);
    return p != null && p.hasChildren(element);
  }
}
