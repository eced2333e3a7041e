package org.slicewright.ui.app;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.slicewright.ui.charts.ChartView;
import org.slicewright.ui.explorer.ModelExplorerView;
import org.slicewright.ui.results.ResultsView;
import org.slicewright.ui.validation.ValidationView;
import org.slicewright.ui.welcome.WelcomeView;

/** The planner's layout: Model Explorer on the left, editors in the middle; Properties, Results, Validation and Progress below, Charts to their right. */
public class PlannerPerspective implements IPerspectiveFactory {
  public static final String ID = "org.slicewright.ui.perspective";

  @Override
  public void createInitialLayout(IPageLayout layout) {
    String editors = layout.getEditorArea();
    layout.setEditorAreaVisible(true);
    layout.addView(ModelExplorerView.ID, IPageLayout.LEFT, 0.25f, editors);
    IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.62f, editors);
    bottom.addView(IPageLayout.ID_PROP_SHEET);
    bottom.addView(ResultsView.ID);
    layout.addView(ChartView.ID, IPageLayout.RIGHT, 0.55f, "bottom");
    layout.addView(WelcomeView.ID, IPageLayout.TOP, 0.5f, editors);
    bottom.addView(ValidationView.ID);
    // What-ifs run as background jobs: their progress and Cancel button, beyond the status line's one bar.
    bottom.addView(IPageLayout.ID_PROGRESS_VIEW);
    layout.addShowViewShortcut(WelcomeView.ID);
    layout.addShowViewShortcut(ValidationView.ID);
    layout.addShowViewShortcut(ModelExplorerView.ID);
    layout.addShowViewShortcut(ResultsView.ID);
    layout.addShowViewShortcut(ChartView.ID);
    layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
    layout.addShowViewShortcut(IPageLayout.ID_PROGRESS_VIEW);
  }
}
