package org.slicewright.ui.whatif;

import java.util.function.Function;

import org.slicewright.model.scenario.Scenario;

/** What the Add Study wizard can add, with the words its first page shows and the page that sets it up. */
public enum StudyChoice {
  POOLING("pooling study", "Resource pooling: federated learning over access points grouped into sub-pools",
      "Sweeps the number of sub-pools and the load (lambda max); measures accuracy, convergence and resource units.", PoolingStudyPage::new), EDGE("edge study",
          "Edge inference: video analytics on boards with AI accelerators",
          "Emulates each node-selection policy; measures latency percentiles and budget violations per board.", EdgeStudyPage::new), OFFLOADING("offloading study",
              "Edge/cloud offloading: a distributed deep network (DDNN) predicts each VNF's resource allocation",
              "Trains the DDNN and its centralised baselines; compares four offloading policies by cost, local share and latency.", OffloadingStudyPage::new), TWINS("twin study",
                  "Digital twins: reserve each slice's resources from its users' twins",
                  "Compares four reservation policies over a day; measures SLA met, RU reserved and used, and prediction error.", TwinStudyPage::new), QOAIS("QoAIS requirements",
                      "QoAIS requirements of an AI service, carried down to an AI task",
                      "States what the service must achieve (accuracy, training time, overheads, privacy, autonomy); the compliance check reports each.",
                      QoaisRequirementsPage::new);

  private final String added, text, what;
  private final Function<Scenario, StudyPage> page;

  StudyChoice(String added, String text, String what, Function<Scenario, StudyPage> page) {
    this.added = added;
    this.text = text;
    this.what = what;
    this.page = page;
  }

  /** The edit's name on the undo stack ("Undo Add pooling study"). */
  public String edit() {
    return "Add " + added;
  }

  public String text() {
    return text;
  }

  public String what() {
    return what;
  }

  StudyPage page(Scenario s) {
    return page.apply(s);
  }
}
