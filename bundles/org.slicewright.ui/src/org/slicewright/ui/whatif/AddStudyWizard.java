package org.slicewright.ui.whatif;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.slicing.Slice;
import org.slicewright.model.topology.Node;
import org.slicewright.model.topology.NodeKind;
import org.slicewright.model.topology.UserDeviceGroup;
import org.slicewright.sim.scenario.Addition;
import org.slicewright.sim.scenario.EdgeStudyDraft;
import org.slicewright.sim.scenario.PoolingStudyDraft;
import org.slicewright.sim.scenario.RunKind;
import org.slicewright.sim.scenario.StudyDraft;
import org.slicewright.sim.scenario.TwinStudyDraft;
import org.slicewright.ui.editor.ScenarioEditor;

/**
 * What-If > Add Study...: adds a pooling, edge or twin study over the network the planner drew, as
 * one undoable edit. The
 * first page chooses the kind; the kind's page shows what the study will run on and checks the
 * settings as the planner types (the Finish button stays off while anything is wrong).
 */
public final class AddStudyWizard extends Wizard {
  private final ScenarioEditor editor;
  private final KindPage kindPage = new KindPage();
  private final PoolingPage poolingPage = new PoolingPage();
  private final EdgePage edgePage = new EdgePage();
  private final TwinPage twinPage = new TwinPage();

  public AddStudyWizard(ScenarioEditor editor) {
    this.editor = editor;
    setWindowTitle("Add Study");
    setNeedsProgressMonitor(false);
  }

  @Override
  public void addPages() {
    addPage(kindPage);
    addPage(poolingPage);
    addPage(edgePage);
    addPage(twinPage);
  }

  private Scenario scenario() {
    return editor.getScenario();
  }

  /** The settings page of the kind chosen on the first page. */
  private StudyPage chosen() {
    return switch (kindPage.kind()) {
      case EDGE -> edgePage;
      case TWINS -> twinPage;
      default -> poolingPage;
    };
  }

  @Override
  public IWizardPage getNextPage(IWizardPage page) {
    return page == kindPage ? chosen() : null;
  }

  @Override
  public boolean canFinish() {
    StudyPage p = chosen();
    return getContainer().getCurrentPage() == p && p.isPageComplete();
  }

  @Override
  public boolean performFinish() {
    add(editor.getEditingDomain(), chosen().draft(), "Add " + kindPage.kind().title().toLowerCase(Locale.ROOT) + " study");
    return true;
  }

  /** Executes a draft's additions as one command on the editor's stack, so one Undo takes the study back. */
  public static void add(EditingDomain domain, StudyDraft draft, String label) {
    List<String> problems = draft.problems();
    if (!problems.isEmpty()) throw new IllegalArgumentException(String.join("; ", problems));
    CompoundCommand all = new CompoundCommand(label);
    for (Addition a : draft.additions()) {
      all.append(a.feature().isMany() ? AddCommand.create(domain, a.owner(), a.feature(), a.value()) : SetCommand.create(domain, a.owner(), a.feature(), a.value()));
    }
    if (!all.canExecute()) throw new IllegalStateException(label + ": the scenario cannot take these elements");
    domain.getCommandStack().execute(all);
  }

  /** Which study to add. */
  private final class KindPage extends WizardPage {
    private final Map<RunKind, Button> buttons = new EnumMap<>(RunKind.class);

    KindPage() {
      super("kind", "Add a study", null);
    }

    RunKind kind() {
      for (Map.Entry<RunKind, Button> e : buttons.entrySet()) if (e.getValue().getSelection()) return e.getKey();
      return RunKind.POOLING;
    }

    void select(RunKind kind) {
      buttons.forEach((k, b) -> b.setSelection(k == kind));
    }

    @Override
    public void createControl(Composite parent) {
      setDescription("Choose what to evaluate on the network of " + scenario().getId() + ".");
      Composite c = new Composite(parent, SWT.NONE);
      c.setLayout(new GridLayout(1, false));
      choice(c, RunKind.POOLING, "Resource pooling: federated learning over access points grouped into sub-pools",
          "Sweeps the number of sub-pools and the load (lambda max); measures accuracy, convergence and resource units.");
      choice(c, RunKind.EDGE, "Edge inference: video analytics on boards with AI accelerators",
          "Emulates each node-selection policy; measures latency percentiles and budget violations per board.");
      choice(c, RunKind.TWINS, "Digital twins: reserve each slice's resources from its users' twins",
          "Compares four reservation policies over a day; measures SLA met, RU reserved and used, and prediction error.");
      buttons.get(RunKind.POOLING).setSelection(true);
      setControl(c);
    }

    private void choice(Composite c, RunKind kind, String text, String what) {
      Button b = new Button(c, SWT.RADIO);
      b.setText(text);
      buttons.put(kind, b);
      note(c, what);
    }
  }

  private static void note(Composite c, String text) {
    Label l = new Label(c, SWT.WRAP);
    l.setText(text);
    GridData d = new GridData(SWT.FILL, SWT.TOP, true, false);
    d.horizontalIndent = 24;
    d.widthHint = 520;
    l.setLayoutData(d);
  }

  /** A kind's settings page: its draft, checked on every change. */
  private abstract class StudyPage extends WizardPage {
    StudyPage(String name, String title, String description) {
      super(name, title, null);
      setDescription(description);
      setPageComplete(false);
    }

    abstract StudyDraft draft();

    /** Shows the first problem of the current settings, or none, and enables Finish accordingly. */
    void check() {
      StudyDraft d = draft();
      List<String> problems = d == null ? List.of() : d.problems();
      setErrorMessage(problems.isEmpty() ? null : problems.get(0));
      setPageComplete(d != null && problems.isEmpty());
    }
  }

  private final class PoolingPage extends StudyPage {
    private CheckboxTableViewer hosts;
    private Text lambdas;
    private Label plan;

    PoolingPage() {
      super("pooling", "Resource pooling study", "The access points whose users train the learning function, and the loads to sweep.");
    }

    @Override
    public void createControl(Composite parent) {
      Composite c = new Composite(parent, SWT.NONE);
      c.setLayout(new GridLayout(2, false));
      new Label(c, SWT.NONE).setText("Trainers:");
      hosts = CheckboxTableViewer.newCheckList(c, SWT.BORDER | SWT.V_SCROLL);
      hosts.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
      hosts.setContentProvider(ArrayContentProvider.getInstance());
      hosts.setLabelProvider(new LabelProvider() {
        @Override
        public String getText(Object o) {
          Node n = (Node) o;
          return n.getName() + " (" + n.getKind().getLiteral().toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
        }
      });
      List<Node> candidates = PoolingStudyDraft.candidates(scenario());
      hosts.setInput(candidates);
      // Access points are the trainers of the case study; other hosts can be ticked by hand.
      hosts.setCheckedElements(candidates.stream().filter(n -> n.getKind() == NodeKind.ACCESS_POINT).toArray());
      hosts.addCheckStateListener(e -> check());
      new Label(c, SWT.NONE).setText("Lambda max (data units/s per AP):");
      lambdas = new Text(c, SWT.BORDER);
      lambdas.setText("1, 2, 5, 10");
      lambdas.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
      lambdas.addModifyListener(e -> check());
      plan = new Label(c, SWT.WRAP);
      GridData d = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
      d.widthHint = 520;
      plan.setLayoutData(d);
      setControl(c);
      check();
    }

    @Override
    StudyDraft draft() {
      if (hosts == null) return null;
      List<Double> values = new ArrayList<>();
      for (String v : lambdas.getText().split("[,;\\s]+")) {
        if (v.isBlank()) continue;
        try {
          values.add(Double.parseDouble(v));
        } catch (NumberFormatException e) {
          return new Invalid("'" + v + "' in lambda max is not a number");
        }
      }
      List<Node> chosen = new ArrayList<>();
      for (Object o : hosts.getCheckedElements()) chosen.add((Node) o);
      PoolingStudyDraft draft = new PoolingStudyDraft(scenario(), chosen, values);
      plan.setText(draft.problems().isEmpty() ? "The sweep: sub-pools k in " + draft.subPoolCounts() + " x lambda max " + values + " = "
          + draft.subPoolCounts().size() * values.size() + " runs, with the case study's learning parameters (784-200-10 network, SGD, "
          + "FedAvg every 10 ticks). APs without a site get one at their drawn position." : "");
      return draft;
    }
  }

  private final class EdgePage extends StudyPage {
    private Text budget;

    EdgePage() {
      super("edge", "Edge inference study", "Every board and end device of the network takes part; the latency budget of the video analytics.");
    }

    @Override
    public void createControl(Composite parent) {
      Composite c = new Composite(parent, SWT.NONE);
      c.setLayout(new GridLayout(2, false));
      EdgeStudyDraft preview = new EdgeStudyDraft(scenario(), 150);
      new Label(c, SWT.NONE).setText("Boards:");
      new Label(c, SWT.WRAP).setText(names(preview.boards()));
      new Label(c, SWT.NONE).setText("End devices:");
      new Label(c, SWT.WRAP).setText(names(preview.devices()));
      new Label(c, SWT.NONE).setText("Latency budget (ms):");
      budget = new Text(c, SWT.BORDER);
      budget.setText("150");
      budget.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
      budget.addModifyListener(e -> check());
      Label how = new Label(c, SWT.WRAP);
      how.setText("Adds the four node-selection policies (round robin, random, least latency, combined weight). A board without a hardware "
          + "profile gets the one measured on a board with its accelerator; each device is linked to every board it is not linked to yet, "
          + "with the measured 5G edge latency (mean 13.4 ms, standard deviation 16.1 ms, stable law).");
      GridData d = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
      d.widthHint = 520;
      how.setLayoutData(d);
      setControl(c);
      check();
    }

    private static String names(List<Node> nodes) {
      return nodes.isEmpty() ? "none drawn yet" : String.join(", ", nodes.stream().map(Node::getName).toList());
    }

    @Override
    StudyDraft draft() {
      if (budget == null) return null;
      try {
        return new EdgeStudyDraft(scenario(), Double.parseDouble(budget.getText().trim()));
      } catch (NumberFormatException e) {
        return new Invalid("'" + budget.getText() + "' is not a latency budget in ms");
      }
    }
  }

  private final class TwinPage extends StudyPage {
    private CheckboxTableViewer groups;

    TwinPage() {
      super("twins", "Digital twin study", "The user-device groups whose twins feed the slices' reservations.");
    }

    @Override
    public void createControl(Composite parent) {
      Composite c = new Composite(parent, SWT.NONE);
      c.setLayout(new GridLayout(2, false));
      new Label(c, SWT.NONE).setText("Groups:");
      groups = CheckboxTableViewer.newCheckList(c, SWT.BORDER | SWT.V_SCROLL);
      groups.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
      groups.setContentProvider(ArrayContentProvider.getInstance());
      groups.setLabelProvider(new LabelProvider() {
        @Override
        public String getText(Object o) {
          UserDeviceGroup g = (UserDeviceGroup) o;
          return g.getName() + " (" + g.getSize() + " devices" + (g.getAttachedTo() == null ? "" : ", at " + g.getAttachedTo().getName()) + ")";
        }
      });
      List<UserDeviceGroup> candidates = TwinStudyDraft.candidates(scenario());
      groups.setInput(candidates);
      groups.setCheckedElements(candidates.toArray());
      groups.addCheckStateListener(e -> check());
      List<Slice> slices = new TwinStudyDraft(scenario(), List.of()).slices();
      Label how = new Label(c, SWT.WRAP);
      how.setText((slices.isEmpty() ? "No slice carries a service yet: an eMBB slice with a mobile-broadband service is added. "
          : "Slices served: " + String.join(", ", slices.stream().map(Slice::getName).toList()) + ". ")
          + String.format(Locale.ROOT, "Each group's twin generates %.1f data units/s per device on average, with a daily cycle of %.0f %% peaking at %.0f:00; "
              + "the study compares static mean, last value, seasonal-naive and forecast reservations over one day of 5-minute periods.",
              TwinStudyDraft.RATE_PER_DEVICE, 100 * TwinStudyDraft.DIURNAL_AMPLITUDE, TwinStudyDraft.PEAK_HOUR));
      GridData d = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
      d.widthHint = 520;
      how.setLayoutData(d);
      setControl(c);
      check();
    }

    @Override
    StudyDraft draft() {
      if (groups == null) return null;
      List<UserDeviceGroup> chosen = new ArrayList<>();
      for (Object o : groups.getCheckedElements()) chosen.add((UserDeviceGroup) o);
      return new TwinStudyDraft(scenario(), chosen);
    }
  }

  /** Settings that do not parse: one problem, nothing to add. */
  private record Invalid(String problem) implements StudyDraft {
    @Override
    public List<String> problems() {
      return List.of(problem);
    }

    @Override
    public List<Addition> additions() {
      return List.of();
    }
  }

  /**
   * For tests: enters the kind and settings as a planner would (the trainers of a pooling study or
   * the groups of a twin study, lambda max, the latency budget); true when Finish is then enabled.
   */
  public boolean enter(RunKind kind, List<?> chosen, String lambdaMax, String budgetMs) {
    kindPage.select(kind);
    getContainer().showPage(chosen());
    switch (kind) {
      case POOLING -> {
        poolingPage.hosts.setCheckedElements(chosen.toArray());
        poolingPage.lambdas.setText(lambdaMax);
        poolingPage.check();
      }
      case EDGE -> {
        edgePage.budget.setText(budgetMs);
        edgePage.check();
      }
      case TWINS -> {
        twinPage.groups.setCheckedElements(chosen.toArray());
        twinPage.check();
      }
      default -> throw new IllegalArgumentException("no study page for " + kind);
    }
    return canFinish();
  }

  public String errorMessage() {
    return ((WizardPage) getContainer().getCurrentPage()).getErrorMessage();
  }
}
