package org.slicewright.ui.whatif;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
import org.slicewright.model.topology.Node;
import org.slicewright.model.topology.NodeKind;
import org.slicewright.sim.scenario.Addition;
import org.slicewright.sim.scenario.EdgeStudyDraft;
import org.slicewright.sim.scenario.PoolingStudyDraft;
import org.slicewright.sim.scenario.StudyDraft;
import org.slicewright.ui.editor.ScenarioEditor;

/**
 * What-If > Add Study...: adds a study over the network the planner drew, as one undoable edit. The
 * first page chooses the kind; the kind's page shows what the study will run on and checks the
 * settings as the planner types (the Finish button stays off while anything is wrong).
 */
public final class AddStudyWizard extends Wizard {
  private final ScenarioEditor editor;
  private final KindPage kindPage = new KindPage();
  private final PoolingPage poolingPage = new PoolingPage();
  private final EdgePage edgePage = new EdgePage();

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
  }

  private Scenario scenario() {
    return editor.getScenario();
  }

  @Override
  public IWizardPage getNextPage(IWizardPage page) {
    if (page == kindPage) return kindPage.pooling() ? poolingPage : edgePage;
    return null;
  }

  @Override
  public boolean canFinish() {
    StudyPage p = kindPage.pooling() ? poolingPage : edgePage;
    return getContainer().getCurrentPage() == p && p.isPageComplete();
  }

  @Override
  public boolean performFinish() {
    add(editor.getEditingDomain(), (kindPage.pooling() ? poolingPage : edgePage).draft(), "Add " + (kindPage.pooling() ? "pooling" : "edge") + " study");
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
    domain.getCommandStack().execute(all);
  }

  /** Which study to add. */
  private final class KindPage extends WizardPage {
    private Button pooling;

    KindPage() {
      super("kind", "Add a study", null);
    }

    boolean pooling() {
      return pooling == null || pooling.getSelection();
    }

    @Override
    public void createControl(Composite parent) {
      setDescription("Choose what to evaluate on the network of " + scenario().getId() + ".");
      Composite c = new Composite(parent, SWT.NONE);
      c.setLayout(new GridLayout(1, false));
      pooling = new Button(c, SWT.RADIO);
      pooling.setText("Resource pooling: federated learning over access points grouped into sub-pools");
      pooling.setSelection(true);
      note(c, "Sweeps the number of sub-pools and the load (lambda max); measures accuracy, convergence and resource units.");
      Button edge = new Button(c, SWT.RADIO);
      edge.setText("Edge inference: video analytics on boards with AI accelerators");
      note(c, "Emulates each node-selection policy; measures latency percentiles and budget violations per board.");
      setControl(c);
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
          + "profile gets the one measured on a board with its accelerator; a device without a link to a board gets one with the measured "
          + "5G edge latency (mean 13.4 ms, standard deviation 16.1 ms, stable law).");
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

  /** For tests: enters the kind and settings as a planner would; true when Finish is then enabled. */
  public boolean enter(boolean pooling, List<Node> trainers, String lambdaMax, String budgetMs) {
    kindPage.pooling.setSelection(pooling);
    getContainer().showPage(pooling ? poolingPage : edgePage);
    if (pooling) {
      poolingPage.hosts.setCheckedElements(trainers.toArray());
      poolingPage.lambdas.setText(lambdaMax);
    } else {
      edgePage.budget.setText(budgetMs);
    }
    return canFinish();
  }

  public String errorMessage() {
    return ((WizardPage) getContainer().getCurrentPage()).getErrorMessage();
  }
}
