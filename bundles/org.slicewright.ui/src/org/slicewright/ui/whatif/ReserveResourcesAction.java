package org.slicewright.ui.whatif;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.IPathEditorInput;
import org.slicewright.solver.ReservationPlan;
import org.slicewright.ui.editor.ActiveScenario;
import org.slicewright.ui.editor.ScenarioEditor;
import org.slicewright.ui.prefs.SlicewrightPreferences;
import org.slicewright.ui.results.ExportReportAction;
import org.slicewright.whatif.ReservationRun;

/**
 * What-If > Reserve Resources...: the two-level reservation of the active scenario (as
 * {@code ./slicewright reserve} solves it), on the solver the preferences name, as a background job;
 * writes {@code reservation.csv} or {@code shortages.csv} and the report into a chosen folder. The
 * problem is read from the scenario before the job starts, so later edits do not race the solver.
 */
public final class ReserveResourcesAction extends Action {
  public static final String ID = "org.slicewright.ui.reserveResources";
  private final IWorkbenchWindow window;

  public ReserveResourcesAction(IWorkbenchWindow window) {
    super("Reser&ve Resources...");
    setId(ID);
    this.window = window;
  }

  @Override
  public void run() {
    ScenarioEditor editor = ActiveScenario.editor(window);
    if (editor == null) {
      MessageDialog.openInformation(window.getShell(), "Reserve Resources", "Open a scenario first.");
      return;
    }
    ReservationRun run;
    try {
      run = ReservationRun.plan(editor.getScenario(), 0, SlicewrightPreferences.store().getString(SlicewrightPreferences.SOLVER));
    } catch (IllegalArgumentException e) {
      MessageDialog.openError(window.getShell(), "Reserve Resources", "The scenario cannot be reserved: " + e.getMessage());
      return;
    }
    DirectoryDialog d = new DirectoryDialog(window.getShell());
    d.setMessage("Folder for reservation.csv (or shortages.csv), report.html and report.pdf");
    d.setFilterPath(ExportReportAction.defaultFolder(editor).toString());
    String dir = d.open();
    if (dir == null) return;
    String source = ((IPathEditorInput) editor.getEditorInput()).getPath().toOSString();
    ReservationJob job = new ReservationJob(run, Path.of(dir), source);
    job.addJobChangeListener(new JobChangeAdapter() {
      @Override
      public void done(IJobChangeEvent event) {
        if (!event.getResult().isOK() || job.plan() == null) return;
        Display.getDefault().asyncExec(() -> report(job, dir));
      }
    });
    job.schedule();
  }

  private void report(ReservationJob job, String dir) {
    ReservationPlan p = job.plan();
    String what = p.feasible()
        ? String.format(Locale.ROOT, "Optimal reservation: %.4g RU/s, %d AVAPs, %d VAP shares (%s, %.2f s).", p.cost(), p.avaps().size(), p.vaps().size(), p.backend(),
            p.solveSeconds())
        : p.shortages().size() + " capacities are short; shortages.csv names them.";
    String note = job.run.fallbackReason() == null ? "" : "\n\n" + job.run.fallbackReason() + ".";
    int open = new MessageDialog(window.getShell(), "Reserve Resources", null, what + note + "\n\nThe report is in " + dir + ".", MessageDialog.INFORMATION, 0,
        "&Open Report", "Close").open();
    if (open == 0) Program.launch(Path.of(dir, "report.html").toString());
  }

  /** Solves and writes the files, with the workbench's progress and a clear error. */
  public static final class ReservationJob extends Job {
    private final ReservationRun run;
    private final Path out;
    private final String source;
    private volatile ReservationPlan plan;

    public ReservationJob(ReservationRun run, Path out, String source) {
      super("Reserving resources");
      this.run = run;
      this.out = out;
      this.source = source;
      setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
      monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
      try {
        ReservationPlan p = run.solve();
        run.write(out, source);
        plan = p;
        return Status.OK_STATUS;
      } catch (IOException | RuntimeException e) {
        return new Status(IStatus.ERROR, "org.slicewright.ui", "The reservation failed: " + e.getMessage(), e);
      } finally {
        monitor.done();
      }
    }

    /** The plan (null until the job finished, and after an error). */
    public ReservationPlan plan() {
      return plan;
    }
  }
}
