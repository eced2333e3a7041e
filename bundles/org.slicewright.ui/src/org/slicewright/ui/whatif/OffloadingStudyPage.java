package org.slicewright.ui.whatif;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.slicing.VNF;
import org.slicewright.sim.scenario.OffloadingStudyDraft;
import org.slicewright.sim.scenario.StudyDraft;

/**
 * An offloading study over the scenario's VNFs (or one VNF per drawn base station when there is
 * none): the edge-cloud round-trip time and the asymmetric cost of under-provisioning.
 */
public final class OffloadingStudyPage extends StudyPage {
  private Text rtt, underCost;

  OffloadingStudyPage(Scenario scenario) {
    super("offloading", "Edge/cloud offloading study", "The VNFs whose resource allocation the DDNN predicts, and the edge-cloud round trip.", scenario);
  }

  @Override
  public void createControl(Composite parent) {
    Composite c = new Composite(parent, SWT.NONE);
    c.setLayout(new GridLayout(2, false));
    OffloadingStudyDraft preview = new OffloadingStudyDraft(scenario, 0, 1);
    List<VNF> functions = preview.functions();
    new Label(c, SWT.NONE).setText("VNFs:");
    new Label(c, SWT.WRAP).setText(functions.isEmpty()
        ? "none yet: one per base station or access point (" + EdgeStudyPage.names(preview.radioNodes()) + ")"
        : String.join(", ", functions.stream().map(VNF::getName).toList()));
    new Label(c, SWT.NONE).setText("Edge-cloud round trip (ms):");
    rtt = field(c, typed(OffloadingStudyDraft.defaultRttMs(scenario)));
    new Label(c, SWT.NONE).setText("Under-provisioning cost (x over-provisioning):");
    underCost = field(c, typed(OffloadingStudyDraft.STUDY_UNDER_PROVISIONING_COST));
    explanation(c, 2, "Adds the four offloading policies (oracle, random, confidence, ML). The round trip defaults to twice the latency of the drawn "
        + "edge-to-cloud link, else to the " + typed(OffloadingStudyDraft.MEASURED_RTT_MS) + " ms measured in the study; allocating too little costs "
        + typed(OffloadingStudyDraft.STUDY_UNDER_PROVISIONING_COST) + " times allocating too much, as in the study. "
        + "Demand per VNF comes from the level-one twins when every VNF has one, else from a seeded synthetic trace (a CSV can be named in the policy).");
    setControl(c);
    check();
  }

  /** A value as the planner would type it: 50, 42.46. */
  private static String typed(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
  }

  /** For tests: the round trip the page proposed or the planner typed. */
  public String roundTrip() {
    return rtt.getText();
  }

  private Text field(Composite c, String value) {
    Text t = new Text(c, SWT.BORDER);
    t.setText(value);
    t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    t.addModifyListener(e -> check());
    return t;
  }

  @Override
  StudyDraft draft() {
    if (underCost == null) return null;
    try {
      return new OffloadingStudyDraft(scenario, number(rtt.getText(), "a round-trip time in ms"), number(underCost.getText(), "an under-provisioning cost"));
    } catch (UnparsedSetting e) {
      return e.asDraft();
    }
  }

  /** For tests: types these settings, as a planner would. */
  public void enter(String rttMs, String underProvisioningCost) {
    rtt.setText(rttMs);
    underCost.setText(underProvisioningCost);
    check();
  }
}
