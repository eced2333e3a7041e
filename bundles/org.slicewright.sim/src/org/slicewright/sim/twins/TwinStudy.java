package org.slicewright.sim.twins;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import org.slicewright.sim.CanceledException;
import org.slicewright.sim.InOrderExecution;
import org.slicewright.sim.ProgressMonitor;

/**
 * Runs a twin-fed what-if: level-one twins synchronise with the demand timeline as often and as
 * precisely as the twin model says, level-two twins aggregate what their slice may see, a forecaster
 * per slice is trained on the history the twins keep, and one emulation instance per reservation
 * policy advances over the study periods (in parallel; results are collected in instance order, so
 * they do not depend on the thread count). Reservations are judged against the true demand, not
 * against what the twins hold. Each period every group is attached to its nearest serving node.
 */
public final class TwinStudy {
  private final TwinStudyConfig c;

  public TwinStudy(TwinStudyConfig config) {
    this.c = config.validate();
  }

  public TwinStudyResult run(ProgressMonitor monitor) {
    monitor.begin("Twin-fed what-if: " + c.policies().size() + " instances x " + c.periods() + " periods", c.slices().size() + c.policies().size());
    DemandTimeline timeline = new DemandTimeline(c);
    int n = timeline.length(), nt = c.twins().size(), h0 = c.history();
    double[][] truth = new double[nt][n], held = new double[nt][];
    List<LevelOneTwinState> l1 = new ArrayList<>();
    for (int i = 0; i < nt; i++) {
      double typical = 0;
      for (int p = 0; p < n; p++) truth[i][p] = timeline.rate(i, p);
      for (int p = 0; p < h0; p++) typical += truth[i][p] / h0;
      LevelOneTwinState state = new LevelOneTwinState(c.twins().get(i), c.precision(), c.syncCostRU(), c.periodS(), typical);
      l1.add(state);
      held[i] = state.hold(truth[i]);
    }
    List<LevelTwoTwin> l2 = new ArrayList<>();
    for (TwinStudyConfig.Slice s : c.slices()) l2.add(new LevelTwoTwin(s, c.twins(), n));
    List<double[]> actual = new ArrayList<>();
    for (int s = 0; s < l2.size(); s++) actual.add(new double[n]);
    double[] column = new double[nt];
    for (int p = 0; p < n; p++) {
      for (int i = 0; i < nt; i++) column[i] = held[i][p];
      for (int s = 0; s < l2.size(); s++) {
        l2.get(s).aggregate(column);
        double a = 0;
        for (int i : l2.get(s).members()) a += truth[i][p] * LevelTwoTwin.share(c.twins().get(i), c.slices().get(s));
        actual.get(s)[p] = a;
      }
    }
    List<String> sliceIds = c.slices().stream().map(TwinStudyConfig.Slice::id).toList();
    List<double[]> histories = new ArrayList<>(), forecasts = new ArrayList<>();
    int[] spans = new int[l2.size()];
    List<TwinStudyResult.ForecastError> errors = new ArrayList<>();
    for (int s = 0; s < l2.size(); s++) {
      if (monitor.isCanceled()) throw new CanceledException();
      double[] h = l2.get(s).history(n), truthS = actual.get(s);
      histories.add(h);
      // The slice's level-two twin holds only what all its members still keep.
      spans[s] = h0;
      for (int i : l2.get(s).members()) spans[s] = Math.min(spans[s], l1.get(i).heldPeriods());
      boolean forecasting = spans[s] >= c.seasonLength() + TwinStudyConfig.FORECASTER_ROWS;
      DemandForecaster f = forecasting ? new DemandForecaster(Arrays.copyOfRange(h, h0 - spans[s], h0), c.lags(), c.seasonLength()) : null;
      double[] fc = new double[c.periods()];
      double fAbs = 0, fSq = 0, nAbs = 0, nSq = 0, tAbs = 0, mean = 0;
      for (int p = 0; p < c.periods(); p++) {
        int t = h0 + p;
        fc[p] = f == null ? Double.NaN : f.forecast(h, t);
        double ef = fc[p] - truthS[t], en = h[t - c.seasonLength()] - truthS[t];
        fAbs += Math.abs(ef);
        fSq += ef * ef;
        nAbs += Math.abs(en);
        nSq += en * en;
        tAbs += Math.abs(h[t] - truthS[t]);
        mean += truthS[t];
      }
      forecasts.add(fc);
      int m = c.periods();
      errors.add(new TwinStudyResult.ForecastError(sliceIds.get(s), fAbs / m, nAbs / m, Math.sqrt(fSq / m), Math.sqrt(nSq / m), tAbs / m, spans[s],
          mean / m));
      monitor.worked(1);
    }
    List<TwinStudyResult.Row> rows = new ArrayList<>();
    List<Callable<List<TwinStudyResult.Row>>> instances = new ArrayList<>();
    for (int k = 0; k < c.policies().size(); k++) {
      EmulationInstance inst = new EmulationInstance(k, c.policies().get(k));
      instances.add(() -> {
        if (monitor.isCanceled()) throw new CanceledException();
        return inst.run(c, sliceIds, histories, actual, forecasts, spans);
      });
    }
    InOrderExecution.run(instances, c.threads(), "slicewright-twin-instance", r -> {
      rows.addAll(r);
      monitor.worked(1);
    });
    double syncRU = l1.stream().mapToDouble(t -> t.syncRU(h0, n)).sum();
    ServingAttachment attachment = new ServingAttachment(timeline, c.nodes());
    return new TwinStudyResult(rows, errors, summaries(rows), syncRU, sliceInfo(rows, l2, sliceIds), nodeDemand(attachment, truth, n),
        groups(attachment, n));
  }

  private List<TwinStudyResult.NodeDemand> nodeDemand(ServingAttachment attachment, double[][] truth, int n) {
    List<TwinStudyResult.NodeDemand> out = new ArrayList<>();
    for (TwinStudyConfig.Slice slice : c.slices()) {
      double[] shares = new double[c.twins().size()];
      for (int i = 0; i < shares.length; i++) shares[i] = LevelTwoTwin.share(c.twins().get(i), slice);
      double[][] perNode = attachment.sliceDemandPerNode(truth, shares, c.nodes().size(), c.history(), n);
      for (int k = 0; k < perNode.length; k++) {
        TwinStudyResult.NodeDemand d = new TwinStudyResult.NodeDemand(slice.id(), c.nodes().get(k).id(), perNode[k]);
        if (d.peak() > 0) out.add(d);
      }
    }
    return out;
  }

  private List<TwinStudyResult.GroupAttachment> groups(ServingAttachment attachment, int n) {
    List<TwinStudyResult.GroupAttachment> out = new ArrayList<>();
    for (int i = 0; i < c.twins().size(); i++) {
      List<String> nodes = attachment.served(i, c.history(), n).stream().map(k -> c.nodes().get(k).id()).toList();
      out.add(new TwinStudyResult.GroupAttachment(c.twins().get(i).id(), nodes, attachment.handovers(i, c.history(), n)));
    }
    return out;
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
