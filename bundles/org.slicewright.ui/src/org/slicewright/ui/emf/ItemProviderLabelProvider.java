package org.slicewright.ui.emf;

import java.net.URL;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/**
 * Labels and icons from EMF.Edit item providers. Item providers hand out images as URLs (or
 * composed images); each distinct one becomes one SWT image, cached and disposed with the provider.
 */
public class ItemProviderLabelProvider extends LabelProvider {
  private final AdapterFactory factory;
  private final Map<Object, Image> images = new HashMap<>();

  public ItemProviderLabelProvider(AdapterFactory factory) {
    this.factory = factory;
  }

  @Override
  public String getText(Object element) {
    Object p = factory.adapt(element, IItemLabelProvider.class);
    return p instanceof IItemLabelProvider ? ((IItemLabelProvider) p).getText(element) : String.valueOf(element);
  }

  @Override
  public Image getImage(Object element) {
    Object p = factory.adapt(element, IItemLabelProvider.class);
    if (!(p instanceof IItemLabelProvider)) return null;
    return image(((IItemLabelProvider) p).getImage(element));
  }

  /** The SWT image of an EMF image object (URL, or a composed image whose first part is used). */
  public Image image(Object key) {
    if (key == null) return null;
    if (key instanceof ComposedImage) {
      var list = ((ComposedImage) key).getImages();
      return list.isEmpty() ? null : image(list.get(0));
    }
    return images.computeIfAbsent(key, k -> k instanceof URL ? ImageDescriptor.createFromURL((URL) k).createImage(false) : null);
  }

  @Override
  public void dispose() {
    images.values().forEach(i -> { if (i != null) i.dispose(); });
    images.clear();
    super.dispose();
  }
}
