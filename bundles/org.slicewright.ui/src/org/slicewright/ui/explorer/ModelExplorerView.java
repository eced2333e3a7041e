package org.slicewright.ui.explorer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.slicewright.examples.Examples;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.util.ScenarioLoadException;
import org.slicewright.model.util.ScenarioResources;
import org.slicewright.ui.editor.ScenarioEditor;
import org.slicewright.ui.editor.ScenarioFileInput;
import org.slicewright.ui.emf.AdapterFactories;
import org.slicewright.ui.emf.ItemProviderContentProvider;
import org.slicewright.ui.emf.ItemProviderLabelProvider;

/**
 * The Model Explorer: the {@code .slicewright} files of the planner's folders (the workspace and an
 * {@code examples} folder next to where the product was started, plus every file opened), each
 * expandable into its network, slices, pools, twins and runs. Double-click opens the editor. The
 * explorer reads files with its own resource set: it never writes them.
 */
public class ModelExplorerView extends ViewPart {
  public static final String ID = "org.slicewright.ui.modelExplorer";

  /** A scenario file shown as a root. */
  public record ScenarioFile(Path path) {
  }

  private TreeViewer viewer;
  private ComposedAdapterFactory factory;
  private ItemProviderLabelProvider labels;
  private final Set<Path> extra = new LinkedHashSet<>();
  private final Map<Path, Object> loaded = new HashMap<>();

  @Override
  public void createPartControl(Composite parent) {
    factory = AdapterFactories.create();
    labels = new ItemProviderLabelProvider(factory);
    ItemProviderContentProvider items = new ItemProviderContentProvider(factory);
    viewer = new TreeViewer(parent, SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL);
    viewer.setContentProvider(new ITreeContentProvider() {
      @Override
      public Object[] getElements(Object input) {
        return roots().toArray();
      }

      @Override
      public Object[] getChildren(Object parent) {
        if (parent instanceof ScenarioFile) {
          Object s = scenario(((ScenarioFile) parent).path());
          return s instanceof Scenario ? items.getChildren(s) : new Object[] { s };
        }
        return parent instanceof EObject ? items.getChildren(parent) : new Object[0];
      }

      @Override
      public Object getParent(Object element) {
        return element instanceof EObject ? items.getParent(element) : null;
      }

      @Override
      public boolean hasChildren(Object element) {
        return element instanceof ScenarioFile || (element instanceof EObject && items.hasChildren(element));
      }
    });
    viewer.setLabelProvider(new LabelProvider() {
      @Override
      public String getText(Object e) {
        if (e instanceof ScenarioFile) return ((ScenarioFile) e).path().getFileName() + "  (" + ((ScenarioFile) e).path().getParent() + ")";
        return e instanceof EObject ? labels.getText(e) : String.valueOf(e);
      }

      @Override
      public Image getImage(Object e) {
        if (e instanceof ScenarioFile) return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FILE);
        if (e instanceof String) return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
        return labels.getImage(e);
      }
    });
    viewer.setInput(this);
    viewer.addDoubleClickListener(e -> {
      Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
      if (first instanceof ScenarioFile) open(((ScenarioFile) first).path());
    });
    getSite().setSelectionProvider(viewer);
  }

  /** A scenario, or the load error text, for a file (loaded once, read-only). */
  private Object scenario(Path p) {
    return loaded.computeIfAbsent(p, f -> {
      try {
        return ScenarioResources.load(ScenarioResources.configure(new ResourceSetImpl()), f);
      } catch (ScenarioLoadException e) {
        return e.getMessage();
      }
    });
  }

  /** Folders scanned for scenarios: the workspace and the examples. */
  static List<Path> folders() {
    List<Path> out = new ArrayList<>();
    try {
      if (Platform.getInstanceLocation() != null && Platform.getInstanceLocation().getURL() != null) {
        out.add(Path.of(Platform.getInstanceLocation().getURL().getPath()));
      }
    } catch (RuntimeException e) {
      // No instance location (-data @none): only the other folders.
    }
    out.add(Examples.folder());
    return out;
  }

  List<ScenarioFile> roots() {
    Set<Path> files = new LinkedHashSet<>();
    for (Path dir : folders()) {
      if (!Files.isDirectory(dir)) continue;
      try (Stream<Path> s = Files.walk(dir, 3)) {
        s.filter(p -> p.toString().endsWith("." + ScenarioResources.FILE_EXTENSION)).sorted().forEach(p -> files.add(p.toAbsolutePath().normalize()));
      } catch (IOException e) {
        // An unreadable folder just contributes nothing.
      }
    }
    files.addAll(extra);
    return files.stream().map(ScenarioFile::new).toList();
  }

  /** Shows a file (e.g. one opened from File > Open) and refreshes. */
  public void reveal(Path file) {
    Path p = file.toAbsolutePath().normalize();
    extra.add(p);
    loaded.remove(p);
    if (viewer != null && !viewer.getControl().isDisposed()) viewer.refresh();
  }

  public TreeViewer getViewer() { return viewer; }

  private void open(Path p) {
    try {
      getSite().getPage().openEditor(new ScenarioFileInput(p), ScenarioEditor.ID);
    } catch (PartInitException e) {
      MessageDialog.openError(getSite().getShell(), "Open failed", e.getMessage());
    }
  }

  @Override
  public void setFocus() {
    viewer.getControl().setFocus();
  }

  @Override
  public void dispose() {
    if (labels != null) labels.dispose();
    if (factory != null) factory.dispose();
    super.dispose();
  }
}
