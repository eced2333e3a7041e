package org.slicewright.ui.whatif;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.topology.Node;
import org.slicewright.model.topology.NodeKind;
import org.slicewright.sim.scenario.PoolingStudyDraft;
import org.slicewright.sim.scenario.StudyDraft;
import org.slicewright.model.util.LiteralWords;

/** A pooling study: the hosts whose users train the learning function (the drawn APs by default) and the loads to sweep. */
public final class PoolingStudyPage extends StudyPage {
  private CheckboxTableViewer hosts;
  private Text lambdas;
  private Label plan;

  PoolingStudyPage(Scenario scenario) {
    super("pooling", "Resource pooling study", "The access points whose users train the learning function, and the loads to sweep.", scenario);
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
        return n.getName() + " (" + LiteralWords.lower(n.getKind().getLiteral()) + ")";
      }
    });
    List<Node> candidates = PoolingStudyDraft.candidates(scenario);
    hosts.setInput(candidates);
    // Access points are the trainers of the case study; other hosts can be ticked by hand.
    hosts.setCheckedElements(candidates.stream().filter(n -> n.getKind() == NodeKind.ACCESS_POINT).toArray());
    hosts.addCheckStateListener(e -> check());
    new Label(c, SWT.NONE).setText("Lambda max (data units/s per AP):");
    lambdas = new Text(c, SWT.BORDER);
    lambdas.setText("1, 2, 5, 10");
    lambdas.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    lambdas.addModifyListener(e -> check());
    plan = explanation(c, 2, "");
    setControl(c);
    check();
  }

  @Override
  StudyDraft draft() {
    if (plan == null) return null;
    List<Double> values;
    try {
      values = LambdaMaxText.parse(lambdas.getText());
    } catch (UnparsedSetting e) {
      return e.asDraft();
    }
    List<Node> chosen = new ArrayList<>();
    for (Object o : hosts.getCheckedElements()) chosen.add((Node) o);
    PoolingStudyDraft draft = new PoolingStudyDraft(scenario, chosen, values);
    plan.setText(draft.problems().isEmpty()
        ? "The sweep: sub-pools k in " + draft.subPoolCounts() + " x lambda max " + values + " = "
            + draft.subPoolCounts().size() * values.size() + " runs, with the case study's learning parameters (784-200-10 network, SGD, "
            + "FedAvg every 10 ticks). APs without a site get one at their drawn position."
        : "");
    return draft;
  }

  /** For tests: ticks these trainers and types these loads, as a planner would. */
  public void enter(List<Node> trainers, String lambdaMax) {
    hosts.setCheckedElements(trainers.toArray());
    lambdas.setText(lambdaMax);
    check();
  }
}
