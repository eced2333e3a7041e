package org.slicewright.diagram.glsp;

import java.util.List;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;

import com.google.inject.Inject;

/**
 * Redraws a diagram after a change made elsewhere: an edit in the workbench's tree, in another page
 * of the same served scenario, or new results drawn over the topology. The change's own thread only
 * queues a {@link Redraw}; the diagram's dispatcher then builds the new graph model, so a session's
 * graph model and index are only ever written by its own dispatcher.
 */
public class RedrawActionHandler extends AbstractActionHandler<RedrawActionHandler.Redraw> {
  @Inject
  protected ModelSubmissionHandler submission;

  /** Server-side only: no client declares this kind, so it is never sent to one. */
  public static final class Redraw extends Action {
    public static final String KIND = "slicewrightRedraw";

    public Redraw() {
      super(KIND);
    }
  }

  @Override
  protected List<Action> executeAction(Redraw action) {
    return submission.submitModel();
  }
}
