package org.slicewright.ui.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.slicewright.model.scenario.Run;
import org.slicewright.model.util.ScenarioResources;
import org.slicewright.sim.scenario.ResultColumn;
import org.slicewright.sim.scenario.ResultColumns;
import org.slicewright.sim.scenario.RunKind;
import org.slicewright.ui.editor.ScenarioEditor;
import org.slicewright.ui.editor.ScenarioTracker;
import org.slicewright.whatif.StoredRunsExport;

/**
 * The runs of the active scenario, one study kind at a time (pooling, edge, offloading, twins): one
 * column per parameter and metric with its unit, sortable by any column (click its header again to
 * reverse), filtered by a text that must appear in the policy or parameters, exportable to CSV.
 * Selecting rows shows the run in the Properties view.
 */
public final class ResultsView extends ViewPart {
  public static final String ID = "org.slicewright.ui.resultsView";
  private TableViewer viewer;
  private Combo kinds;
  private Text filter;
  private ScenarioTracker tracker;
  private final Map<RunKind, List<Run>> runs = new EnumMap<>(RunKind.class);
  private final List<RunKind> kindOrder = new ArrayList<>();
  private RunKind shown;
  private List<ResultColumn> columns = List.of();
  private int sortColumn = 0;
  private boolean descending;

  @Override
  public void createPartControl(Composite parent) {
    parent.setLayout(new GridLayout(2, false));
    kinds = new Combo(parent, SWT.READ_ONLY);
    kinds.addListener(SWT.Selection, e -> show(kindOrder.get(kinds.getSelectionIndex())));
    filter = new Text(parent, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
    filter.setMessage("Filter runs by policy or parameters (e.g. lambda_max=10)");
    filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
    viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
    viewer.getTable().setHeaderVisible(true);
    viewer.getTable().setLinesVisible(true);
    viewer.setContentProvider(ArrayContentProvider.getInstance());
    viewer.setComparator(new ViewerComparator() {
      @Override
      public int compare(Viewer v, Object a, Object b) {
        if (sortColumn >= columns.size()) return 0;
        int r = columns.get(sortColumn).order().compare((Run) a, (Run) b);
        return descending ? -r : r;
      }
    });
    viewer.addFilter(new ViewerFilter() {
      @Override
      public boolean select(Viewer v, Object parent, Object element) {
        return matches((Run) element);
      }
    });
    filter.addModifyListener(e -> {
      viewer.refresh();
      describe();
    });
    getSite().setSelectionProvider(viewer);
    getViewSite().getActionBars().getToolBarManager().add(new Action("Export CSV...") {
      @Override
      public void run() {
        FileDialog d = new FileDialog(getSite().getShell(), SWT.SAVE);
        d.setFilterExtensions(new String[] { "*.csv" });
        d.setFileName("runs.csv");
        d.setOverwrite(true);
        String f = d.open();
        if (f == null) return;
        try {
          exportCsv(Path.of(f));
        } catch (IOException ex) {
          MessageDialog.openError(getSite().getShell(), "Export CSV", "Cannot write " + f + ": " + ex.getMessage());
        }
      }
    });
    getViewSite().getActionBars().getToolBarManager().add(new Action("Compare") {
      @Override
      public void run() {
        List<Run> sel = selectedRuns();
        if (sel.size() < 2) {
          MessageDialog.openInformation(getSite().getShell(), "Compare", "Select two or more runs to compare them side by side.");
          return;
        }
        new CompareRunsDialog(getSite().getShell(), sel).open();
      }
    });
    tracker = new ScenarioTracker(getSite().getPage(), () -> parent.getDisplay().asyncExec(this::refresh));
    refresh();
  }

  private boolean matches(Run r) {
    String f = filter.getText().trim().toLowerCase(Locale.ROOT);
    return f.isEmpty() || (r.getPolicy() + " " + r.getParameters() + " " + r.getId()).toLowerCase(Locale.ROOT).contains(f);
  }

  /** Re-reads the runs of the active scenario, keeping the kind shown if it still has runs. */
  public void refresh() {
    if (viewer == null || viewer.getTable().isDisposed()) return;
    runs.clear();
    ScenarioEditor e = tracker.editor();
    if (e != null) for (Run r : e.getScenario().getRuns()) runs.computeIfAbsent(RunKind.of(r), k -> new ArrayList<>()).add(r);
    kindOrder.clear();
    kindOrder.addAll(runs.keySet());
    kinds.removeAll();
    for (RunKind k : kindOrder) kinds.add(k.title() + " (" + runs.get(k).size() + ")");
    kinds.getParent().layout();
    show(kindOrder.contains(shown) ? shown : kindOrder.isEmpty() ? null : kindOrder.get(0));
  }

  /** Shows the runs of one study kind, with that kind's columns. */
  public void show(RunKind kind) {
    RunKind before = shown;
    shown = kind;
    kinds.select(kindOrder.indexOf(kind));
    List<Run> of = kind == null ? List.of() : runs.get(kind);
    List<ResultColumn> next = ResultColumns.of(of);
    if (kind != before || !next.stream().map(ResultColumn::key).toList().equals(columns.stream().map(ResultColumn::key).toList())) {
      rebuildColumns(next, kind != before);
    }
    viewer.setInput(List.copyOf(of));
    describe();
  }

  private void rebuildColumns(List<ResultColumn> next, boolean resetSort) {
    viewer.getTable().setRedraw(false);
    String sortedBy = sortColumn < columns.size() ? columns.get(sortColumn).key() : null;
    for (TableColumn c : viewer.getTable().getColumns()) c.dispose();
    columns = next;
    // The same study keeps its order by the same column, wherever the column now is.
    int again = resetSort ? -1 : columnOf(sortedBy);
    sortColumn = Math.max(0, again);
    if (again < 0) descending = false;
    for (int i = 0; i < columns.size(); i++) {
      final int index = i;
      ResultColumn col = columns.get(i);
      TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
      c.getColumn().setText(col.header());
      c.getColumn().setToolTipText(col.key());
      c.setLabelProvider(new ColumnLabelProvider() {
        @Override
        public String getText(Object element) {
          return col.text().apply((Run) element);
        }
      });
      c.getColumn().addListener(SWT.Selection, e -> sortBy(index));
      c.getColumn().pack();
      c.getColumn().setWidth(Math.max(c.getColumn().getWidth() + 12, col.key().equals("policy") ? 140 : 70));
    }
    viewer.getTable().setSortColumn(viewer.getTable().getColumn(sortColumn));
    viewer.getTable().setSortDirection(descending ? SWT.DOWN : SWT.UP);
    viewer.getTable().setRedraw(true);
  }

  private void describe() {
    ScenarioEditor e = tracker.editor();
    if (e == null) {
      setContentDescription("Open a scenario to see its runs.");
    } else if (shown == null) {
      setContentDescription("No runs yet in " + e.getScenario().getId() + ": What-If > Run What-If...");
    } else {
      int all = runs.get(shown).size(), visible = viewer.getTable().getItemCount();
      setContentDescription((visible == all ? all + "" : visible + " of " + all) + " " + shown.title().toLowerCase(Locale.ROOT) + " runs of "
          + e.getScenario().getId());
    }
  }

  /** Sorts by a column of the kind shown; the same column again reverses the order. */
  public void sortBy(int col) {
    descending = col == sortColumn && !descending;
    sortColumn = col;
    viewer.getTable().setSortColumn(viewer.getTable().getColumn(col));
    viewer.getTable().setSortDirection(descending ? SWT.DOWN : SWT.UP);
    viewer.refresh();
  }

  /** The index of the column of that CSV key in the kind shown, or -1. */
  public int columnOf(String key) {
    for (int i = 0; i < columns.size(); i++) if (columns.get(i).key().equals(key)) return i;
    return -1;
  }

  /** The text of a visible row's cell, for tests and the CSV. */
  public String cell(int row, String key) {
    return columns.get(columnOf(key)).text().apply((Run) viewer.getElementAt(row));
  }

  public void setFilter(String text) {
    filter.setText(text);
  }

  /** Selects a run (from a chart click, for instance), showing its kind first. */
  public void select(Run run) {
    if (RunKind.of(run) != shown) show(RunKind.of(run));
    viewer.setSelection(new StructuredSelection(run), true);
  }

  @SuppressWarnings("unchecked")
  public List<Run> selectedRuns() {
    return List.copyOf(((IStructuredSelection) viewer.getSelection()).toList());
  }

  public TableViewer getViewer() { return viewer; }

  /** Writes the visible rows and columns, in the visible order, atomically; columns are named by their headers (with units). */
  public void exportCsv(Path file) throws IOException {
    List<Run> visible = new ArrayList<>();
    for (int i = 0; i < viewer.getTable().getItemCount(); i++) visible.add((Run) viewer.getElementAt(i));
    ScenarioResources.writeAtomically(file, StoredRunsExport.csv(columns, visible).getBytes(StandardCharsets.UTF_8), false);
  }

  @Override
  public void setFocus() {
    viewer.getControl().setFocus();
  }

  @Override
  public void dispose() {
    if (tracker != null) tracker.dispose();
    super.dispose();
  }
}
