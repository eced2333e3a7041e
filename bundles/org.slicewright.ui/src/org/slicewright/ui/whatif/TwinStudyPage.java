package org.slicewright.ui.whatif;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.slicing.Slice;
import org.slicewright.model.topology.UserDeviceGroup;
import org.slicewright.sim.scenario.StudyDraft;
import org.slicewright.sim.scenario.TwinStudyDraft;

/** A twin study: the user-device groups whose twins feed the slices' reservations (all drawn groups by default). */
public final class TwinStudyPage extends StudyPage {
  private CheckboxTableViewer groups;

  TwinStudyPage(Scenario scenario) {
    super("twins", "Digital twin study", "The user-device groups whose twins feed the slices' reservations.", scenario);
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
    List<UserDeviceGroup> candidates = TwinStudyDraft.candidates(scenario);
    groups.setInput(candidates);
    groups.setCheckedElements(candidates.toArray());
    groups.addCheckStateListener(e -> check());
    List<Slice> slices = new TwinStudyDraft(scenario, List.of()).slices();
    explanation(c, 2, (slices.isEmpty()
        ? "No slice carries a service yet: an eMBB slice with a mobile-broadband service is added. "
        : "Slices served: " + String.join(", ", slices.stream().map(Slice::getName).toList()) + ". ")
        + String.format(Locale.ROOT, "Each group's twin generates %.1f data units/s per device on average, with a daily cycle of %.0f %% peaking at %.0f:00; "
            + "the study compares static mean, last value, seasonal-naive and forecast reservations over one day of 5-minute periods.",
            TwinStudyDraft.RATE_PER_DEVICE, 100 * TwinStudyDraft.DIURNAL_AMPLITUDE, TwinStudyDraft.PEAK_HOUR));
    setControl(c);
    check();
  }

  @Override
  StudyDraft draft() {
    if (groups == null) return null;
    List<UserDeviceGroup> chosen = new ArrayList<>();
    for (Object o : groups.getCheckedElements()) chosen.add((UserDeviceGroup) o);
    return new TwinStudyDraft(scenario, chosen);
  }

  /** For tests: ticks these groups, as a planner would. */
  public void enter(List<UserDeviceGroup> chosen) {
    groups.setCheckedElements(chosen.toArray());
    check();
  }
}
