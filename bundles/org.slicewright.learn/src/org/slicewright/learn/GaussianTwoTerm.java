package org.slicewright.learn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.commons.math3.distribution.FDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.apache.commons.math3.util.Pair;

/**
 * The seed's two-term Gaussian over one parameter (the number of sub-pools):
 * f(x) = a1 exp(-((x-b1)/c1)^2) + a2 exp(-((x-b2)/c2)^2), fitted by Levenberg-Marquardt (Apache
 * Commons Math) on the squared error, with the RMSE, 95 % confidence bounds of each coefficient and a
 * 95 % confidence band of the curve.
 *
 * <p>Unconstrained, the model is ill-posed on the smooth, nearly linear curves the pooling study
 * produces: two Gaussians with huge opposite amplitudes (a1 ~ +150, a2 ~ -150) or with centres far
 * outside the sweep fit a gentle slope marginally better than any sensible curve, and their
 * covariance is singular. The fit is therefore held inside limits (see {@link Limits}) that Commons
 * Math's unconstrained LM respects through a smooth reparameterisation.
 *
 * <p>When the data cannot tell two terms apart the fit falls back to one term a1 exp(-((x-b1)/c1)^2),
 * {@link #terms()} is 1 and {@link #note()} says why: fewer than 7 points or 6 distinct values of x,
 * a second term that removes no error, a near-singular covariance of the six coefficients
 * ({@link #MAX_CONDITION}), or a second term that does not reduce the squared error significantly
 * (extra-sum-of-squares F test at 5 %). Coefficients whose 95 % interval spans their whole allowed
 * range (the centre of a term flat over the sweep, say) are named in the note rather than dropped:
 * the curve and its band remain determined.
 * A one-term fit keeps six coefficients with a2 = 0, b2 = b1, c2 = c1, the format fits are saved in.
 */
public final class GaussianTwoTerm implements Surrogate {
  public static final String[] COEFFICIENTS = { "a1", "b1", "c1", "a2", "b2", "c2" };
  /** Largest |amplitude| as a multiple of the largest |y|: room for a peak above the data, none for terms that cancel. */
  public static final double AMPLITUDE_LIMIT = 2;
  /** Smallest width in mean spacings of the distinct x: a narrower term fits a single point (an outlier) and nothing else. */
  public static final double WIDTH_SPACINGS = 1;
  /** How far, in swept ranges, a centre may lie beyond either end of the sweep. */
  public static final double CENTRE_MARGIN = 0.5;
  /** Largest width in swept ranges: a wider term is flat over the sweep and its a, b and c no longer separate. */
  public static final double WIDTH_RANGES = 5;
  /** Level of the F test that keeps the second term. */
  public static final double SIGNIFICANCE = 0.05;
  /**
   * Largest condition number of J'J (columns scaled to a unit diagonal, so units do not count) still
   * treated as invertible. Beyond it, J itself has a condition number above 1e4: a change of 1e-4 of
   * the data, far below the noise of a simulated metric, can move some combination of the
   * coefficients by its own size. Well-posed fits measured 50 to 1e6, degenerate ones 1e9 and up.
   */
  static final double MAX_CONDITION = 1e8;
  /** LM evaluations per start: converging starts need tens; the rest creep along a flat valley and are dropped. */
  private static final int MAX_EVALUATIONS = 2000;

  private final String feature;
  private final double[] p; // always six: a2 = 0, b2 = b1, c2 = c1 for one term
  private final int terms;
  private final double rmse;
  private final double[][] covariance; // of the 3 * terms fitted coefficients, null without bounds
  private final double t975;
  private final double[] lower, upper; // limits each coefficient was fitted within, for cutting its bounds
  private final String note;

  private GaussianTwoTerm(String feature, double[] p, int terms, double rmse, double[][] covariance, double t975, double[] lower, double[] upper,
      String note) {
    this.feature = feature;
    this.p = p;
    this.terms = terms;
    this.rmse = rmse;
    this.covariance = covariance;
    this.t975 = t975;
    this.lower = lower;
    this.upper = upper;
    this.note = note;
  }

  /**
   * Rebuilds a saved fit from its six coefficients; a2 = 0 marks a one-term fit. The scenario keeps no
   * covariance, so the fit has no bounds and its note says so.
   */
  public static GaussianTwoTerm of(String feature, double[] coefficients, double rmse) {
    if (coefficients.length != 6) throw new IllegalArgumentException("a two-term Gaussian has 6 coefficients, got " + coefficients.length);
    double[] none = new double[6];
    Arrays.fill(none, Double.NaN);
    return new GaussianTwoTerm(feature, coefficients.clone(), coefficients[3] == 0 ? 1 : 2, rmse, null, Double.NaN, none, none,
        "saved coefficients: the scenario keeps no covariance, so no bounds");
  }

  /** Trainer over the first feature of a training set (other features are ignored). */
  public static SurrogateTrainer trainer() {
    return data -> fit(data.features().get(0), data.column(0), data.ys());
  }

  /**
   * Fits one term, then two where the points can identify them, and keeps two only when the second
   * term is identifiable and significant. Each fit starts from several deterministic points and keeps
   * the lowest error: LM finds a local optimum, and a Gaussian started on the wrong side of the data
   * never moves across it.
   */
  public static GaussianTwoTerm fit(String feature, double[] x, double[] y) {
    int n = x.length;
    if (n < 6) throw new IllegalArgumentException("a two-term Gaussian needs at least 6 points, got " + n);
    if (y.length != n) throw new IllegalArgumentException(n + " values of x but " + y.length + " of y");
    for (int i = 0; i < n; i++) if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) throw new IllegalArgumentException("point " + (i + 1) + " is not finite");
    int distinct = (int) Arrays.stream(x).distinct().count();
    if (distinct < 3) throw new IllegalArgumentException("a Gaussian needs at least 3 distinct values of x, got " + distinct);
    Limits lim = Limits.of(x, y, distinct);
    Fit one = best(x, y, lim, oneTermStarts(x, y, lim));
    if (one == null) throw new IllegalArgumentException("the Gaussian fit of " + n + " points did not converge from any start");
    String why;
    if (n <= 6 || distinct < 6) {
      why = String.format(Locale.ROOT, "two terms not identifiable from %d points (%d distinct x)", n, distinct);
    } else {
      Fit two = best(x, y, lim, twoTermStarts(one.q(), lim));
      if (two == null) {
        why = "the two-term fit did not converge";
      } else if (one.sse() - two.sse() <= negligibleSse(y)) {
        why = "a second term removes no error";
      } else {
        double[][] cov = covariance(two.q(), x, two.sse() / (n - 6));
        if (cov == null) {
          why = String.format(Locale.ROOT, "two terms not identifiable from %d points (near-singular covariance%s)", n, coincide(two.q()) ? ", the terms coincide" : "");
        } else {
          double f = (one.sse() - two.sse()) / 3 / (two.sse() / (n - 6));
          double pValue = two.sse() == 0 ? 0 : 1 - new FDistribution(3, n - 6).cumulativeProbability(f);
          if (pValue < SIGNIFICANCE) {
            GaussianTwoTerm g = twoTerms(feature, two, cov, lim, x);
            List<String> loose = g.undetermined();
            // A coefficient the data cannot place inside its limits means the two terms are not identifiable.
            if (loose.isEmpty()) return g;
            why = String.format(Locale.ROOT, "two terms not identifiable from %d points (%s not determined within the fit's limits)", n, String.join(", ", loose));
          } else {
            why = String.format(Locale.ROOT, "second term not significant in %d points (F = %.3g, p = %.2g)", n, f, pValue);
          }
        }
      }
    }
    return oneTerm(feature, one, lim, x, why);
  }

  /** The two-term fit with the term that contributes more over the sweep first, so a1 names the main shape of the curve. */
  private static GaussianTwoTerm twoTerms(String feature, Fit two, double[][] cov, Limits lim, double[] x) {
    int n = x.length;
    double[] q = two.q(), lo = lim.lower(2), hi = lim.upper(2);
    int[] order = contribution(q, 3, x) > contribution(q, 0, x) ? new int[] { 3, 4, 5, 0, 1, 2 } : new int[] { 0, 1, 2, 3, 4, 5 };
    double[][] c = new double[6][6];
    for (int j = 0; j < 6; j++) for (int k = 0; k < 6; k++) c[j][k] = cov[order[j]][order[k]];
    GaussianTwoTerm g = new GaussianTwoTerm(feature, permute(q, order), 2, Math.sqrt(two.sse() / n), c, studentT975(n - 6), permute(lo, order), permute(hi, order), "");
    return g.withNote(g.limitNote());
  }

  /** Sum over the points of |term| for the term whose coefficients start at index t. */
  private static double contribution(double[] q, int t, double[] x) {
    double s = 0;
    for (double xi : x) s += Math.abs(value(Arrays.copyOfRange(q, t, t + 3), xi));
    return s;
  }

  private static GaussianTwoTerm oneTerm(String feature, Fit one, Limits lim, double[] x, String why) {
    int n = x.length;
    double[] q = one.q();
    double[][] cov = covariance(q, x, one.sse() / (n - 3));
    double[] lo = Arrays.copyOf(lim.lower(1), 6), hi = Arrays.copyOf(lim.upper(1), 6);
    Arrays.fill(lo, 3, 6, Double.NaN);
    Arrays.fill(hi, 3, 6, Double.NaN);
    GaussianTwoTerm g = new GaussianTwoTerm(feature, new double[] { q[0], q[1], q[2], 0, q[1], q[2] }, 1, Math.sqrt(one.sse() / n), cov, studentT975(n - 3), lo, hi, "");
    String note = why + ": one-term fit" + (cov == null ? "; its covariance is near-singular too, so no bounds" : "");
    String limits = g.limitNote();
    return g.withNote(limits.isEmpty() ? note : note + "; " + limits);
  }

  private GaussianTwoTerm withNote(String text) {
    return new GaussianTwoTerm(feature, p, terms, rmse, covariance, t975, lower, upper, text);
  }

  /**
   * Names the coefficients whose 95 % interval reaches past both of their limits (the data do not
   * locate them inside: practically not identifiable, as a flat term's centre) and those cut at one
   * limit (a coefficient held at that limit), or "" when every interval lies inside.
   */
  private String limitNote() {
    if (covariance == null) return "";
    List<String> undetermined = undetermined(), cut = new ArrayList<>();
    for (int i = 0; i < 3 * terms; i++) {
      double h = halfWidth(i);
      boolean low = p[i] - h < lower[i], high = p[i] + h > upper[i];
      if (low != high) cut.add(COEFFICIENTS[i]);
    }
    List<String> parts = new ArrayList<>();
    if (!undetermined.isEmpty()) parts.add(String.join(", ", undetermined) + " not determined within the fit's limits");
    if (!cut.isEmpty()) parts.add("bounds of " + String.join(", ", cut) + " cut at a limit");
    return String.join("; ", parts);
  }

  /** The coefficients whose 95 % interval reaches past both of their limits. */
  List<String> undetermined() {
    List<String> out = new ArrayList<>();
    if (covariance == null) return out;
    for (int i = 0; i < 3 * terms; i++) {
      double h = halfWidth(i);
      if (p[i] - h < lower[i] && p[i] + h > upper[i]) out.add(COEFFICIENTS[i]);
    }
    return out;
  }

  /** The natural coefficients of a converged fit (three or six) and its squared error. */
  private record Fit(double[] q, double sse) {
  }

  /**
   * The limits of the natural coefficients and their smooth map from the free parameters LM moves.
   * <ul>
   * <li>Centres lie within {@value #CENTRE_MARGIN} of the swept range beyond either end: a decay from
   * the first swept value is the flank of a Gaussian peaking before it, but a peak much further out is
   * an extrapolation the data cannot support, and on a straight stretch it runs off to infinity.</li>
   * <li>Widths lie between {@value #WIDTH_SPACINGS} mean spacing of the distinct x and
   * {@value #WIDTH_RANGES} times the range.</li>
   * <li>Amplitudes are at most {@value #AMPLITUDE_LIMIT} times the largest |y|, so two terms cannot
   * cancel each other. The first term has the data's sign when the data have one (accuracy and
   * convergence rate are never negative); the second may have either, so a dip or bump on the main
   * curve stays expressible.</li>
   * </ul>
   * A logistic function maps each free parameter onto its interval, on a log scale for widths (a
   * width's precision is relative); the map is smooth, so LM's Jacobian follows by the chain rule.
   */
  record Limits(double aLo, double aHi, double top, double xmin, double xmax, double cLo, double cHi) {
    static Limits of(double[] x, double[] y, int distinct) {
      double xmin = Arrays.stream(x).min().getAsDouble(), xmax = Arrays.stream(x).max().getAsDouble();
      double ymin = Arrays.stream(y).min().getAsDouble(), ymax = Arrays.stream(y).max().getAsDouble();
      double top = AMPLITUDE_LIMIT * Math.max(Math.max(Math.abs(ymin), Math.abs(ymax)), Double.MIN_NORMAL);
      double range = xmax - xmin;
      boolean positive = ymin >= 0 && ymax > 0, negative = ymax <= 0 && ymin < 0;
      return new Limits(positive ? 0 : -top, negative ? 0 : top, top, xmin, xmax, WIDTH_SPACINGS * range / (distinct - 1), WIDTH_RANGES * range);
    }

    double range() {
      return xmax - xmin;
    }

    double bLo() {
      return xmin - CENTRE_MARGIN * range();
    }

    double bHi() {
      return xmax + CENTRE_MARGIN * range();
    }

    double[] lower(int terms) {
      return terms == 1 ? new double[] { aLo, bLo(), cLo } : new double[] { aLo, bLo(), cLo, -top, bLo(), cLo };
    }

    double[] upper(int terms) {
      return terms == 1 ? new double[] { aHi, bHi(), cHi } : new double[] { aHi, bHi(), cHi, top, bHi(), cHi };
    }

    double[] natural(double[] u) {
      double[] lo = lower(u.length / 3), hi = upper(u.length / 3), q = new double[u.length];
      for (int j = 0; j < u.length; j++) {
        double s = logistic(u[j]);
        double v = j % 3 == 2 ? lo[j] * Math.exp(Math.log(hi[j] / lo[j]) * s) : lo[j] + (hi[j] - lo[j]) * s;
        q[j] = Math.min(hi[j], Math.max(lo[j], v)); // exp(log(...)) can round an ulp past a limit
      }
      return q;
    }

    /** d natural / d free, per coefficient. */
    double[] slopes(double[] u) {
      double[] lo = lower(u.length / 3), hi = upper(u.length / 3), d = new double[u.length];
      for (int j = 0; j < u.length; j++) {
        double s = logistic(u[j]), ds = s * (1 - s);
        d[j] = j % 3 == 2 ? lo[j] * Math.exp(Math.log(hi[j] / lo[j]) * s) * Math.log(hi[j] / lo[j]) * ds : (hi[j] - lo[j]) * ds;
      }
      return d;
    }

    /** The free parameters of natural coefficients, moved just inside their limits. */
    double[] free(double[] q) {
      double[] lo = lower(q.length / 3), hi = upper(q.length / 3), u = new double[q.length];
      for (int j = 0; j < q.length; j++) {
        double s = j % 3 == 2 ? Math.log(q[j] / lo[j]) / Math.log(hi[j] / lo[j]) : (q[j] - lo[j]) / (hi[j] - lo[j]);
        s = Math.min(1 - 1e-6, Math.max(1e-6, Double.isNaN(s) ? 0.5 : s));
        u[j] = Math.log(s / (1 - s));
      }
      return u;
    }

    private static double logistic(double u) {
      return 1 / (1 + Math.exp(-u));
    }
  }

  /** Peaks at the most extreme point, at both ends of the sweep, mid-range and beyond either end, each narrow, as wide as the range and wider. */
  private static List<double[]> oneTermStarts(double[] x, double[] y, Limits lim) {
    int extreme = 0;
    for (int i = 1; i < x.length; i++) if (lim.aHi() > 0 ? y[i] > y[extreme] : y[i] < y[extreme]) extreme = i;
    double range = lim.range();
    List<double[]> starts = new ArrayList<>();
    for (double b : new double[] { x[extreme], lim.xmin(), lim.xmax(), (lim.xmin() + lim.xmax()) / 2, lim.bLo(), lim.bHi() }) {
      for (double c : new double[] { range / 4, range, 3 * range }) starts.add(new double[] { y[extreme], b, c });
    }
    return starts;
  }

  /**
   * The one-term optimum plus a small second term of either sign at the ends and quartiles of the
   * sweep, and two broad terms beyond either end: a deterministic spread that reaches a local bump or
   * dip as well as a second slope.
   */
  private static List<double[]> twoTermStarts(double[] one, Limits lim) {
    double range = lim.range(), small = 0.1 * lim.top() / AMPLITUDE_LIMIT;
    List<double[]> starts = new ArrayList<>();
    for (int quarter = 0; quarter <= 4; quarter++) {
      for (double a : new double[] { small, -small }) starts.add(new double[] { one[0], one[1], one[2], a, lim.xmin() + quarter * range / 4, range / 6 });
    }
    for (double c : new double[] { range / 2, range * 2 }) starts.add(new double[] { 0.7 * one[0], lim.bLo(), c, 0.3 * one[0], lim.bHi(), c });
    return starts;
  }

  /** The lowest-error optimum of LM on the free parameters over the starts, or null if none converged. */
  private static Fit best(double[] x, double[] y, Limits lim, List<double[]> starts) {
    MultivariateJacobianFunction model = point -> {
      double[] u = point.toArray(), q = lim.natural(u), d = lim.slopes(u);
      double[] v = new double[x.length];
      double[][] jac = new double[x.length][];
      for (int i = 0; i < x.length; i++) {
        v[i] = value(q, x[i]);
        jac[i] = gradient(q, x[i]);
        for (int j = 0; j < q.length; j++) jac[i][j] *= d[j];
      }
      return new Pair<>(new ArrayRealVector(v, false), new Array2DRowRealMatrix(jac, false));
    };
    Fit best = null;
    for (double[] start : starts) {
      try {
        LeastSquaresOptimizer.Optimum o = new LevenbergMarquardtOptimizer().optimize(new LeastSquaresBuilder().start(lim.free(start)).model(model).target(y)
            .maxEvaluations(MAX_EVALUATIONS).maxIterations(MAX_EVALUATIONS).build());
        double[] q = lim.natural(o.getPoint().toArray());
        double sse = sse(q, x, y);
        if (Double.isFinite(sse) && (best == null || sse < best.sse())) best = new Fit(q, sse);
      } catch (RuntimeException e) {
        // this start diverged or hit the evaluation limit; others remain
      }
    }
    return best;
  }

  private static double sse(double[] q, double[] x, double[] y) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      double r = y[i] - value(q, x[i]);
      s += r * r;
    }
    return s;
  }

  /** A squared error at rounding level for these values: below it, one fit is not better than another. */
  private static double negligibleSse(double[] y) {
    double scale = Arrays.stream(y).map(Math::abs).max().orElse(0);
    return y.length * Math.pow(1e-9 * scale, 2);
  }

  /** Both terms at the same place with the same width: only their sum a1 + a2 is determined. */
  private static boolean coincide(double[] q) {
    double c = Math.min(q[2], q[5]);
    return Math.abs(q[1] - q[4]) < 0.1 * c && Math.abs(q[2] - q[5]) < 0.1 * c;
  }

  /**
   * Covariance of the natural coefficients, s^2 (J'J)^-1 with J the Jacobian of the curve in those
   * coefficients. The delta method through the free parameters gives the same matrix in exact
   * arithmetic, but a coefficient at its limit has a flat logistic map there and the product loses
   * all precision. Null when J'J is too ill-conditioned to invert ({@link #MAX_CONDITION}).
   */
  static double[][] covariance(double[] q, double[] x, double s2) {
    int m = q.length;
    double[][] jtj = new double[m][m];
    for (double xi : x) {
      double[] g = gradient(q, xi);
      for (int j = 0; j < m; j++) for (int k = 0; k < m; k++) jtj[j][k] += g[j] * g[k];
    }
    double[] scale = new double[m];
    for (int j = 0; j < m; j++) {
      if (!(jtj[j][j] > 0)) return null;
      scale[j] = 1 / Math.sqrt(jtj[j][j]);
    }
    for (int j = 0; j < m; j++) for (int k = 0; k < m; k++) jtj[j][k] *= scale[j] * scale[k];
    SingularValueDecomposition svd = new SingularValueDecomposition(new Array2DRowRealMatrix(jtj, false));
    if (!(svd.getConditionNumber() < MAX_CONDITION)) return null;
    RealMatrix inv = svd.getSolver().getInverse();
    double[][] c = new double[m][m];
    for (int j = 0; j < m; j++) for (int k = 0; k < m; k++) c[j][k] = s2 * inv.getEntry(j, k) * scale[j] * scale[k];
    return c;
  }

  private static double[] permute(double[] v, int[] order) {
    double[] out = new double[order.length];
    for (int j = 0; j < order.length; j++) out[j] = v[order[j]];
    return out;
  }

  private static double studentT975(int dof) {
    return new TDistribution(dof).inverseCumulativeProbability(0.975);
  }

  /** The curve of three (one term) or six (two terms) coefficients at x. */
  static double value(double[] q, double x) {
    double v = 0;
    for (int t = 0; t + 2 < q.length; t += 3) {
      double u = (x - q[t + 1]) / q[t + 2];
      v += q[t] * Math.exp(-u * u);
    }
    return v;
  }

  /** d value / d coefficient at x, for three or six coefficients. */
  static double[] gradient(double[] q, double x) {
    double[] g = new double[q.length];
    for (int t = 0; t + 2 < q.length; t += 3) {
      double c = q[t + 2], u = (x - q[t + 1]) / c, e = Math.exp(-u * u);
      g[t] = e;
      g[t + 1] = q[t] * e * 2 * u / c;
      g[t + 2] = q[t] * e * 2 * u * u / c;
    }
    return g;
  }

  @Override
  public List<String> features() { return List.of(feature); }
  @Override
  public String learner() { return terms == 2 ? "two-term Gaussian" : "Gaussian (one term)"; }
  @Override
  public double predict(double[] x) { return value(p, x[0]); }

  /** All six coefficients a1, b1, c1, a2, b2, c2; a2 = 0 (b2 = b1, c2 = c1) for a one-term fit. */
  public double[] coefficients() { return p.clone(); }
  public double rmse() { return rmse; }

  /** 2, or 1 when the fit fell back to a single Gaussian ({@link #note()} says why). */
  public int terms() { return terms; }

  /**
   * Why the fit has one term or no bounds, and which coefficients the data do not determine within
   * the fit's limits or have bounds cut at one; "" for a two-term fit with every interval inside.
   */
  public String note() { return note; }

  /** Whether coefficient i has real 95 % bounds (false for a2, b2, c2 of a one-term fit and for saved fits). */
  public boolean hasBounds(int i) {
    return covariance != null && i < covariance.length;
  }

  /**
   * 95 % confidence bounds [low, high] of coefficient i: the coefficient plus or minus Student's t
   * (n - 3 terms degrees of freedom) times its standard error, cut at the limits it was fitted within
   * (it cannot lie outside them, so the cut interval keeps its coverage). NaNs when
   * {@link #hasBounds(int)} is false.
   */
  public double[] bounds(int i) {
    if (!hasBounds(i)) return new double[] { Double.NaN, Double.NaN };
    double h = halfWidth(i);
    return new double[] { Math.max(lower[i], p[i] - h), Math.min(upper[i], p[i] + h) };
  }

  private double halfWidth(int i) {
    return t975 * Math.sqrt(Math.max(0, covariance[i][i]));
  }

  /** Half-width of the 95 % confidence band of the fitted curve at x (NaN without covariance). */
  public double bandHalfWidth(double x) {
    if (covariance == null) return Double.NaN;
    double[] g = gradient(Arrays.copyOf(p, covariance.length), x);
    double v = 0;
    for (int i = 0; i < g.length; i++) for (int j = 0; j < g.length; j++) v += g[i] * covariance[i][j] * g[j];
    return t975 * Math.sqrt(Math.max(0, v));
  }
}
