package org.slicewright.ui.whatif;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.slicewright.data.traces.TraceFormatException;
import org.slicewright.sim.scenario.RunKind;
import org.slicewright.ui.editor.ScenarioEditor;

/**
 * What-If > Run What-If...: one wizard for every study kind. When the scenario holds several studies
 * the first page asks which to run; each kind's page then takes that run's settings (the pooling
 * sweep, the edge emulated time, Quick or Full for offloading and twins). Finish starts the run as a
 * background job; its runs are added to the scenario when it ends (one Undo removes them).
 */
public final class RunWhatIfWizard extends Wizard {
  private final ScenarioEditor editor;
  private final List<RunKind> studies;
  private final Map<RunKind, RunPage> pages = new EnumMap<>(RunKind.class);
  private StudyPickPage pick;
  private WhatIfJob job;

  /** @param studies the scenario's studies, at least one, in the order the workbench lists them */
  public RunWhatIfWizard(ScenarioEditor editor, List<RunKind> studies) {
    if (studies.isEmpty()) throw new IllegalArgumentException("scenario '" + editor.getScenario().getId() + "' has no study to run");
    this.editor = editor;
    this.studies = List.copyOf(studies);
    setWindowTitle("Run What-If");
    setNeedsProgressMonitor(false);
  }

  @Override
  public void addPages() {
    if (studies.size() > 1) {
      pick = new StudyPickPage();
      addPage(pick);
    }
    for (RunKind k : studies) {
      RunPage p = page(k);
      pages.put(k, p);
      addPage(p);
    }
  }

  private RunPage page(RunKind kind) {
    String id = editor.getScenario().getId();
    return switch (kind) {
      case POOLING -> new PoolingRunPage(editor);
      case EDGE -> new EdgeRunPage(editor);
      case OFFLOADING -> new QuickOrFullRunPage(editor, "Offloading", "Trains the DDNN of " + id + " and its centralised baselines, then evaluates the four offloading policies.",
          "the small DDNN on shorter traces, about ten seconds", "the study's architecture on the full traces, a few minutes to an hour", WhatIfJob::offloading);
      case TWINS -> new QuickOrFullRunPage(editor, "Twin", "Emulates the twin study of " + id + ": one instance of the network per reservation policy.",
          "a third of a day after two days of history, seconds", "the study as configured", WhatIfJob::twins);
      default -> throw new IllegalArgumentException("no what-if for " + kind);
    };
  }

  /** The study to run: the one picked on the first page, or the only one. */
  private RunKind chosen() {
    return pick == null ? studies.get(0) : pick.kind();
  }

  @Override
  public IWizardPage getNextPage(IWizardPage page) {
    return page == pick ? pages.get(chosen()) : null;
  }

  @Override
  public boolean canFinish() {
    RunPage p = pages.get(chosen());
    return getContainer().getCurrentPage() == p && p.isPageComplete();
  }

  @Override
  public boolean performFinish() {
    RunPage p = pages.get(chosen());
    try {
      job = p.job();
    } catch (IllegalArgumentException | IOException | TraceFormatException e) {
      p.problem(e.getMessage());
      return false;
    }
    job.schedule();
    return true;
  }

  /** The job Finish started, or null. */
  public WhatIfJob job() {
    return job;
  }

  /** Which study to run, one choice per study the scenario holds. */
  private final class StudyPickPage extends WizardPage {
    private final Map<RunKind, Button> buttons = new EnumMap<>(RunKind.class);

    StudyPickPage() {
      super("study", "Which study?", null);
      setDescription("Scenario '" + editor.getScenario().getId() + "' holds " + studies.size() + " studies; each runs on its own.");
    }

    RunKind kind() {
      for (Map.Entry<RunKind, Button> e : buttons.entrySet()) if (e.getValue().getSelection()) return e.getKey();
      return studies.get(0);
    }

    @Override
    public void createControl(Composite parent) {
      Composite c = new Composite(parent, SWT.NONE);
      c.setLayout(new GridLayout(1, false));
      for (RunKind k : studies) {
        Button b = new Button(c, SWT.RADIO);
        b.setText(k.title());
        b.setSelection(k == studies.get(0));
        buttons.put(k, b);
      }
      setControl(c);
    }
  }

  /** For tests: picks the study to run and shows its page, as Next does. */
  public void show(RunKind kind) {
    if (pick != null) pick.buttons.forEach((k, b) -> b.setSelection(k == kind));
    getContainer().showPage(pages.get(chosen()));
  }

  /** For tests: types the edge what-if's emulated seconds, as a planner would. */
  public void enterEdgeSeconds(String seconds) {
    ((EdgeRunPage) pages.get(RunKind.EDGE)).enter(seconds);
  }

  /** For tests: chooses Quick or Full on the page of an offloading or twin what-if. */
  public void chooseQuick(RunKind kind, boolean quick) {
    ((QuickOrFullRunPage) pages.get(kind)).choose(quick);
  }
}
