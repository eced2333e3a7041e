package org.slicewright.ui.emf;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.ViewerNotification;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.widgets.Display;

/**
 * Keeps a viewer in step with the model: item providers fire ViewerNotifications saying which
 * element changed and whether its children or label did; the viewer refreshes just that element, on
 * the UI thread.
 */
public class ViewerRefresher implements INotifyChangedListener {
  private final StructuredViewer viewer;

  public ViewerRefresher(StructuredViewer viewer) {
    this.viewer = viewer;
  }

  @Override
  public void notifyChanged(Notification n) {
    if (viewer.getControl() == null || viewer.getControl().isDisposed()) return;
    Runnable r = () -> {
      if (viewer.getControl().isDisposed()) return;
      if (n instanceof ViewerNotification) {
        ViewerNotification v = (ViewerNotification) n;
        Object element = v.getElement();
        if (v.isContentRefresh()) viewer.refresh(element, v.isLabelUpdate());
        else if (v.isLabelUpdate()) viewer.update(element, null);
      } else {
        viewer.refresh();
      }
    };
    Display d = viewer.getControl().getDisplay();
    if (Display.getCurrent() == d) r.run();
    else d.asyncExec(r);
  }
}
