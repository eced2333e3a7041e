package org.slicewright.ui.whatif;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.slicewright.data.traces.TraceFormatException;
import org.slicewright.sim.scenario.RunKind;
import org.slicewright.ui.editor.ScenarioEditor;
import org.slicewright.whatif.WhatIfs;

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
  private ChoicePage<RunKind> pick;
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
      pick = new ChoicePage<>("study", "Which study?", "Scenario '" + editor.getScenario().getId() + "' holds " + studies.size() + " studies; each runs on its own.",
          studies, RunKind::title, null);
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
          "the small DDNN on shorter traces, about ten seconds", "the study's architecture on the full traces, a few minutes to an hour", WhatIfs.OFFLOADING);
      case TWINS -> new QuickOrFullRunPage(editor, "Twin", "Emulates the twin study of " + id + ": one instance of the network per reservation policy.",
          "a third of a day after two days of history, seconds", "the study as configured", WhatIfs.TWINS);
      default -> throw new IllegalArgumentException("no what-if for " + kind);
    };
  }

  /** The study to run: the one picked on the first page, or the only one. */
  private RunKind chosen() {
    return pick == null ? studies.get(0) : pick.chosen();
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

  /** For tests: picks the study to run and shows its page, as Next does. */
  public void show(RunKind kind) {
    if (pick != null) pick.select(kind);
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
