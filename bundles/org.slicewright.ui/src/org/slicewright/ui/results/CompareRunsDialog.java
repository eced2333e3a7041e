package org.slicewright.ui.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.slicewright.model.scenario.Metric;
import org.slicewright.model.scenario.Run;
import org.slicewright.sim.scenario.RunMetrics;

/** Runs side by side: one column per run, one row per parameter and metric, with the spread of each metric. */
public final class CompareRunsDialog extends Dialog {
  private final List<Run> runs;

  public CompareRunsDialog(Shell parent, List<Run> runs) {
    super(parent);
    this.runs = runs;
    setShellStyle(getShellStyle() | SWT.RESIZE);
  }

  @Override
  protected void configureShell(Shell s) {
    super.configureShell(s);
    s.setText("Compare " + runs.size() + " runs");
  }

  /** The table's rows: label, one cell per run, then max - min for metrics. */
  public static List<String[]> rows(List<Run> runs) {
    List<String[]> out = new ArrayList<>();
    out.add(row("policy", runs, Run::getPolicy, ""));
    out.add(row("parameters", runs, Run::getParameters, ""));
    out.add(row("seed", runs, r -> Long.toString(r.getSeed()), ""));
    List<String> names = new ArrayList<>();
    for (Run r : runs) for (Metric m : r.getMetrics()) if (!names.contains(m.getName())) names.add(m.getName());
    for (String n : names) {
      double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
      String[] cells = new String[runs.size() + 2];
      cells[0] = n;
      for (int i = 0; i < runs.size(); i++) {
        Double v = RunMetrics.find(runs.get(i), n);
        cells[i + 1] = v == null ? "" : String.format(Locale.ROOT, "%.4g", v);
        if (v != null) {
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
      }
      cells[runs.size() + 1] = max >= min ? String.format(Locale.ROOT, "%.4g", max - min) : "";
      out.add(cells);
    }
    return out;
  }

  private static String[] row(String label, List<Run> runs, Function<Run, String> f, String last) {
    String[] cells = new String[runs.size() + 2];
    cells[0] = label;
    for (int i = 0; i < runs.size(); i++) cells[i + 1] = String.valueOf(f.apply(runs.get(i)));
    cells[runs.size() + 1] = last;
    return cells;
  }

  @Override
  protected Control createDialogArea(Composite parent) {
    Composite area = (Composite) super.createDialogArea(parent);
    Table t = new Table(area, SWT.BORDER | SWT.FULL_SELECTION);
    t.setHeaderVisible(true);
    t.setLinesVisible(true);
    t.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
    new TableColumn(t, SWT.NONE).setText("");
    for (Run r : runs) new TableColumn(t, SWT.NONE).setText(r.getId());
    new TableColumn(t, SWT.NONE).setText("spread");
    for (String[] row : rows(runs)) new TableItem(t, SWT.NONE).setText(row);
    for (TableColumn c : t.getColumns()) c.pack();
    return area;
  }

  @Override
  protected void createButtonsForButtonBar(Composite parent) {
    createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
  }
}
