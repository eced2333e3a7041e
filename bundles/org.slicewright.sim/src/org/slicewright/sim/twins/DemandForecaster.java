package org.slicewright.sim.twins;

import java.util.Arrays;

import smile.base.cart.Loss;
import smile.data.DataFrame;
import smile.data.Tuple;
import smile.data.formula.Formula;
import smile.data.type.StructType;
import smile.regression.GradientTreeBoost;

/**
 * Forecasts a slice's next-period demand from its level-two twin's history with Smile gradient tree
 * boosting over lagged features: the last {@code lags} values, the value one season ago and the
 * period after it, and the time of day (sine and cosine). Subsampling is off, so training draws no
 * random numbers: the same history gives the same forecaster.
 */
public final class DemandForecaster {
  private final int lags;
  private final int season;
  private final GradientTreeBoost model;
  private final StructType schema;

  /** Trains on every period of {@code history} that has a full season behind it. */
  public DemandForecaster(double[] history, int lags, int season) {
    this.lags = lags;
    this.season = season;
    int first = season, n = history.length - first;
    if (n < 10) throw new IllegalArgumentException("forecasting needs at least " + (season + 10) + " periods of history, has " + history.length);
    double[][] rows = new double[n][];
    for (int i = 0; i < n; i++) {
      int t = first + i;
      double[] f = features(history, t);
      rows[i] = Arrays.copyOf(f, f.length + 1);
      rows[i][f.length] = history[t];
    }
    String[] names = new String[lags + 5];
    for (int j = 0; j < lags; j++) names[j] = "lag" + (j + 1);
    names[lags] = "season";
    names[lags + 1] = "season_next";
    names[lags + 2] = "sin_day";
    names[lags + 3] = "cos_day";
    names[lags + 4] = "y";
    DataFrame df = DataFrame.of(rows, names);
    this.schema = df.schema();
    this.model = GradientTreeBoost.fit(Formula.lhs("y"), df, Loss.ls(), 150, 20, 8, 5, 0.05, 1.0);
  }

  /** Features of period t from the values before it. */
  double[] features(double[] h, int t) {
    double[] f = new double[lags + 4];
    for (int j = 0; j < lags; j++) f[j] = h[t - 1 - j];
    f[lags] = h[t - season];
    f[lags + 1] = h[t - season + 1];
    double phase = 2 * Math.PI * (t % season) / season;
    f[lags + 2] = Math.sin(phase);
    f[lags + 3] = Math.cos(phase);
    return f;
  }

  /** The forecast of period t given the values of periods 0..t-1 in {@code h}. */
  public double forecast(double[] h, int t) {
    double[] f = features(h, t);
    double[] row = Arrays.copyOf(f, f.length + 1);
    return Math.max(0, model.predict(Tuple.of(row, schema)));
  }
}
