package org.slicewright.ui.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.slicewright.model.scenario.Run;
import org.slicewright.model.util.ScenarioResources;
import org.slicewright.sim.scenario.RunMetrics;
import org.slicewright.ui.editor.ScenarioEditor;

/**
 * The runs of the active scenario in a table: sortable by any column (click its header again to
 * reverse), filtered by a text that must appear in the policy or parameters, exportable to CSV.
 * Selecting rows shows the run in the Properties view.
 */
public final class ResultsView extends ViewPart {
  public static final String ID = "org.slicewright.ui.resultsView";
  static final String[] COLUMNS = { "run", "policy", "parameters", "seed", "accuracy", "convergence_rate", "ru_total", "dropped_share", "wall_ms" };
  /** Columns that are not metrics, or are formatted differently, by their index in {@link #COLUMNS}. */
  private static final int SEED = 3, FIRST_METRIC = 4, RU_TOTAL = 6, WALL_MS = 8;
  private TableViewer viewer;
  private Text filter;
  private ScenarioTracker tracker;
  private int sortColumn = 0;
  private boolean descending;

  @Override
  public void createPartControl(Composite parent) {
    parent.setLayout(new GridLayout(1, false));
    filter = new Text(parent, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
    filter.setMessage("Filter runs by policy or parameters (e.g. lambda_max=10)");
    filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
    viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
    viewer.getTable().setHeaderVisible(true);
    viewer.getTable().setLinesVisible(true);
    viewer.setContentProvider(ArrayContentProvider.getInstance());
    for (int i = 0; i < COLUMNS.length; i++) {
      final int col = i;
      TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
      c.getColumn().setText(COLUMNS[i].replace('_', ' '));
      c.getColumn().setWidth(i == 2 ? 180 : i == 1 ? 150 : 90);
      c.setLabelProvider(new ColumnLabelProvider() {
        @Override
        public String getText(Object element) {
          return cell((Run) element, col);
        }
      });
      c.getColumn().addListener(SWT.Selection, e -> sortBy(col));
    }
    viewer.setComparator(new ViewerComparator() {
      @Override
      public int compare(Viewer v, Object a, Object b) {
        int r = compareCells((Run) a, (Run) b, sortColumn);
        return descending ? -r : r;
      }
    });
    viewer.addFilter(new ViewerFilter() {
      @Override
      public boolean select(Viewer v, Object parent, Object element) {
        String f = filter.getText().trim().toLowerCase(Locale.ROOT);
        Run r = (Run) element;
        return f.isEmpty() || (r.getPolicy() + " " + r.getParameters() + " " + r.getId()).toLowerCase(Locale.ROOT).contains(f);
      }
    });
    filter.addModifyListener(e -> viewer.refresh());
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

  private void sortBy(int col) {
    descending = col == sortColumn && !descending;
    sortColumn = col;
    viewer.getTable().setSortColumn(viewer.getTable().getColumn(col));
    viewer.getTable().setSortDirection(descending ? SWT.DOWN : SWT.UP);
    viewer.refresh();
  }

  public void refresh() {
    if (viewer == null || viewer.getTable().isDisposed()) return;
    ScenarioEditor e = tracker.editor();
    viewer.setInput(e == null ? List.of() : List.copyOf(e.getScenario().getRuns()));
    setContentDescription(e == null ? "Open a scenario to see its runs." : e.getScenario().getRuns().size() + " runs of " + e.getScenario().getId());
  }

  /** Selects a run (from a chart click, for instance). */
  public void select(Run run) {
    viewer.setSelection(new StructuredSelection(run), true);
  }

  @SuppressWarnings("unchecked")
  public List<Run> selectedRuns() {
    return List.copyOf(((org.eclipse.jface.viewers.IStructuredSelection) viewer.getSelection()).toList());
  }

  public TableViewer getViewer() {
    return viewer;
  }

  /** Writes the visible rows, in the visible order, atomically. */
  public void exportCsv(Path file) throws IOException {
    StringBuilder b = new StringBuilder(String.join(",", COLUMNS)).append('\n');
    for (int i = 0; i < viewer.getTable().getItemCount(); i++) {
      Run r = (Run) viewer.getElementAt(i);
      for (int c = 0; c < COLUMNS.length; c++) b.append(c == 0 ? "" : ",").append(csv(cell(r, c)));
      b.append('\n');
    }
    ScenarioResources.writeAtomically(file, b.toString().getBytes(StandardCharsets.UTF_8), false);
  }

  static String cell(Run r, int col) {
    switch (col) {
      case 0: return r.getId();
      case 1: return r.getPolicy();
      case 2: return r.getParameters();
      case SEED: return Long.toString(r.getSeed());
      case WALL_MS: return Long.toString(r.getWallMs());
      default:
        Double v = RunMetrics.find(r, COLUMNS[col]);
        return v == null ? "" : String.format(Locale.ROOT, col == RU_TOTAL ? "%.0f" : "%.4f", v);
    }
  }

  static int compareCells(Run a, Run b, int col) {
    if (col == SEED) return Long.compare(a.getSeed(), b.getSeed());
    if (col == WALL_MS) return Long.compare(a.getWallMs(), b.getWallMs());
    if (col >= FIRST_METRIC) {
      Double x = RunMetrics.find(a, COLUMNS[col]), y = RunMetrics.find(b, COLUMNS[col]);
      return Double.compare(x == null ? Double.NEGATIVE_INFINITY : x, y == null ? Double.NEGATIVE_INFINITY : y);
    }
    if (col == 0) return Integer.compare(a.eContainer() == null ? 0 : ((java.util.List<?>) a.eContainer().eGet(a.eContainingFeature())).indexOf(a),
        b.eContainer() == null ? 0 : ((java.util.List<?>) b.eContainer().eGet(b.eContainingFeature())).indexOf(b));
    return String.valueOf(cell(a, col)).compareTo(String.valueOf(cell(b, col)));
  }

  private static String csv(String s) {
    if (s == null) return "";
    return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
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
