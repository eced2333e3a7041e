package org.slicewright.sim.twins;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slicewright.data.traces.TraceFormatException;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.twins.LevelOneTwin;
import org.slicewright.examples.Examples;
import org.slicewright.sim.ProgressMonitor;
import org.slicewright.sim.scenario.TwinScenarioMapper;

/** The twin-fed what-if on the twin-demand example. */
class TwinStudyTest {
  static TwinStudyConfig full;
  static TwinStudyResult result;

  @BeforeAll
  static void run() throws Exception {
    Scenario s = Examples.load("twin-demand");
    full = TwinScenarioMapper.config(s, Path.of("."), false, 2);
    result = new TwinStudy(full).run(ProgressMonitor.NONE);
  }

  @Test
  void aggregationConservesTotals() {
    // Every twin's services all belong to some slice, so its demand is split without loss.
    for (TwinStudyConfig.Twin t : full.twins()) {
      double total = full.slices().stream().mapToDouble(s -> LevelTwoTwin.share(t, s)).sum();
      assertEquals(1.0, total, 1e-12, t.id());
    }
    double[] synced = new double[full.twins().size()];
    for (int i = 0; i < synced.length; i++) synced[i] = 10 + i;
    double sum = 0;
    for (TwinStudyConfig.Slice s : full.slices()) sum += new LevelTwoTwin(s, full.twins(), 1).aggregate(synced);
    assertEquals(Arrays.stream(synced).sum(), sum, 1e-9);
    // And period by period in the run: slices' demand adds up to the groups' demand.
    DemandTimeline tl = new DemandTimeline(full);
    for (int p = 0; p < full.periods(); p += 37) {
      final int period = p;
      double slices = result.rows().stream().filter(r -> r.instance() == 0 && r.period() == period).mapToDouble(TwinStudyResult.Row::demand).sum();
      double groups = 0;
      for (int i = 0; i < tl.twins(); i++) groups += tl.rate(i, full.history() + period);
      assertEquals(groups, slices, 1e-9 * groups, "period " + p);
    }
  }

  @Test
  void aSliceNeverSeesAnotherSlicesData() {
    TwinStudyConfig.Slice urllc = full.slices().stream().filter(s -> s.id().equals("urllc-slice")).findFirst().orElseThrow();
    LevelTwoTwin view = new LevelTwoTwin(urllc, full.twins(), 2);
    List<String> members = view.members().stream().map(i -> full.twins().get(i).id()).toList();
    assertEquals(List.of("twin-office-north", "twin-factory", "twin-commuters"), members);
    double[] synced = new double[full.twins().size()];
    Arrays.fill(synced, 5);
    double before = view.aggregate(synced);
    for (int i = 0; i < synced.length; i++) if (!view.members().contains(i)) synced[i] = 1e9; // other slices' groups change wildly
    assertEquals(before, view.aggregate(synced), 0.0);
  }

  @Test
  void forecastBeatsSeasonalNaiveOnEverySlice() {
    for (TwinStudyResult.ForecastError e : result.errors()) {
      assertTrue(e.forecastMae() < 0.9 * e.seasonalNaiveMae(), e.toString());
    }
  }

  @Test
  void instancesWithTheSamePolicyAndSeedAgreeWhateverTheThreads() {
    TwinStudyConfig c = new TwinStudyConfig(full.scenario(), full.twins(), full.slices(), full.nodes(), 2 * full.seasonLength(), 48, full.periodS(), full.seasonLength(),
        full.headroom(), full.slaShortfall(), full.lags(), List.of(ReservationPolicy.FORECAST, ReservationPolicy.LAST_VALUE, ReservationPolicy.FORECAST),
        full.precision(), full.syncCostRU(), full.pricePerUnit(), full.shortfallMultiplier(), 3, full.seed());
    TwinStudyResult a = new TwinStudy(c).run(ProgressMonitor.NONE);
    List<TwinStudyResult.Row> first = strip(a.rows(), 0), third = strip(a.rows(), 2);
    assertEquals(first, third);
    TwinStudyConfig one = new TwinStudyConfig(c.scenario(), c.twins(), c.slices(), c.nodes(), c.history(), c.periods(), c.periodS(), c.seasonLength(), c.headroom(),
        c.slaShortfall(), c.lags(), c.policies(), c.precision(), c.syncCostRU(), c.pricePerUnit(), c.shortfallMultiplier(), 1, c.seed());
    assertEquals(a.rows(), new TwinStudy(one).run(ProgressMonitor.NONE).rows());
  }

  private static List<TwinStudyResult.Row> strip(List<TwinStudyResult.Row> rows, int instance) {
    List<TwinStudyResult.Row> out = new ArrayList<>();
    for (TwinStudyResult.Row r : rows) {
      if (r.instance() == instance) out.add(new TwinStudyResult.Row(r.period(), 0, r.policy(), r.slice(), r.demand(), r.forecast(), r.reserved(), r.used(), r.shortfall(), r.slaMet()));
    }
    return out;
  }

  @Test
  void synchronisationCostIsAccounted() {
    // 8 twins synchronising every 60 s over the study's day of 300 s periods, 5 values per period at 0.01 RU.
    assertEquals(8 * full.periods() * 5 * 0.01, result.syncRU(), 1e-6);
    // Quantisation keeps each synchronised value within half a step of the truth.
    LevelOneTwinState st = new LevelOneTwinState(full.twins().get(0), 0.01, 0.01, 300, 40);
    assertEquals(40.4, st.hold(new double[] { 40.37 })[0], 1e-9);
    // A week of values at one a minute spans 2016 periods of 5 minutes.
    assertEquals(7 * 288, st.heldPeriods());
  }

  @Test
  void aSlowTwinHoldsItsLastValueUntilItSynchronisesAgain() {
    TwinStudyConfig.Twin t = full.twins().get(0);
    TwinStudyConfig.Twin slow = new TwinStudyConfig.Twin(t.id(), t.services(), t.baseRate(), t.diurnalAmplitude(), t.peakHour(), t.noise(), t.commute(),
        t.home(), t.work(), 900, 10, null, t.serviceMix());
    LevelOneTwinState st = new LevelOneTwinState(slow, 0, 2, 300, 40);
    // Syncs at 0, 900, 1800 s fall in periods 0, 3 and 6 of 300 s.
    assertArrayEquals(new double[] { 1, 1, 1, 4, 4, 4, 7 }, st.hold(new double[] { 1, 2, 3, 4, 5, 6, 7 }));
    assertEquals(3 * 2, st.syncRU(0, 7), 1e-12);
    assertEquals(30, st.heldPeriods(), "10 values every 900 s span 30 periods of 300 s");
  }

  @Test
  void aCommutingGroupIsServedAtWorkByDayAndAtHomeAtNight() {
    TwinStudyResult.GroupAttachment commuters = result.groups().stream().filter(g -> g.twin().equals("twin-commuters")).findFirst().orElseThrow();
    // Nearest to the suburb (1500, -1500) is homes-east's cell, nearest to the business park (200, 900) office-north's.
    assertEquals(List.of("bs-homes-east", "bs-office-north"), commuters.nodes());
    assertEquals(2, commuters.handovers(), "to work at 08:00, home at 18:00");
    TwinStudyResult.GroupAttachment station = result.groups().stream().filter(g -> g.twin().equals("twin-station")).findFirst().orElseThrow();
    assertEquals(0, station.handovers());
    // The control slice's demand at office-north's cell rises by the commuters' share while they are there.
    TwinStudyResult.NodeDemand north = result.nodes().stream().filter(d -> d.slice().equals("urllc-slice") && d.node().equals("bs-office-north"))
        .findFirst().orElseThrow();
    TwinStudyResult.NodeDemand east = result.nodes().stream().filter(d -> d.slice().equals("urllc-slice") && d.node().equals("bs-homes-east"))
        .findFirst().orElseThrow();
    assertEquals(0, east.demand()[12 * 12], 0.0, "at noon nobody of the control slice is at homes-east's cell");
    assertTrue(east.demand()[12 * 3] > 0, "at 03:00 the commuters are home");
    assertTrue(north.demand()[12 * 12] > north.demand()[12 * 3] * 1.2, "office-north's cell carries the commuters by day");
  }

  @Test
  void theTwinModelControlsActOnTheEmulation() {
    TwinStudyConfig quick = quick();
    List<TwinModelSweep.Point> sweep = TwinModelSweep.run(quick, List.of(300.0, 3600.0), List.of(0.01, 0.3), ProgressMonitor.NONE);
    TwinModelSweep.Point fast = sweep.get(0), coarse = sweep.get(1), slow = sweep.get(2);
    // A slower twin is staler: its forecasts come from older data, and it costs less to keep in sync.
    assertTrue(slow.twinError() > fast.twinError(), sweep.toString());
    assertTrue(slow.forecastError() > fast.forecastError(), sweep.toString());
    assertEquals(fast.syncRU() / 12, slow.syncRU(), 1e-9);
    // Coarser precision adds quantisation error and sends fewer bits.
    assertTrue(coarse.twinError() > fast.twinError(), sweep.toString());
    assertTrue(coarse.syncRU() < fast.syncRU(), sweep.toString());
    TwinModelSweep.Point cheapest = sweep.stream().min(Comparator.comparingDouble(TwinModelSweep.Point::syncRU)).orElseThrow();
    TwinModelSweep.Point best = sweep.stream().min(Comparator.comparingDouble(TwinModelSweep.Point::forecastError)).orElseThrow();
    assertTrue(cheapest.pareto() && best.pareto(), "the cheapest and the most accurate points are on the front: " + sweep);
  }

  @Test
  void aShorterHistoryTrainsTheForecasterOnLess() {
    TwinStudyConfig quick = quick();
    TwinStudyResult week = new TwinStudy(quick).run(ProgressMonitor.NONE);
    int season = quick.seasonLength(), keep = (season + 20) * 5; // values at one a minute: season + 20 periods of 5 minutes
    TwinStudyResult shorter = new TwinStudy(quick.with(keeping(quick, keep), quick.policies(), quick.precision(), quick.syncCostRU(), 1)).run(ProgressMonitor.NONE);
    assertEquals(quick.history(), week.errors().get(0).trainedPeriods());
    assertEquals(season + 20, shorter.errors().get(0).trainedPeriods());
    assertNotEquals(week.errors().get(0).forecastMae(), shorter.errors().get(0).forecastMae());
    // Too short for the forecaster: refused before any work, naming the twin and the length it needs.
    Exception e = assertThrows(IllegalArgumentException.class, () -> quick.with(keeping(quick, 600), quick.policies(), quick.precision(), quick.syncCostRU(), 1).validate());
    assertTrue(e.getMessage().startsWith("twin 'twin-office-north' keeps 600 values every 60 s = 10.0 h of history"), e.getMessage());
    assertTrue(e.getMessage().endsWith("raise its history length to >= 1490"), e.getMessage());
  }

  private static TwinStudyConfig quick() {
    try {
      return TwinScenarioMapper.config(Examples.load("twin-demand"), Path.of("."), true, 2);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<TwinStudyConfig.Twin> keeping(TwinStudyConfig c, int values) {
    return c.twins().stream().map(t -> new TwinStudyConfig.Twin(t.id(), t.services(), t.baseRate(), t.diurnalAmplitude(), t.peakHour(), t.noise(), t.commute(),
        t.home(), t.work(), t.syncPeriodS(), values, t.trace(), t.serviceMix())).toList();
  }

  @Test
  void aTracedTwinFollowsItsObservations(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Scenario s = Examples.load("twin-demand");
    LevelOneTwin factory = s.getLevelOneTwins().stream().filter(t -> t.getId().equals("twin-factory")).findFirst().orElseThrow();
    factory.setTraceRef("factory.csv");
    StringBuilder csv = new StringBuilder("time,group,x,y,arrival_rate,service_mix\n");
    for (int h = 0; h < 24 * 8; h++) csv.append(h * 3600).append(",users-factory,500,500,").append(h % 24 < 12 ? 5 : 50).append(",control:0.2;analytics:0.8\n");
    Files.writeString(dir.resolve("factory.csv"), csv.toString());
    TwinStudyConfig c = TwinScenarioMapper.config(s, dir, true, 1);
    DemandTimeline tl = new DemandTimeline(c);
    int i = c.twins().stream().map(TwinStudyConfig.Twin::id).toList().indexOf("twin-factory");
    assertEquals(5, tl.rate(i, 12 * 6), 0.0, "06:00, from the 06:00 observation");
    assertEquals(50, tl.rate(i, 12 * 13 + 1), 0.0, "13:05, from the 13:00 observation");
    TwinStudyConfig.Slice urllc = c.slices().stream().filter(x -> x.id().equals("urllc-slice")).findFirst().orElseThrow();
    assertEquals(0.2, LevelTwoTwin.share(c.twins().get(i), urllc), 1e-12, "the trace's service mix splits the demand");
    factory.setTraceRef("missing.csv");
    Exception e = assertThrows(TraceFormatException.class, () -> TwinScenarioMapper.config(s, dir, true, 1));
    assertTrue(e.getMessage().endsWith("missing.csv: file not found"), e.getMessage());
  }

  @Test
  void everyRowIsConsistent() {
    assertEquals(full.policies().size() * full.periods() * full.slices().size(), result.rows().size());
    for (TwinStudyResult.Row r : result.rows()) {
      assertEquals(r.demand(), r.used() + r.shortfall(), 1e-9);
      assertTrue(r.used() <= r.reserved() + 1e-9);
      assertEquals(r.shortfall() <= full.slaShortfall() * r.demand() + 1e-12, r.slaMet());
    }
    TwinStudyResult.PolicySummary forecast = result.summaries().stream().filter(s -> s.policy() == ReservationPolicy.FORECAST).findFirst().orElseThrow();
    TwinStudyResult.PolicySummary last = result.summaries().stream().filter(s -> s.policy() == ReservationPolicy.LAST_VALUE).findFirst().orElseThrow();
    assertTrue(forecast.slaShare() > last.slaShare(), forecast + " vs " + last);
  }
}
