package org.slicewright.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Lists the policies that meet every requirement of a service, ranked by resource use (the resource-pooling study,
 * section IV-A: the controller proposes, the provider picks). Exact over the given points: the space
 * is a finite set of simulated or predicted policies, so filtering and sorting is the optimum; no
 * relaxation is involved. It also explains the answer: which requirement binds at the cheapest
 * candidate (dropping it would admit a cheaper policy), and when nothing is feasible, how close each
 * requirement came.
 */
public final class CandidateSelection {
  private CandidateSelection() {
  }

  /** @param rank 1 for the cheapest; tied candidates share a rank */
  public record Candidate(PolicyPoint point, double cost, int rank, boolean tied) {
  }

  public record Selection(List<Candidate> candidates, List<String> explanation) {
    public boolean feasible() {
      return !candidates.isEmpty();
    }
  }

  public static Selection select(List<PolicyPoint> points, List<RequirementBound> requirements, String costMetric) {
    if (points.isEmpty()) throw new IllegalArgumentException("no policies to choose from");
    List<PolicyPoint> ok = new ArrayList<>();
    for (PolicyPoint p : points) if (meetsAll(p, requirements, -1)) ok.add(p);
    ok.sort(Comparator.comparingDouble((PolicyPoint p) -> p.metric(costMetric)).thenComparing(PolicyPoint::label));
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < ok.size(); i++) {
      double c = ok.get(i).metric(costMetric);
      boolean tiedPrev = i > 0 && same(c, ok.get(i - 1).metric(costMetric));
      boolean tiedNext = i + 1 < ok.size() && same(c, ok.get(i + 1).metric(costMetric));
      int rank = tiedPrev ? out.get(i - 1).rank() : i + 1;
      out.add(new Candidate(ok.get(i), c, rank, tiedPrev || tiedNext));
    }
    List<String> why = new ArrayList<>();
    if (requirements.isEmpty()) why.add("the service states no requirement on these metrics: every policy qualifies");
    if (!out.isEmpty()) {
      why.add(String.format(Locale.ROOT, "%d of %d policies meet every requirement; the cheapest is %s at %.4g %s", out.size(), points.size(),
          out.get(0).point().label(), out.get(0).cost(), costMetric));
      if (out.size() > 1 && out.get(1).rank() == 1) why.add("tie: " + out.stream().filter(c -> c.rank() == 1).count() + " policies share the lowest cost");
      for (int r = 0; r < requirements.size(); r++) {
        final int skip = r;
        points.stream().filter(p -> meetsAll(p, requirements, skip)).min(Comparator.comparingDouble(p -> p.metric(costMetric))).ifPresent(p -> {
          if (p.metric(costMetric) < out.get(0).cost() - 1e-9 * Math.abs(out.get(0).cost())) {
            why.add(String.format(Locale.ROOT, "%s binds: without it %s would cost %.4g (%.1f %% less)", requirements.get(skip), p.label(),
                p.metric(costMetric), 100 * (1 - p.metric(costMetric) / out.get(0).cost())));
          }
        });
      }
    } else {
      why.add("no policy meets every requirement (" + points.size() + " policies examined)");
      for (RequirementBound r : requirements) {
        long met = points.stream().filter(p -> r.met(p.metric(r.metric()))).count();
        PolicyPoint best = points.stream().max(Comparator.comparingDouble(p -> r.atLeast() ? p.metric(r.metric()) : -p.metric(r.metric()))).get();
        why.add(String.format(Locale.ROOT, "%s: met by %d of %d; best %.4g at %s", r, met, points.size(), best.metric(r.metric()), best.label()));
      }
    }
    return new Selection(List.copyOf(out), List.copyOf(why));
  }

  private static boolean meetsAll(PolicyPoint p, List<RequirementBound> rs, int skip) {
    for (int i = 0; i < rs.size(); i++) if (i != skip && !rs.get(i).met(p.metric(rs.get(i).metric()))) return false;
    return true;
  }

  private static boolean same(double a, double b) {
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
  }
}
