package org.slicewright.sim.scenario;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slicewright.data.traces.TraceFormatException;
import org.slicewright.data.traces.TwinTraceReader;
import org.slicewright.model.scenario.ReservationPolicyKind;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.scenario.TwinStudy;
import org.slicewright.model.slicing.Service;
import org.slicewright.model.slicing.Slice;
import org.slicewright.model.topology.Node;
import org.slicewright.model.topology.NodeKind;
import org.slicewright.model.twins.LevelOneTwin;
import org.slicewright.model.twins.MobilityModel;
import org.slicewright.model.twins.TwinModelConfig;
import org.slicewright.sim.twins.ReservationPolicy;
import org.slicewright.sim.twins.TwinStudyConfig;

/**
 * Maps a scenario's level-one twins, slices and first twin study to a twin-fed what-if. Slice
 * membership is derived from the services the twins' groups use (a slice sees a twin only through
 * its own services), not copied from the level-two twins, so a mis-edited member list cannot leak
 * another slice's data. The study starts with {@value #HISTORY_SEASONS} seasons of synchronised
 * history, on which the forecasters are trained. Prices: {@code computingPerDataUnit} RU per data unit
 * reserved, for the period's length; shortfall at the cost model's multiplier.
 */
public final class TwinScenarioMapper {
  public static final int HISTORY_SEASONS = 7;
  /** The twin model's defaults, for a scenario without one: one value a minute, a week of values kept. */
  static final double DEFAULT_SYNC_S = 60;
  static final int DEFAULT_HISTORY = 7 * 24 * 60;
  /** Node kinds that serve user groups. */
  static final Set<NodeKind> SERVING = EnumSet.of(NodeKind.MACRO_BS, NodeKind.SMALL_BS, NodeKind.ACCESS_POINT);

  private TwinScenarioMapper() {
  }

  /**
   * The scenario's level-one twins as the engines see them, in the scenario's order; traces are read
   * relative to {@code baseDir}.
   */
  public static List<TwinStudyConfig.Twin> twins(Scenario s, Path baseDir) throws IOException, TraceFormatException {
    TwinModelConfig tm = s.getTwinModel();
    Map<Path, List<TwinTraceReader.Observation>> traces = new LinkedHashMap<>();
    List<TwinStudyConfig.Twin> twins = new ArrayList<>();
    for (LevelOneTwin t : s.getLevelOneTwins()) {
      if (t.getMobility() == MobilityModel.RANDOM_WAYPOINT) {
        throw new IllegalArgumentException("twin '" + t.getId() + "': RANDOM_WAYPOINT mobility is not emulated by the twin study; use STATIC or COMMUTE");
      }
      List<String> services = t.getServices().stream().map(Service::getId).toList();
      double[] here = { t.getX(), t.getY() };
      double[] home = t.getHomeSite() == null ? here : new double[] { t.getHomeSite().getX(), t.getHomeSite().getY() };
      double[] work = t.getWorkSite() == null ? here : new double[] { t.getWorkSite().getX(), t.getWorkSite().getY() };
      List<TwinTraceReader.Observation> trace = null;
      Map<String, Double> mix = Map.of();
      if (t.getTraceRef() != null && !t.getTraceRef().isBlank()) {
        Path f = TraceFiles.resolve(baseDir, t.getTraceRef(), "twin '" + t.getId() + "'");
        List<TwinTraceReader.Observation> all = traces.containsKey(f) ? traces.get(f) : TwinTraceReader.read(f);
        traces.put(f, all);
        String group = t.getGroup() != null ? t.getGroup().getId() : t.getId();
        trace = all.stream().filter(o -> o.group().equals(group)).toList();
        if (trace.isEmpty()) throw new IllegalArgumentException("twin '" + t.getId() + "': trace " + f + " has no observation of group '" + group + "'");
        mix = trace.get(trace.size() - 1).serviceMix();
        for (String svc : mix.keySet()) {
          if (!services.contains(svc)) throw new IllegalArgumentException("twin '" + t.getId() + "': the trace's service mix names '" + svc + "', which the twin does not use");
        }
      }
      // A twin's own sync period and history length win; 0 means "the twin model's default".
      double sync = t.getSyncPeriodS() > 0 ? t.getSyncPeriodS() : tm == null ? DEFAULT_SYNC_S : tm.getSyncPeriodS();
      int kept = t.getHistoryLength() > 0 ? t.getHistoryLength() : tm == null ? DEFAULT_HISTORY : tm.getHistoryLength();
      twins.add(new TwinStudyConfig.Twin(t.getId(), services, t.getArrivalRate(), t.getDiurnalAmplitude(), t.getPeakHour(), t.getNoise(),
          t.getMobility() == MobilityModel.COMMUTE, home, work, sync, kept, trace, mix));
    }
    return twins;
  }

  /** The folder of the scenario's file, for traces (the working directory for an unsaved scenario). */
  public static Path baseDir(Scenario s) {
    if (s.eResource() != null && s.eResource().getURI() != null && s.eResource().getURI().isFile()) {
      Path f = Path.of(s.eResource().getURI().toFileString()).toAbsolutePath();
      if (f.getParent() != null) return f.getParent();
    }
    return Path.of("").toAbsolutePath();
  }

  /** Whether the scenario's twin study asks for the twin-model sweep (sync periods and precisions both given). */
  public static boolean hasTwinModelSweep(Scenario s) {
    return hasTwinStudy(s) && !s.getTwinStudies().get(0).getSweepSyncPeriodsS().isEmpty() && !s.getTwinStudies().get(0).getSweepPrecisions().isEmpty();
  }

  /** The twin-model sweep's sync periods (s) and precisions, from the scenario's twin study. */
  public static List<List<Double>> twinModelSweep(Scenario s) {
    TwinStudy st = s.getTwinStudies().get(0);
    return List.of(List.copyOf(st.getSweepSyncPeriodsS()), List.copyOf(st.getSweepPrecisions()));
  }

  public static boolean hasTwinStudy(Scenario s) {
    return !s.getTwinStudies().isEmpty();
  }

  /**
   * @param baseDir folder of the scenario file (traces are relative to it)
   * @param quick a third of a season and two seasons of history, for previews and tests
   */
  public static TwinStudyConfig config(Scenario s, Path baseDir, boolean quick, int threads) throws IOException, TraceFormatException {
    if (s.getTwinStudies().isEmpty()) throw new IllegalArgumentException("scenario '" + s.getId() + "' has no twin study");
    TwinStudy st = s.getTwinStudies().get(0);
    List<TwinStudyConfig.Twin> twins = twins(s, baseDir);
    TwinModelConfig tm = s.getTwinModel();
    List<TwinStudyConfig.Slice> slices = new ArrayList<>();
    for (Slice sl : s.getSlices()) {
      Set<String> ids = new LinkedHashSet<>();
      for (Service svc : sl.getServices()) ids.add(svc.getId());
      slices.add(new TwinStudyConfig.Slice(sl.getId(), ids));
    }
    List<TwinStudyConfig.ServingNode> nodes = new ArrayList<>();
    if (s.getNetwork() != null) {
      for (Node node : s.getNetwork().getNodes()) {
        if (SERVING.contains(node.getKind()) && node.getSite() != null) {
          nodes.add(new TwinStudyConfig.ServingNode(node.getId(), node.getSite().getX(), node.getSite().getY()));
        }
      }
    }
    List<ReservationPolicy> policies = new ArrayList<>();
    for (ReservationPolicyKind k : st.getPolicies()) policies.add(ReservationPolicy.valueOf(k.getName()));
    int season = st.getSeasonLength();
    int periods = quick ? Math.max(1, season / 3) : st.getPeriods();
    int history = (quick ? 2 : HISTORY_SEASONS) * season;
    double perUnit = s.getCostModel() == null ? 0.5 : s.getCostModel().getComputingPerDataUnit();
    double multiplier = s.getCostModel() == null ? 2 : s.getCostModel().getShortfallMultiplier();
    return new TwinStudyConfig(s.getId(), twins, slices, nodes, history, periods, st.getPeriodS(), season, st.getHeadroom(), st.getSlaShortfall(), st.getLags(),
        policies, tm == null ? 0.01 : tm.getPrecision(), tm == null ? 0.01 : tm.getSyncCostRU(), perUnit * st.getPeriodS(), multiplier, threads, s.getSeed())
        .validate();
  }
}
