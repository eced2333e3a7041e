package org.slicewright.ui.whatif;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.topology.Node;
import org.slicewright.sim.scenario.EdgeStudyDraft;
import org.slicewright.sim.scenario.StudyDraft;

/** An edge study: every drawn board and end device takes part; the planner sets the latency budget. */
public final class EdgeStudyPage extends StudyPage {
  private Text budget;

  EdgeStudyPage(Scenario scenario) {
    super("edge", "Edge inference study", "Every board and end device of the network takes part; the latency budget of the video analytics.", scenario);
  }

  @Override
  public void createControl(Composite parent) {
    Composite c = new Composite(parent, SWT.NONE);
    c.setLayout(new GridLayout(2, false));
    EdgeStudyDraft preview = new EdgeStudyDraft(scenario, 150);
    new Label(c, SWT.NONE).setText("Boards:");
    new Label(c, SWT.WRAP).setText(names(preview.boards()));
    new Label(c, SWT.NONE).setText("End devices:");
    new Label(c, SWT.WRAP).setText(names(preview.devices()));
    new Label(c, SWT.NONE).setText("Latency budget (ms):");
    budget = new Text(c, SWT.BORDER);
    budget.setText("150");
    budget.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    budget.addModifyListener(e -> check());
    explanation(c, 2, "Adds the four node-selection policies (round robin, random, least latency, combined weight). A board without a hardware "
        + "profile gets the one measured on a board with its accelerator; each device is linked to every board it is not linked to yet, "
        + "with the measured 5G edge latency (mean 13.4 ms, standard deviation 16.1 ms, stable law).");
    setControl(c);
    check();
  }

  static String names(List<Node> nodes) {
    return nodes.isEmpty() ? "none drawn yet" : String.join(", ", nodes.stream().map(Node::getName).toList());
  }

  @Override
  StudyDraft draft() {
    if (budget == null) return null;
    try {
      return new EdgeStudyDraft(scenario, number(budget.getText(), "a latency budget in ms"));
    } catch (UnparsedSetting e) {
      return e.asDraft();
    }
  }

  /** For tests: types this budget, as a planner would. */
  public void enter(String budgetMs) {
    budget.setText(budgetMs);
    check();
  }
}
