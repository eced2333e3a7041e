package org.slicewright.ui.editor;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EventObject;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.slicewright.examples.Examples;
import org.slicewright.model.scenario.Run;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.topology.Identified;
import org.slicewright.model.util.FileChangedException;
import org.slicewright.model.util.ScenarioLoadException;
import org.slicewright.model.util.ScenarioResources;
import org.slicewright.ui.diagram.DiagramTab;
import org.slicewright.ui.emf.AdapterFactories;
import org.slicewright.ui.emf.ItemPropertySourceProvider;
import org.slicewright.ui.emf.PropertyCategories;
import org.slicewright.ui.emf.ItemProviderContentProvider;
import org.slicewright.ui.emf.ItemProviderLabelProvider;
import org.slicewright.ui.emf.ViewerRefresher;

/**
 * The scenario editor: the scenario as a tree, edited through the Properties view and the Edit menu.
 * Every change is an EMF command on the editor's command stack, so Undo/Redo cover them all and the
 * editor is dirty exactly when the stack says a save is needed. Saves are atomic (temp file, .bak,
 * move); a file that cannot be read is reported in the editor and never overwritten.
 */
public class ScenarioEditor extends EditorPart implements IEditingDomainProvider {
  public static final String ID = "org.slicewright.ui.scenarioEditor";

  private Path file;
  private ComposedAdapterFactory factory;
  private AdapterFactoryEditingDomain domain;
  private ItemProviderLabelProvider labels;
  private TreeViewer viewer;
  private Scenario scenario;
  private String loadError;
  private final List<PropertySheetPage> propertyPages = new ArrayList<>();
  private CommandStackActions actions;
  private final List<ElementTablePage> pages = new ArrayList<>();
  private final CommandStackListener dirtyListener = this::commandStackChanged;
  private DiagramTab diagram;
  private DiagramTab poolDiagram;
  private boolean followingDiagram;
  /** A run of this scenario selected anywhere (the Results view, the tree) colours its topology diagram by the run's results. */
  private final ISelectionListener resultsListener = (part, selection) -> {
    if (diagram == null || !(selection instanceof IStructuredSelection s)) return;
    if (s.getFirstElement() instanceof Run run && EcoreUtil.getRootContainer(run) == scenario) {
      diagram.showResults(scenario, run);
    }
  };

  @Override
  public void init(IEditorSite site, IEditorInput input) throws PartInitException {
    setSite(site);
    setInput(input);
    if (input instanceof IPathEditorInput) {
      file = ((IPathEditorInput) input).getPath().toPath();
    } else {
      throw new PartInitException("the scenario editor opens files, not " + input.getClass().getSimpleName());
    }
    setPartName(input.getName());
    setTitleToolTip(file.toString());
    factory = AdapterFactories.create();
    BasicCommandStack stack = new BasicCommandStack();
    domain = new AdapterFactoryEditingDomain(factory, stack);
    ScenarioResources.configure(domain.getResourceSet());
    try {
      scenario = ScenarioResources.load(domain.getResourceSet(), file);
    } catch (ScenarioLoadException e) {
      loadError = e.getMessage();
    }
    stack.addCommandStackListener(dirtyListener);
  }

  @Override
  public void createPartControl(Composite parent) {
    if (scenario == null) {
      Label l = new Label(parent, SWT.WRAP);
      l.setText("This scenario could not be opened; the file was not changed.\n\n" + loadError);
      return;
    }
    labels = new ItemProviderLabelProvider(factory);
    // A tree page with everything, then form pages per concern (tabs at the bottom, as in EMF editors).
    CTabFolder tabs = new CTabFolder(parent, SWT.BOTTOM | SWT.FLAT);
    viewer = new TreeViewer(tabs, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
    CTabItem treeTab = new CTabItem(tabs, SWT.NONE);
    treeTab.setText("Tree");
    treeTab.setControl(viewer.getControl());
    diagram = new DiagramTab(tabs, file, domain, () -> doSave(null), this::diagramSelected);
    CTabItem diagramTab = new CTabItem(tabs, SWT.NONE);
    diagramTab.setText("Topology");
    diagramTab.setControl(diagram.control());
    if (!scenario.getSecondaryPools().isEmpty()) {
      // The pool diagram of the first AI service's secondary pool: sub-pools, k-means, VAP moves.
      String pool = scenario.getSecondaryPools().get(0).getId();
      poolDiagram = new DiagramTab(tabs, file, domain, () -> doSave(null), this::diagramSelected,
          "&diagram=pool&pool=" + URLEncoder.encode(pool, StandardCharsets.UTF_8));
      CTabItem poolTab = new CTabItem(tabs, SWT.NONE);
      poolTab.setText("Sub-pools");
      poolTab.setToolTipText("Sub-pools of " + pool + ": form them with k-means, drag VAPs between them");
      poolTab.setControl(poolDiagram.control());
    }
    for (ElementTablePage.Spec spec : FormPages.specs()) {
      ElementTablePage page = new ElementTablePage(tabs, spec, domain, scenario);
      CTabItem tab = new CTabItem(tabs, SWT.NONE);
      tab.setText(spec.title());
      tab.setControl(page.control());
      // The editor's selection is the tree's: a row picked on a form page is selected there too, so Properties shows it.
      page.viewer().addSelectionChangedListener(e -> {
        if (!e.getSelection().isEmpty()) viewer.setSelection(e.getSelection(), true);
      });
      pages.add(page);
    }
    tabs.setSelection(0);
    viewer.setContentProvider(new ItemProviderContentProvider(factory));
    viewer.setLabelProvider(labels);
    viewer.setUseHashlookup(true);
    viewer.setInput(scenario.eResource());
    viewer.expandToLevel(2);
    factory.addListener(new ViewerRefresher(viewer));
    getSite().setSelectionProvider(viewer);
    viewer.addSelectionChangedListener(e -> {
      if (followingDiagram) return;
      diagram.select(selectedIds());
      if (poolDiagram != null) poolDiagram.select(selectedIds());
    });
    getSite().getPage().addSelectionListener(resultsListener);
    actions = new CommandStackActions(domain, viewer);
    var bars = getEditorSite().getActionBars();
    bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), actions.undo);
    bars.setGlobalActionHandler(ActionFactory.REDO.getId(), actions.redo);
    bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), actions.delete);
    bars.setGlobalActionHandler(ActionFactory.COPY.getId(), actions.copy);
    bars.setGlobalActionHandler(ActionFactory.CUT.getId(), actions.cut);
    bars.setGlobalActionHandler(ActionFactory.PASTE.getId(), actions.paste);
    bars.setGlobalActionHandler(ActionFactory.RENAME.getId(), new Action("Rena&me") {
      @Override
      public void run() {
        renameSelected(tabs.getSelection() == null ? null : tabs.getSelection().getControl());
      }
    });
    bars.updateActionBars();
    MenuManager menu = new MenuManager();
    // Rebuilt each time it opens: New Child offers what the selected element may hold.
    menu.setRemoveAllWhenShown(true);
    menu.addMenuListener(m -> {
      Object owner = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
      if (owner != null) {
        NewChildMenu.fill(m, domain, scenario, owner, created -> viewer.setSelection(new StructuredSelection(created.toArray()), true));
        m.add(new Separator());
      }
      m.add(actions.undo);
      m.add(actions.redo);
      m.add(actions.cut);
      m.add(actions.copy);
      m.add(actions.paste);
      m.add(actions.delete);
    });
    viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
    viewer.addDoubleClickListener(e -> showProperties());
  }

  /** A diagram's selection (topology or sub-pools) becomes the tree's, and so the Properties view's. */
  private void diagramSelected(List<String> ids) {
    List<Object> elements = new ArrayList<>();
    if (!ids.isEmpty()) {
      scenario.eAllContents().forEachRemaining(o -> {
        if (o instanceof Identified i && ids.contains(i.getId())) elements.add(o);
      });
    }
    followingDiagram = true;
    try {
      viewer.setSelection(new StructuredSelection(elements), true);
    } finally {
      followingDiagram = false;
    }
  }

  private List<String> selectedIds() {
    List<String> ids = new ArrayList<>();
    for (Object o : ((IStructuredSelection) viewer.getSelection()).toList()) {
      if (o instanceof Identified i && i.getId() != null) ids.add(i.getId());
    }
    return ids;
  }

  /** The topology diagram page. */
  public DiagramTab getDiagram() { return diagram; }

  /**
   * F2 (the workbench's Rename) on the page shown: the rename box over the selected diagram node, the
   * name cell of the selected form row, or Properties for the tree's selection.
   */
  private void renameSelected(Control shown) {
    if (shown == null) return;
    if (shown == diagram.control()) diagram.renameSelected();
    else if (poolDiagram != null && shown == poolDiagram.control()) poolDiagram.renameSelected();
    else if (shown == viewer.getControl()) showProperties();
    else for (ElementTablePage page : pages) if (shown == page.control()) page.renameSelected();
  }

  private void showProperties() {
    try {
      getSite().getPage().showView(IPageLayout.ID_PROP_SHEET);
    } catch (PartInitException e) {
      // The Properties view is part of the perspective; failing to show it is not worth a dialog.
    }
  }

  private void commandStackChanged(EventObject e) {
    if (viewer == null || viewer.getControl().isDisposed()) return;
    viewer.getControl().getDisplay().asyncExec(() -> {
      firePropertyChange(PROP_DIRTY);
      propertyPages.removeIf(p -> p.getControl() != null && p.getControl().isDisposed());
      for (ElementTablePage p : pages) p.refresh();
      for (PropertySheetPage p : propertyPages) if (p.getControl() != null) p.refresh();
    });
  }

  @Override
  public void doSave(IProgressMonitor monitor) {
    if (scenario == null) return;
    if (isInstalledExample()) {
      // The shipped examples are templates: a planner's edits and runs go into a copy of their own.
      MessageDialog.openInformation(getSite().getShell(), "Installed Example", "'" + file.getFileName() + "' is an installed example and stays as shipped. "
          + "Choose where to save your copy; the editor then works on the copy.");
      doSaveAs();
      if (isInstalledExample() && monitor != null) monitor.setCanceled(true);
      return;
    }
    try {
      try {
        ScenarioResources.save(scenario, file);
      } catch (FileChangedException changed) {
        // Another program or session saved the file since it was opened: overwrite only if the planner says so.
        if (!MessageDialog.openQuestion(getSite().getShell(), "File Changed", "The file '" + file + "' has been changed on the file system since it "
            + "was opened. Do you want to overwrite the changes made on the file system?")) {
          if (monitor != null) monitor.setCanceled(true);
          return;
        }
        ScenarioResources.saveOverwriting(scenario, file);
      }
      ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
      firePropertyChange(PROP_DIRTY);
      ScenarioSaves.saved(this);
    } catch (IOException | RuntimeException e) {
      if (monitor != null) monitor.setCanceled(true);
      MessageDialog.openError(getSite().getShell(), "Save failed", "Could not save " + file + "; the file on disk is unchanged.\n\n" + e.getMessage());
    }
  }

  @Override
  public void doSaveAs() {
    if (scenario == null) return;
    FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
    dialog.setText("Save Scenario As");
    dialog.setFilterExtensions(new String[] { "*." + ScenarioResources.FILE_EXTENSION });
    dialog.setFileName(file.getFileName().toString());
    dialog.setFilterPath(isInstalledExample() ? System.getProperty("user.home") : file.getParent().toString());
    dialog.setOverwrite(true);
    String chosen = dialog.open();
    if (chosen == null) return;
    Path target = Path.of(chosen.endsWith("." + ScenarioResources.FILE_EXTENSION) ? chosen : chosen + "." + ScenarioResources.FILE_EXTENSION);
    try {
      saveAs(target);
    } catch (IOException | RuntimeException e) {
      MessageDialog.openError(getSite().getShell(), "Save As failed", "Could not save " + target + "; nothing was written there.\n\n" + e.getMessage());
    }
  }

  /**
   * Saves the scenario to another file and goes on editing that file (its name, the tab title and
   * the next saves follow). Public so tests can do what the dialog does.
   */
  public void saveAs(Path target) throws IOException {
    if (ScenarioResources.isInstalledExample(target, Examples.folder())) {
      throw new IOException(target + " is an installed example; choose another place");
    }
    ScenarioResources.saveOverwriting(scenario, target);
    file = target.toAbsolutePath().normalize();
    setInputWithNotify(new ScenarioFileInput(file));
    setPartName(file.getFileName().toString());
    setTitleToolTip(file.toString());
    ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
    firePropertyChange(PROP_DIRTY);
  }

  /** Whether the editor shows one of the installed examples, which are never written. */
  public boolean isInstalledExample() { return ScenarioResources.isInstalledExample(file, Examples.folder()); }

  @Override
  public boolean isSaveAsAllowed() { return scenario != null; }

  @Override
  public boolean isDirty() { return domain != null && ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded(); }

  @Override
  public void setFocus() {
    if (viewer != null) viewer.getControl().setFocus();
  }

  @Override
  public EditingDomain getEditingDomain() { return domain; }

  /** The edited scenario, or null if the file could not be read. */
  public Scenario getScenario() { return scenario; }

  /** What the Properties view shows for an element of this editor (edits go through the command stack). */
  public IPropertySource getPropertySource(Object element) {
    return new ItemPropertySourceProvider(factory, labels).getPropertySource(element);
  }

  /** The form pages (Nodes, Links, Requirements, Pools, Twins, Policies). */
  public List<ElementTablePage> getPages() { return List.copyOf(pages); }

  public TreeViewer getViewer() { return viewer; }

  /** Cut, copy, paste, delete, undo and redo of the tree (for tests and the context menu). */
  public CommandStackActions getActions() { return actions; }

  public Path getFile() { return file; }

  @Override
  public <T> T getAdapter(Class<T> adapter) {
    if (adapter == IPropertySheetPage.class && scenario != null) {
      PropertySheetPage page = new PropertySheetPage() {
        {
          setSorter(new PropertyCategories.Sorter());
        }
      };
      page.setPropertySourceProvider(new ItemPropertySourceProvider(factory, labels));
      propertyPages.add(page);
      return adapter.cast(page);
    }
    return super.getAdapter(adapter);
  }

  @Override
  public void dispose() {
    if (domain != null) domain.getCommandStack().removeCommandStackListener(dirtyListener);
    getSite().getPage().removeSelectionListener(resultsListener);
    if (labels != null) labels.dispose();
    if (factory != null) factory.dispose();
    super.dispose();
  }
}
