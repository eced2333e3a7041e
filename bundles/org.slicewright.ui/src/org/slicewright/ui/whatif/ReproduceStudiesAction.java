package org.slicewright.ui.whatif;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.slicewright.examples.Examples;
import org.slicewright.cluster.PoolingRunner;
import org.slicewright.model.util.ScenarioLoadException;
import org.slicewright.model.util.ScenarioResources;
import org.slicewright.report.reproduce.Reproduction;
import org.slicewright.sim.CanceledException;
import org.slicewright.ui.prefs.SlicewrightPreferences;
import org.slicewright.ui.jobs.ProgressBridge;

/**
 * What-If > Reproduce Studies...: runs the source studies' findings on the bundled examples as a
 * background job (progress and cancel in the Progress view) and writes {@code reproduction.csv},
 * {@code report.html} and {@code report.pdf} into a chosen folder, the same files as
 * {@code ./slicewright reproduce}. The user's scenarios are not touched.
 */
public final class ReproduceStudiesAction extends Action {
  public static final String ID = "org.slicewright.ui.reproduceStudies";
  private final IWorkbenchWindow window;

  public ReproduceStudiesAction(IWorkbenchWindow window) {
    super("Re&produce Studies...");
    setId(ID);
    setToolTipText("Run the source studies' case studies on the bundled examples and compare the findings");
    this.window = window;
  }

  @Override
  public void run() {
    List<Path> examples = Reproduction.examples(Examples.folder());
    for (Path example : examples) {
      if (!Files.isRegularFile(example)) {
        MessageDialog.openError(window.getShell(), "Reproduce Studies", "The bundled example is missing: " + example);
        return;
      }
    }
    int choice = new MessageDialog(window.getShell(), "Reproduce Studies", null,
        "Run the resource-pooling, offloading, edge, digital-twin and QoAIS findings on the bundled examples?\n\n"
            + "Quick: sub-pools 1, 4 and 32 at lambda max = 1; the small DDNN on 6 days; the twin sweep's extreme values (a few minutes on 2 cores).\n"
            + "Full: adds the sub-pools in between, the top load and the study's DDNN on 14 days (much longer: see the user guide).",
        MessageDialog.QUESTION, 0, "&Quick", "&Full", "Cancel").open();
    if (choice < 0 || choice > 1) return;
    DirectoryDialog d = new DirectoryDialog(window.getShell());
    d.setMessage("Folder for reproduction.csv, report.html and report.pdf");
    String dir = d.open();
    if (dir == null) return;
    ReproductionJob job = new ReproductionJob(examples, Path.of(dir), choice == 0);
    job.addJobChangeListener(new JobChangeAdapter() {
      @Override
      public void done(IJobChangeEvent event) {
        if (!event.getResult().isOK() || job.result() == null) return;
        Reproduction.Result r = job.result();
        Display.getDefault().asyncExec(() -> MessageDialog.openInformation(window.getShell(), "Reproduce Studies",
            String.format(Locale.ROOT, "%d of %d findings reproduced in %.0f s.%n%nThe report is in %s.", r.reproduced(), r.findings().size(),
                r.wallSeconds(), dir)));
      }
    });
    job.schedule();
  }

  /** The background job: loads the example, runs the reproduction, writes the files. */
  public static final class ReproductionJob extends Job {
    private final List<Path> examples;
    private final Path out;
    private final boolean quick;
    private volatile Reproduction.Result result;

    public ReproductionJob(List<Path> examples, Path out, boolean quick) {
      super(quick ? "Reproducing the studies (quick)" : "Reproducing the studies");
      this.examples = List.copyOf(examples);
      this.out = out;
      this.quick = quick;
      setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
      try {
        List<Reproduction.Example> loaded = new ArrayList<>();
        for (Path example : examples) loaded.add(new Reproduction.Example(ScenarioResources.load(example), example));
        Reproduction.Result r;
        // The training runs go to the cluster the preferences name, if any.
        try (PoolingRunner training = new PoolingRunner(SlicewrightPreferences.cluster())) {
          r = Reproduction.run(loaded, out, quick, 0, training, new ProgressBridge(monitor));
        }
        if (r.canceled() || monitor.isCanceled()) return Status.CANCEL_STATUS;
        result = r;
        return Status.OK_STATUS;
      } catch (CanceledException e) {
        return Status.CANCEL_STATUS;
      } catch (ScenarioLoadException | IOException | RuntimeException e) {
        return new Status(IStatus.ERROR, "org.slicewright.ui", "The reproduction failed: " + e.getMessage(), e);
      } finally {
        monitor.done();
      }
    }

    /** What the finished job found (null until it finished, and after a cancel or an error). */
    public Reproduction.Result result() {
      return result;
    }
  }
}
