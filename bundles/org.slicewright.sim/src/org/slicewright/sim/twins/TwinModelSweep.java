package org.slicewright.sim.twins;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.slicewright.sim.InOrderExecution;
import org.slicewright.sim.ProgressMonitor;

/**
 * The planner's twin-model question (virtualisation layer 6 of the holistic architecture: how often
 * to synchronise, at what precision): every sync period x precision runs the study's forecast
 * instance on the same timeline and seed and reports the RU spent synchronising against the forecast
 * error and the SLA share. Each point keeps the twins' history span (in seconds), so only staleness
 * and quantisation change. A value at precision q carries {@code log2(1 + 2 / q)} bits (rates up to
 * twice the typical in steps of q x typical), so the price of one value scales by that against the
 * twin model's precision. A point is on the Pareto front when no other point spends no more sync RU
 * with no larger forecast error, and is better on one of them.
 */
public final class TwinModelSweep {
  /**
   * One sync period and precision.
   *
   * @param forecastError the forecast's mean absolute error over all slices, relative to their mean demand
   * @param twinError how far the level-two twins are from the true demand, relative likewise
   * @param slaShare share of slice-periods of the forecast instance meeting the SLA
   */
  public record Point(double syncPeriodS, double precision, double syncRU, double forecastError, double twinError, double slaShare, boolean pareto) {
  }

  private TwinModelSweep() {
  }

  /** Bits of one synchronised value at a relative precision. */
  static double bits(double precision) {
    return Math.log(1 + 2 / precision) / Math.log(2);
  }

  /** The study at one sync period and precision, every twin keeping the history span it keeps in {@code base}. */
  static TwinStudyConfig variant(TwinStudyConfig base, double syncPeriodS, double precision) {
    List<TwinStudyConfig.Twin> twins = new ArrayList<>();
    for (TwinStudyConfig.Twin t : base.twins()) {
      long kept = (long) Math.ceil(t.historyLength() * t.syncPeriodS() / syncPeriodS - 1e-9);
      twins.add(new TwinStudyConfig.Twin(t.id(), t.services(), t.baseRate(), t.diurnalAmplitude(), t.peakHour(), t.noise(), t.commute(), t.home(),
          t.work(), syncPeriodS, (int) Math.min(Integer.MAX_VALUE, Math.max(1, kept)), t.trace(), t.serviceMix()));
    }
    double cost = base.syncCostRU() * bits(precision) / bits(base.precision());
    return base.with(twins, List.of(ReservationPolicy.FORECAST), precision, cost, 1).validate();
  }

  /**
   * Runs every combination, sync periods outer, in parallel on the base study's threads; results are
   * in that order whatever the thread count.
   *
   * @throws IllegalArgumentException before any run, naming the value, when a sync period or precision
   *         is not a finite positive number or a combination cannot run
   */
  public static List<Point> run(TwinStudyConfig base, List<Double> syncPeriodsS, List<Double> precisions, ProgressMonitor monitor) {
    if (!(base.precision() > 0)) throw new IllegalArgumentException("twin model: the sweep needs a precision > 0 to price other precisions against");
    for (double s : syncPeriodsS) {
      if (!(s > 0) || Double.isInfinite(s)) throw new IllegalArgumentException("twin-model sweep: sync period " + s + " s is not a finite value > 0");
    }
    for (double q : precisions) {
      if (!(q > 0) || Double.isInfinite(q)) throw new IllegalArgumentException("twin-model sweep: precision " + q + " is not a finite value > 0");
    }
    List<TwinStudyConfig> variants = new ArrayList<>();
    List<double[]> settings = new ArrayList<>();
    for (double s : syncPeriodsS) {
      for (double q : precisions) {
        variants.add(variant(base, s, q));
        settings.add(new double[] { s, q });
      }
    }
    monitor.begin("Twin-model sweep: " + variants.size() + " sync periods x precisions", variants.size());
    ProgressMonitor cancelOnly = ProgressMonitor.cancelOnly(monitor::isCanceled);
    List<Callable<TwinStudyResult>> work = new ArrayList<>();
    for (TwinStudyConfig v : variants) work.add(() -> new TwinStudy(v).run(cancelOnly));
    List<TwinStudyResult> results = InOrderExecution.run(work, base.threads(), "slicewright-twin-sweep", r -> monitor.worked(1));
    List<double[]> raw = new ArrayList<>();
    for (int k = 0; k < results.size(); k++) {
      TwinStudyResult r = results.get(k);
      double fAbs = 0, tAbs = 0, mean = 0;
      for (TwinStudyResult.ForecastError e : r.errors()) {
        fAbs += e.forecastMae();
        tAbs += e.twinMae();
        mean += e.meanDemand();
      }
      double scale = mean > 0 ? 1 / mean : 0;
      raw.add(new double[] { settings.get(k)[0], settings.get(k)[1], r.syncRU(), fAbs * scale, tAbs * scale, r.summaries().get(0).slaShare() });
    }
    List<Point> out = new ArrayList<>();
    for (double[] p : raw) {
      boolean dominated = false;
      for (double[] q : raw) {
        if (q != p && q[2] <= p[2] && q[3] <= p[3] && (q[2] < p[2] || q[3] < p[3])) dominated = true;
      }
      out.add(new Point(p[0], p[1], p[2], p[3], p[4], p[5], !dominated));
    }
    return out;
  }
}
