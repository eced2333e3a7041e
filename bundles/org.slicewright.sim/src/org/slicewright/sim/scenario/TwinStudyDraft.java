package org.slicewright.sim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.slicewright.model.scenario.ReservationPolicyKind;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.scenario.ScenarioFactory;
import org.slicewright.model.scenario.ScenarioPackage;
import org.slicewright.model.scenario.TwinStudy;
import org.slicewright.model.slicing.ConventionalService;
import org.slicewright.model.slicing.Service;
import org.slicewright.model.slicing.Slice;
import org.slicewright.model.slicing.SliceKind;
import org.slicewright.model.slicing.SlicingFactory;
import org.slicewright.model.topology.Node;
import org.slicewright.model.topology.UserDeviceGroup;
import org.slicewright.model.twins.LevelOneTwin;
import org.slicewright.model.twins.LevelTwoTwin;
import org.slicewright.model.twins.TwinsFactory;
import org.slicewright.model.util.ScenarioIds;

/**
 * A twin-fed reservation study over the user-device groups the planner drew: a level-one twin per
 * group (its users, located at the node it is attached to, which gets a site at its drawn position when
 * it has none; demand generated with a daily cycle, using
 * every service of the study's slices), a level-two twin per slice, and the study comparing the four
 * reservation policies over one day of 5-minute periods. A scenario without a slice that carries a
 * service gets an eMBB slice with a mobile-broadband service.
 */
public final class TwinStudyDraft implements StudyDraft {
  /** Data units/s a device adds to its group's mean arrival rate: 100 devices make about 30, as in the twin-fed example. */
  public static final double RATE_PER_DEVICE = 0.3;
  /** The daily cycle of generated demand: half the mean, peaking at 20:00, 15 % noise. */
  public static final double DIURNAL_AMPLITUDE = 0.5, PEAK_HOUR = 20, NOISE = 0.15;
  private final Scenario scenario;
  private final List<UserDeviceGroup> groups;

  public TwinStudyDraft(Scenario scenario, List<UserDeviceGroup> groups) {
    this.scenario = scenario;
    this.groups = List.copyOf(groups);
  }

  /** The groups a planner's network offers, in drawing order. */
  public static List<UserDeviceGroup> candidates(Scenario s) {
    return s.getNetwork() == null ? List.of() : List.copyOf(s.getNetwork().getDeviceGroups());
  }

  /** The slices the twins will serve: those that carry a service (none: a new eMBB slice). */
  public List<Slice> slices() {
    return scenario.getSlices().stream().filter(sl -> !sl.getServices().isEmpty()).toList();
  }

  @Override
  public List<String> problems() {
    List<String> out = new ArrayList<>();
    if (groups.isEmpty()) out.add("choose at least one user-device group (draw one with the palette's User-device group)");
    for (UserDeviceGroup g : groups) if (g.getSize() < 1) out.add("group '" + g.getId() + "' has no devices (size " + g.getSize() + ")");
    if (!scenario.getTwinStudies().isEmpty()) out.add("the scenario already has a twin study ('" + scenario.getTwinStudies().get(0).getId() + "'): edit it instead");
    return out;
  }

  @Override
  public List<Addition> additions() {
    Set<String> used = ScenarioIds.used(scenario);
    List<Addition> out = new ArrayList<>();
    List<Slice> slices = slices();
    if (slices.isEmpty()) {
      Slice embb = SlicingFactory.eINSTANCE.createSlice();
      embb.setId(ScenarioIds.fresh(used, "embb-slice", ""));
      embb.setName("eMBB slice");
      embb.setKind(SliceKind.EMBB);
      ConventionalService broadband = SlicingFactory.eINSTANCE.createConventionalService();
      broadband.setId(ScenarioIds.fresh(used, "broadband", ""));
      broadband.setName("Mobile broadband");
      embb.getServices().add(broadband);
      out.add(new Addition(scenario, ScenarioPackage.Literals.SCENARIO__SLICES, embb));
      slices = List.of(embb);
    }
    // Each period a group is served by its nearest base station or access point with a site.
    DrawnSites.add(scenario, groups.stream().map(UserDeviceGroup::getAttachedTo).filter(Objects::nonNull).toList(), used, out);
    List<Service> services = slices.stream().flatMap(sl -> sl.getServices().stream()).toList();
    List<LevelOneTwin> twins = new ArrayList<>();
    for (UserDeviceGroup g : groups) {
      LevelOneTwin t = TwinsFactory.eINSTANCE.createLevelOneTwin();
      t.setId(ScenarioIds.fresh(used, "twin-" + g.getId(), ""));
      t.setName("Twin of " + g.getName());
      t.setGroup(g);
      t.setSize(g.getSize());
      double[] at = position(g);
      t.setX(at[0]);
      t.setY(at[1]);
      t.setArrivalRate(RATE_PER_DEVICE * g.getSize());
      t.setDiurnalAmplitude(DIURNAL_AMPLITUDE);
      t.setPeakHour(PEAK_HOUR);
      t.setNoise(NOISE);
      t.getServices().addAll(services);
      twins.add(t);
      out.add(new Addition(scenario, ScenarioPackage.Literals.SCENARIO__LEVEL_ONE_TWINS, t));
    }
    for (Slice sl : slices) {
      LevelTwoTwin l2 = TwinsFactory.eINSTANCE.createLevelTwoTwin();
      l2.setId(ScenarioIds.fresh(used, "twin-" + sl.getId(), ""));
      l2.setName("Twin of " + sl.getName());
      l2.setSlice(sl);
      l2.getMembers().addAll(twins);
      out.add(new Addition(scenario, ScenarioPackage.Literals.SCENARIO__LEVEL_TWO_TWINS, l2));
    }
    TwinStudy st = ScenarioFactory.eINSTANCE.createTwinStudy();
    st.setId(ScenarioIds.fresh(used, "twin-study", ""));
    st.setName("Reservation policies over one day");
    st.getPolicies().addAll(List.of(ReservationPolicyKind.STATIC_MEAN, ReservationPolicyKind.LAST_VALUE, ReservationPolicyKind.SEASONAL_NAIVE,
        ReservationPolicyKind.FORECAST));
    out.add(new Addition(scenario, ScenarioPackage.Literals.SCENARIO__TWIN_STUDIES, st));
    return out;
  }

  /** Where a group's users are: at its node's site, else where the node (or the group) is drawn. */
  private static double[] position(UserDeviceGroup g) {
    Node n = g.getAttachedTo();
    if (n != null && n.getSite() != null) return new double[] { n.getSite().getX(), n.getSite().getY() };
    if (n != null) return new double[] { n.getDiagramX(), n.getDiagramY() };
    return new double[] { g.getDiagramX(), g.getDiagramY() };
  }
}
