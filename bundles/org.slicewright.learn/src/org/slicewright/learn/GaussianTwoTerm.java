package org.slicewright.learn;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.util.Pair;

/**
 * The seed's two-term Gaussian over one parameter (the number of sub-pools):
 * f(x) = a1 exp(-((x-b1)/c1)^2) + a2 exp(-((x-b2)/c2)^2), six coefficients fitted by
 * Levenberg-Marquardt (Apache Commons Math) on the squared error, with the RMSE, 95 % confidence bounds
 * of each coefficient and a 95 % confidence band of the curve (delta method: the residual variance
 * times the inverse of J'J, and Student's t with n - 6 degrees of freedom).
 */
public final class GaussianTwoTerm implements Surrogate {
  public static final String[] COEFFICIENTS = { "a1", "b1", "c1", "a2", "b2", "c2" };
  private final String feature;
  private final double[] p;
  private final double rmse;
  private final double[][] covariance; // s^2 (J'J)^-1, null when not identifiable
  private final double t975;

  private GaussianTwoTerm(String feature, double[] p, double rmse, double[][] covariance, double t975) {
    this.feature = feature;
    this.p = p;
    this.rmse = rmse;
    this.covariance = covariance;
    this.t975 = t975;
  }

  /** Rebuilds a saved fit (coefficients only; no confidence bounds). */
  public static GaussianTwoTerm of(String feature, double[] coefficients, double rmse) {
    if (coefficients.length != 6) throw new IllegalArgumentException("a two-term Gaussian has 6 coefficients, got " + coefficients.length);
    return new GaussianTwoTerm(feature, coefficients.clone(), rmse, null, Double.NaN);
  }

  /** Trainer over the first feature of a training set (other features are ignored). */
  public static SurrogateTrainer trainer() {
    return data -> fit(data.features().get(0), data.column(0), data.ys());
  }

  /**
   * Fits from several deterministic starting points (peaks at either end and in the middle of the
   * range) and keeps the lowest RMSE: LM finds a local optimum, and a Gaussian started on the wrong
   * side of the data never moves across it.
   */
  public static GaussianTwoTerm fit(String feature, double[] x, double[] y) {
    int n = x.length;
    if (n < 6) throw new IllegalArgumentException("a two-term Gaussian needs at least 6 points, got " + n);
    double xmin = Double.POSITIVE_INFINITY, xmax = Double.NEGATIVE_INFINITY, ymax = Double.NEGATIVE_INFINITY, ymin = Double.POSITIVE_INFINITY, xAtMax = 0;
    for (int i = 0; i < n; i++) {
      xmin = Math.min(xmin, x[i]);
      xmax = Math.max(xmax, x[i]);
      ymin = Math.min(ymin, y[i]);
      if (y[i] > ymax) { ymax = y[i]; xAtMax = x[i]; }
    }
    double range = Math.max(1e-9, xmax - xmin);
    List<double[]> starts = new ArrayList<>();
    for (double b1 : new double[] { xAtMax, xmin, (xmin + xmax) / 2 }) {
      for (double b2 : new double[] { xmax, xmin + range / 4 }) {
        starts.add(new double[] { ymax, b1, range, (ymax - ymin) * 0.5 + 1e-6, b2, range / 2 });
        starts.add(new double[] { ymax * 0.7, b1, range * 3, ymax * 0.3, b2, range / 4 });
      }
    }
    MultivariateJacobianFunction model = point -> {
      double[] q = point.toArray();
      double[] v = new double[n];
      double[][] jac = new double[n][];
      for (int i = 0; i < n; i++) {
        v[i] = value(q, x[i]);
        jac[i] = gradient(q, x[i]);
      }
      return new Pair<>(new ArrayRealVector(v, false), new Array2DRowRealMatrix(jac, false));
    };
    LeastSquaresOptimizer.Optimum best = null;
    for (double[] start : starts) {
      try {
        LeastSquaresOptimizer.Optimum o = new LevenbergMarquardtOptimizer().optimize(new LeastSquaresBuilder().start(start).model(model).target(y)
            .maxEvaluations(5000).maxIterations(5000).build());
        if (Double.isFinite(o.getRMS()) && finite(o.getPoint()) && (best == null || o.getRMS() < best.getRMS())) best = o;
      } catch (RuntimeException e) {
        // this start diverged or hit the evaluation limit; others remain
      }
    }
    if (best == null) throw new IllegalArgumentException("the two-term Gaussian fit of " + n + " points did not converge from any start");
    double[] q = best.getPoint().toArray();
    double rmse = best.getRMS();
    double[][] cov = null;
    double t = Double.NaN;
    if (n > 6) {
      try {
        RealMatrix c = best.getCovariances(1e-12).scalarMultiply(rmse * rmse * n / (n - 6));
        cov = c.getData();
        t = new TDistribution(n - 6).inverseCumulativeProbability(0.975);
      } catch (RuntimeException singular) {
        cov = null; // coefficients not identifiable from these points (e.g. two coinciding terms)
      }
    }
    return new GaussianTwoTerm(feature, q, rmse, cov, t);
  }

  private static boolean finite(RealVector v) {
    for (double d : v.toArray()) if (!Double.isFinite(d)) return false;
    return true;
  }

  static double value(double[] q, double x) {
    double u1 = (x - q[1]) / q[2], u2 = (x - q[4]) / q[5];
    return q[0] * Math.exp(-u1 * u1) + q[3] * Math.exp(-u2 * u2);
  }

  static double[] gradient(double[] q, double x) {
    double u1 = (x - q[1]) / q[2], u2 = (x - q[4]) / q[5];
    double e1 = Math.exp(-u1 * u1), e2 = Math.exp(-u2 * u2);
    return new double[] { e1, q[0] * e1 * 2 * u1 / q[2], q[0] * e1 * 2 * u1 * u1 / q[2], e2, q[3] * e2 * 2 * u2 / q[5], q[3] * e2 * 2 * u2 * u2 / q[5] };
  }

  @Override public List<String> features() { return List.of(feature); }
  @Override public String learner() { return "two-term Gaussian"; }
  @Override public double predict(double[] x) { return value(p, x[0]); }

  public double[] coefficients() { return p.clone(); }
  public double rmse() { return rmse; }

  /** 95 % confidence bounds [low, high] of coefficient i, or NaNs when not identifiable. */
  public double[] bounds(int i) {
    if (covariance == null) return new double[] { Double.NaN, Double.NaN };
    double h = t975 * Math.sqrt(Math.max(0, covariance[i][i]));
    return new double[] { p[i] - h, p[i] + h };
  }

  /** Half-width of the 95 % confidence band of the fitted curve at x (NaN when not identifiable). */
  public double bandHalfWidth(double x) {
    if (covariance == null) return Double.NaN;
    double[] g = gradient(p, x);
    double v = 0;
    for (int i = 0; i < 6; i++) for (int j = 0; j < 6; j++) v += g[i] * covariance[i][j] * g[j];
    return t975 * Math.sqrt(Math.max(0, v));
  }
}
