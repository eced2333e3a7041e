package org.slicewright.ui.editor;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.FocusCellOwnerDrawHighlighter;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TableViewerFocusCellManager;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.topology.Identified;
import org.slicewright.model.util.NumericRanges;

/**
 * A form page of the scenario editor: the elements of one kind (nodes, links, slices, twins...) in a
 * table whose cells edit their attributes in place. Each edit is a {@link SetCommand} on the editor's
 * command stack, so Undo covers it; a value that does not parse is refused with a message in the
 * page, and the model is left as it was.
 */
public final class ElementTablePage {
  /**
   * What a page shows: its title, the elements, and the attributes (by name) as columns.
   *
   * @param container where Add puts a new element (null: the page cannot add, e.g. pools need a service first)
   */
  public record Spec(String title, String help, Function<Scenario, List<? extends EObject>> elements, EClass type, List<String> columns,
      Function<Scenario, PageElements.Container> container) {
  }

  private final Spec spec;
  private final EditingDomain domain;
  private final Scenario scenario;
  private final TableViewer viewer;
  private final Label message;

  public ElementTablePage(Composite parent, Spec spec, EditingDomain domain, Scenario scenario) {
    this.spec = spec;
    this.domain = domain;
    this.scenario = scenario;
    Composite c = new Composite(parent, SWT.NONE);
    c.setLayout(new GridLayout(1, false));
    Label help = new Label(c, SWT.WRAP);
    help.setText(spec.help());
    help.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
    Composite buttons = new Composite(c, SWT.NONE);
    buttons.setLayout(new RowLayout());
    viewer = new TableViewer(c, SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
    button(buttons, "&Add", "Add a new " + spec.type().getName() + " with a unique id", this::add).setEnabled(spec.container() != null);
    button(buttons, "D&uplicate", "Copy the selected element under a new id", this::duplicate);
    button(buttons, "&Remove", "Remove the selected elements and the references to them", this::remove);
    viewer.getTable().setHeaderVisible(true);
    viewer.getTable().setLinesVisible(true);
    viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
    viewer.setContentProvider(ArrayContentProvider.getInstance());
    for (String name : spec.columns()) {
      EStructuralFeature f = spec.type().getEStructuralFeature(name);
      if (f == null) throw new IllegalArgumentException(spec.type().getName() + " has no feature '" + name + "'");
      TableViewerColumn col = new TableViewerColumn(viewer, SWT.NONE);
      col.getColumn().setText(ColumnHeaders.of(name));
      col.getColumn().setToolTipText(name);
      // Wide enough for its header (packed while the table is empty), at least the default for its kind.
      col.getColumn().pack();
      int least = f instanceof EAttribute a && a.getEAttributeType() instanceof EEnum ? 130 : name.equals("id") || name.equals("name") ? 150 : 100;
      col.getColumn().setWidth(Math.max(least, col.getColumn().getWidth() + 12));
      col.setLabelProvider(new ColumnLabelProvider() {
        @Override
        public String getText(Object e) {
          return text((EObject) e, f);
        }
      });
      if (editable(f)) col.setEditingSupport(new Editing((EAttribute) f));
    }
    editOnDoubleClickOrF2();
    message = new Label(c, SWT.WRAP);
    message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
    refresh();
    control = c;
  }

  private final Composite control;
  private TableViewerFocusCellManager focusCells;

  /**
   * A click selects the row (and shows it in Properties); a double-click, F2 or Tab from the cell
   * being edited opens a cell's editor. Editing on the first click changed ids by accident.
   */
  private void editOnDoubleClickOrF2() {
    ColumnViewerEditorActivationStrategy activation = new ColumnViewerEditorActivationStrategy(viewer) {
      @Override
      protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent e) {
        return e.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL || e.eventType == ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
            || e.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
            || e.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED && e.keyCode == SWT.F2;
      }
    };
    focusCells = new TableViewerFocusCellManager(viewer, new FocusCellOwnerDrawHighlighter(viewer));
    TableViewerEditor.create(viewer, focusCells, activation,
        ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR | ColumnViewerEditor.KEYBOARD_ACTIVATION);
  }

  /**
   * F2, the workbench's Rename: edits the focused cell of the selected row when it is editable, else
   * its name, else its first editable field other than the id (an id changes only on purpose).
   */
  public void renameSelected() {
    Object row = viewer.getStructuredSelection().getFirstElement();
    if (row == null) return;
    ViewerCell focused = focusCells.getFocusCell();
    int column = focused != null && focused.getElement() == row && editable(focused.getColumnIndex()) ? focused.getColumnIndex() : spec.columns().indexOf("name");
    for (int i = 0; column < 0 && i < spec.columns().size(); i++) if (!spec.columns().get(i).equals("id") && editable(i)) column = i;
    if (column >= 0) viewer.editElement(row, column);
  }

  private boolean editable(int column) {
    return editable(spec.type().getEStructuralFeature(spec.columns().get(column)));
  }

  /** Single-valued attributes are edited in their cells; references and lists in the tree and Properties. */
  private static boolean editable(EStructuralFeature f) {
    return f instanceof EAttribute a && !a.isMany() && a.isChangeable();
  }

  private static Button button(Composite parent, String text, String tip, Runnable action) {
    Button b = new Button(parent, SWT.PUSH);
    b.setText(text);
    b.setToolTipText(tip);
    b.addListener(SWT.Selection, e -> action.run());
    return b;
  }

  /** Adds a new element to the page's list and selects it. Public so tests can do what the button does. */
  public EObject add() {
    PageElements.Container where = spec.container() == null ? null : spec.container().apply(scenario);
    EObject created = where == null ? null : PageElements.add(domain, scenario, where, spec.type());
    reveal(created);
    return created;
  }

  /** Duplicates the selected element. */
  public EObject duplicate() {
    Object first = viewer.getStructuredSelection().getFirstElement();
    EObject copy = first instanceof EObject o ? PageElements.duplicate(domain, scenario, o) : null;
    reveal(copy);
    return copy;
  }

  /** Removes the selected elements. */
  public boolean remove() {
    boolean done = PageElements.remove(domain, viewer.getStructuredSelection().toList());
    refresh();
    return done;
  }

  private void reveal(EObject o) {
    refresh();
    if (o != null) viewer.setSelection(new StructuredSelection(o), true);
  }

  public Composite control() {
    return control;
  }

  public TableViewer viewer() {
    return viewer;
  }

  public void refresh() {
    if (viewer.getTable().isDisposed()) return;
    viewer.setInput(List.copyOf(spec.elements().apply(scenario)));
  }

  static String text(EObject o, EStructuralFeature f) {
    Object v = o.eGet(f);
    if (v == null) return "";
    if (f instanceof EReference) {
      if (v instanceof List<?> l) return String.join(" ", l.stream().map(ElementTablePage::label).toList());
      return label(v);
    }
    if (v instanceof List<?> l) return String.join(", ", l.stream().map(String::valueOf).toList());
    if (v instanceof Double d) return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) (double) d) : String.format(Locale.ROOT, "%.6g", d);
    return String.valueOf(v);
  }

  private static String label(Object o) {
    if (o instanceof Identified i) return i.getId();
    return String.valueOf(o);
  }

  /**
   * Sets an attribute from the text typed in a cell. Returns null when done, else the problem.
   * Public so tests can drive an edit the way the cell editor does.
   */
  public String set(EObject o, String feature, String text) {
    EAttribute a = (EAttribute) spec.type().getEStructuralFeature(feature);
    Object value;
    try {
      value = parse(a, text);
    } catch (IllegalArgumentException e) {
      String problem = label(o) + ": " + feature + " '" + text + "' " + e.getMessage();
      message.setText(problem);
      return problem;
    }
    // The model's declared range: a value no engine can run is refused as it is typed, with the range.
    String outOfRange = NumericRanges.problem(a, value);
    if (outOfRange != null) {
      String problem = label(o) + ": " + outOfRange;
      message.setText(problem);
      return problem;
    }
    message.setText("");
    if (Objects.equals(value, o.eGet(a))) return null;
    Command cmd = SetCommand.create(domain, o, a, value);
    if (!cmd.canExecute()) return label(o) + ": " + feature + " cannot be set";
    domain.getCommandStack().execute(cmd);
    return null;
  }

  static Object parse(EAttribute a, String text) {
    EDataType t = a.getEAttributeType();
    String s = text.trim();
    if (t instanceof EEnum en) {
      EEnumLiteral lit = en.getEEnumLiteral(s);
      if (lit == null) throw new IllegalArgumentException("is not one of " + en.getELiterals().stream().map(EEnumLiteral::getName).toList());
      return lit.getInstance();
    }
    Class<?> c = t.getInstanceClass();
    try {
      if (c == double.class || c == Double.class) {
        double d = Double.parseDouble(s);
        if (!Double.isFinite(d)) throw new NumberFormatException();
        return d;
      }
      if (c == int.class || c == Integer.class) return Integer.parseInt(s);
      if (c == long.class || c == Long.class) return Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("is not a " + (c == double.class || c == Double.class ? "number" : "whole number"));
    }
    if (c == boolean.class || c == Boolean.class) {
      if (!s.equalsIgnoreCase("true") && !s.equalsIgnoreCase("false")) throw new IllegalArgumentException("is not true or false");
      return Boolean.parseBoolean(s);
    }
    return s.isEmpty() ? null : s;
  }

  private final class Editing extends EditingSupport {
    private final EAttribute attribute;

    Editing(EAttribute a) {
      super(viewer);
      this.attribute = a;
    }

    @Override
    protected CellEditor getCellEditor(Object element) {
      if (attribute.getEAttributeType() instanceof EEnum en) {
        return new ComboBoxCellEditor(viewer.getTable(), en.getELiterals().stream().map(EEnumLiteral::getName).toArray(String[]::new), SWT.READ_ONLY);
      }
      return new TextCellEditor(viewer.getTable());
    }

    @Override
    protected boolean canEdit(Object element) {
      return true;
    }

    @Override
    protected Object getValue(Object element) {
      Object v = ((EObject) element).eGet(attribute);
      if (attribute.getEAttributeType() instanceof EEnum en) return en.getELiterals().indexOf(en.getEEnumLiteral(v.toString()));
      return text((EObject) element, attribute);
    }

    @Override
    protected void setValue(Object element, Object value) {
      String text = attribute.getEAttributeType() instanceof EEnum en ? en.getELiterals().get((Integer) value).getName() : (String) value;
      set((EObject) element, attribute.getName(), text);
      viewer.update(element, null);
    }
  }
}
