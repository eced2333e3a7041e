package org.slicewright.sim.twins;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slicewright.sim.CanceledException;
import org.slicewright.sim.ProgressMonitor;

/**
 * Runs a twin-fed what-if: level-one twins synchronise with the demand timeline period by period,
 * level-two twins aggregate what their slice may see, a forecaster per slice is trained on the
 * history, and one emulation instance per reservation policy advances over the study periods (in
 * parallel; results are collected in instance order, so they do not depend on the thread count).
 */
public final class TwinStudy {
  private final TwinStudyConfig c;

  public TwinStudy(TwinStudyConfig config) {
    this.c = config.validate();
  }

  public TwinStudyResult run(ProgressMonitor monitor) {
    monitor.begin("Twin-fed what-if: " + c.policies().size() + " instances x " + c.periods() + " periods", c.slices().size() + c.policies().size());
    DemandTimeline timeline = new DemandTimeline(c);
    int n = timeline.length(), nt = c.twins().size();
    List<LevelOneTwinState> l1 = new ArrayList<>();
    for (int i = 0; i < nt; i++) {
      double typical = 0;
      for (int p = 0; p < c.history(); p++) typical += timeline.rate(i, p) / c.history();
      l1.add(new LevelOneTwinState(c.twins().get(i), c.precision(), c.syncCostRU(), c.periodS(), typical));
    }
    List<LevelTwoTwin> l2 = new ArrayList<>();
    for (TwinStudyConfig.Slice s : c.slices()) l2.add(new LevelTwoTwin(s, c.twins(), n));
    List<double[]> actual = new ArrayList<>();
    for (int s = 0; s < l2.size(); s++) actual.add(new double[n]);
    double[] synced = new double[nt], truth = new double[nt];
    for (int p = 0; p < n; p++) {
      for (int i = 0; i < nt; i++) {
        truth[i] = timeline.rate(i, p);
        synced[i] = l1.get(i).synchronise(truth[i]);
      }
      for (int s = 0; s < l2.size(); s++) {
        l2.get(s).aggregate(synced);
        double a = 0;
        for (int i : l2.get(s).members()) a += truth[i] * LevelTwoTwin.share(c.twins().get(i), c.slices().get(s));
        actual.get(s)[p] = a;
      }
    }
    List<String> sliceIds = c.slices().stream().map(TwinStudyConfig.Slice::id).toList();
    List<double[]> histories = new ArrayList<>(), forecasts = new ArrayList<>();
    List<TwinStudyResult.ForecastError> errors = new ArrayList<>();
    for (int s = 0; s < l2.size(); s++) {
      if (monitor.isCanceled()) throw new CanceledException();
      double[] h = l2.get(s).history(n);
      histories.add(h);
      DemandForecaster f = new DemandForecaster(java.util.Arrays.copyOf(h, c.history()), c.lags(), c.seasonLength());
      double[] fc = new double[c.periods()];
      double fAbs = 0, fSq = 0, nAbs = 0, nSq = 0;
      for (int p = 0; p < c.periods(); p++) {
        int t = c.history() + p;
        fc[p] = f.forecast(h, t);
        double ef = fc[p] - h[t], en = h[t - c.seasonLength()] - h[t];
        fAbs += Math.abs(ef);
        fSq += ef * ef;
        nAbs += Math.abs(en);
        nSq += en * en;
      }
      forecasts.add(fc);
      int m = c.periods();
      errors.add(new TwinStudyResult.ForecastError(sliceIds.get(s), fAbs / m, nAbs / m, Math.sqrt(fSq / m), Math.sqrt(nSq / m)));
      monitor.worked(1);
    }
    List<TwinStudyResult.Row> rows = new ArrayList<>();
    int threads = Math.max(1, Math.min(c.threads() > 0 ? c.threads() : Runtime.getRuntime().availableProcessors(), c.policies().size()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "slicewright-twin-instance");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<List<TwinStudyResult.Row>>> futures = new ArrayList<>();
      for (int k = 0; k < c.policies().size(); k++) {
        EmulationInstance inst = new EmulationInstance(k, c.policies().get(k));
        futures.add(pool.submit(() -> {
          if (monitor.isCanceled()) throw new CanceledException();
          return inst.run(c, sliceIds, histories, actual, forecasts);
        }));
      }
      for (Future<List<TwinStudyResult.Row>> f : futures) {
        rows.addAll(f.get());
        monitor.worked(1);
      }
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) throw re;
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CanceledException();
    } finally {
      pool.shutdownNow();
    }
    double syncRU = l1.stream().mapToDouble(LevelOneTwinState::syncRU).sum();
    return new TwinStudyResult(rows, errors, summaries(rows), syncRU, sliceInfo(rows, l2, sliceIds));
  }

  private List<TwinStudyResult.PolicySummary> summaries(List<TwinStudyResult.Row> rows) {
    List<TwinStudyResult.PolicySummary> out = new ArrayList<>();
    for (int k = 0; k < c.policies().size(); k++) {
      final int inst = k;
      List<TwinStudyResult.Row> r = rows.stream().filter(x -> x.instance() == inst).toList();
      double met = r.stream().filter(TwinStudyResult.Row::slaMet).count() / (double) r.size();
      double reserved = r.stream().mapToDouble(TwinStudyResult.Row::reserved).sum() * c.pricePerUnit();
      double shortfall = r.stream().mapToDouble(TwinStudyResult.Row::shortfall).sum() * c.pricePerUnit() * c.shortfallMultiplier();
      out.add(new TwinStudyResult.PolicySummary(k, c.policies().get(k), met, reserved, shortfall, reserved + shortfall));
    }
    return out;
  }

  private List<TwinStudyResult.SliceInfo> sliceInfo(List<TwinStudyResult.Row> rows, List<LevelTwoTwin> l2, List<String> ids) {
    List<TwinStudyResult.SliceInfo> out = new ArrayList<>();
    for (int s = 0; s < l2.size(); s++) {
      String id = ids.get(s);
      double[] util = new double[c.policies().size()], sla = new double[c.policies().size()];
      for (int k = 0; k < util.length; k++) {
        final int inst = k;
        List<TwinStudyResult.Row> r = rows.stream().filter(x -> x.instance() == inst && x.slice().equals(id)).toList();
        double res = r.stream().mapToDouble(TwinStudyResult.Row::reserved).sum();
        util[k] = res > 0 ? r.stream().mapToDouble(TwinStudyResult.Row::used).sum() / res : 0;
        sla[k] = r.stream().filter(TwinStudyResult.Row::slaMet).count() / (double) r.size();
      }
      out.add(new TwinStudyResult.SliceInfo(id, l2.get(s).members().stream().map(i -> c.twins().get(i).id()).toList(), util, sla));
    }
    return out;
  }
}
