package org.slicewright.ui.validation;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.slicewright.model.util.ModelValidator;
import org.slicewright.model.util.Problem;
import org.slicewright.ui.editor.ScenarioEditor;
import org.slicewright.ui.editor.ScenarioTracker;

/**
 * The validation problems of the active scenario (the same rules as {@code slicewright validate}),
 * refreshed on save, on Validate and when another scenario becomes active. Double-clicking a problem
 * selects its element in the editor, so the Properties view shows what to fix. (The IDE's Problems
 * view needs workspace resources, which the product does not ship.)
 */
public final class ValidationView extends ViewPart {
  public static final String ID = "org.slicewright.ui.validationView";
  private TableViewer viewer;
  private ScenarioTracker tracker;
  private List<Problem> problems = List.of();

  @Override
  public void createPartControl(Composite parent) {
    viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
    viewer.getTable().setHeaderVisible(true);
    viewer.getTable().setLinesVisible(true);
    viewer.setContentProvider(ArrayContentProvider.getInstance());
    column("", 28, p -> "", p -> PlatformUI.getWorkbench().getSharedImages()
        .getImage(p.severity() == Problem.Severity.ERROR ? ISharedImages.IMG_OBJS_ERROR_TSK : ISharedImages.IMG_OBJS_WARN_TSK));
    column("Element", 220, Problem::element, p -> null);
    column("Problem", 520, Problem::message, p -> null);
    viewer.addDoubleClickListener(e -> {
      Problem p = (Problem) ((IStructuredSelection) e.getSelection()).getFirstElement();
      ScenarioEditor ed = tracker.editor();
      if (p != null && ed != null && p.object() != null) {
        getSite().getPage().activate(ed);
        ed.getViewer().setSelection(new StructuredSelection(p.object()), true);
      }
    });
    tracker = new ScenarioTracker(getSite().getPage(), () -> parent.getDisplay().asyncExec(() -> {
      if (!viewer.getControl().isDisposed()) validateActive();
    }));
    validateActive();
  }

  private void column(String title, int width, Function<Problem, String> text,
      Function<Problem, Image> image) {
    TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
    c.getColumn().setText(title);
    c.getColumn().setWidth(width);
    c.setLabelProvider(new ColumnLabelProvider() {
      @Override
      public String getText(Object e) { return text.apply((Problem) e); }
      @Override
      public Image getImage(Object e) { return image.apply((Problem) e); }
    });
  }

  /** Validates the active scenario now and shows the result. */
  public List<Problem> validateActive() {
    ScenarioEditor e = tracker.editor();
    problems = e == null ? List.of() : ModelValidator.validate(e.getScenario());
    viewer.setInput(problems);
    long errors = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
    setContentDescription(e == null
        ? "Open a scenario to validate it."
        : problems.isEmpty()
            ? e.getScenario().getId() + ": no problems"
            : e.getScenario().getId() + ": " + errors + " errors, " + (problems.size() - errors) + " warnings");
    return problems;
  }

  public TableViewer getViewer() { return viewer; }

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
