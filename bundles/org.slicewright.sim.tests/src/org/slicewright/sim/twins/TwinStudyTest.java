package org.slicewright.sim.twins;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.util.ScenarioTemplates;
import org.slicewright.sim.ProgressMonitor;
import org.slicewright.sim.scenario.TwinScenarioMapper;

/** The twin-fed what-if on the twin-demand example. */
class TwinStudyTest {
  static TwinStudyConfig full;
  static TwinStudyResult result;

  @BeforeAll
  static void run() throws Exception {
    Scenario s = ScenarioTemplates.twinDemand();
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
    assertEquals(java.util.Arrays.stream(synced).sum(), sum, 1e-9);
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
    java.util.Arrays.fill(synced, 5);
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
    TwinStudyConfig c = new TwinStudyConfig(full.scenario(), full.twins(), full.slices(), 2 * full.seasonLength(), 48, full.periodS(), full.seasonLength(),
        full.headroom(), full.slaShortfall(), full.lags(), List.of(ReservationPolicy.FORECAST, ReservationPolicy.LAST_VALUE, ReservationPolicy.FORECAST),
        full.precision(), full.syncCostRU(), full.pricePerUnit(), full.shortfallMultiplier(), 3, full.seed());
    TwinStudyResult a = new TwinStudy(c).run(ProgressMonitor.NONE);
    List<TwinStudyResult.Row> first = strip(a.rows(), 0), third = strip(a.rows(), 2);
    assertEquals(first, third);
    TwinStudyConfig one = new TwinStudyConfig(c.scenario(), c.twins(), c.slices(), c.history(), c.periods(), c.periodS(), c.seasonLength(), c.headroom(),
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
    // 8 twins synchronising every 60 s over (7 + 1) days of 300 s periods, 5 values per period at 0.01 RU.
    int periods = full.history() + full.periods();
    assertEquals(8 * periods * 5 * 0.01, result.syncRU(), 1e-6);
    // Quantisation keeps each synchronised value within half a step of the truth.
    LevelOneTwinState st = new LevelOneTwinState(full.twins().get(0), 0.01, 0.01, 300, 40);
    assertEquals(40.4, st.synchronise(40.37), 1e-9);
    assertEquals(1, st.held());
  }

  @Test
  void aTracedTwinFollowsItsObservations(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Scenario s = ScenarioTemplates.twinDemand();
    org.slicewright.model.twins.LevelOneTwin factory = s.getLevelOneTwins().stream().filter(t -> t.getId().equals("twin-factory")).findFirst().orElseThrow();
    factory.setTraceRef("factory.csv");
    StringBuilder csv = new StringBuilder("time,group,x,y,arrival_rate,service_mix\n");
    for (int h = 0; h < 24 * 8; h++) csv.append(h * 3600).append(",users-factory,500,500,").append(h % 24 < 12 ? 5 : 50).append(",control:0.2;analytics:0.8\n");
    java.nio.file.Files.writeString(dir.resolve("factory.csv"), csv.toString());
    TwinStudyConfig c = TwinScenarioMapper.config(s, dir, true, 1);
    DemandTimeline tl = new DemandTimeline(c);
    int i = c.twins().stream().map(TwinStudyConfig.Twin::id).toList().indexOf("twin-factory");
    assertEquals(5, tl.rate(i, 12 * 6), 0.0, "06:00, from the 06:00 observation");
    assertEquals(50, tl.rate(i, 12 * 13 + 1), 0.0, "13:05, from the 13:00 observation");
    TwinStudyConfig.Slice urllc = c.slices().stream().filter(x -> x.id().equals("urllc-slice")).findFirst().orElseThrow();
    assertEquals(0.2, LevelTwoTwin.share(c.twins().get(i), urllc), 1e-12, "the trace's service mix splits the demand");
    factory.setTraceRef("missing.csv");
    Exception e = assertThrows(org.slicewright.data.traces.TraceFormatException.class, () -> TwinScenarioMapper.config(s, dir, true, 1));
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
