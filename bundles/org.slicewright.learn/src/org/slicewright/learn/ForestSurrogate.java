package org.slicewright.learn;

import java.util.List;
import java.util.stream.LongStream;

import smile.data.DataFrame;
import smile.data.Tuple;
import smile.data.type.StructType;
import smile.regression.RandomForest;
import smile.regression.RegressionTree;

/**
 * Smile random-forest regression for many-parameter policies. Each tree is grown from its own seed
 * derived from the surrogate's seed, so the forest is the same in every run and on every thread
 * count. The spread of the trees' predictions is the uncertainty active sampling uses.
 */
public final class ForestSurrogate implements Surrogate {
  public static final int TREES = 100;
  private final List<String> features;
  private final RandomForest forest;
  private final StructType schema;

  private ForestSurrogate(List<String> features, RandomForest forest, StructType schema) {
    this.features = features;
    this.forest = forest;
    this.schema = schema;
  }

  public static SurrogateTrainer trainer(long seed) {
    return data -> {
      DataFrame df = SmileFrames.frame(data);
      int p = data.features().size();
      // mtry = all parameters: with two or three inputs, subsampling features only adds noise;
      // node size 2 lets trees follow the simulated points closely, bagging smooths them.
      RandomForest rf = RandomForest.fit(SmileFrames.FORMULA, df, TREES, p, 20, Math.max(2, data.size()), 2, 1.0,
          LongStream.range(0, TREES).map(i -> seed * 1_000_003L + i));
      return new ForestSurrogate(data.features(), rf, df.schema());
    };
  }

  @Override
  public List<String> features() { return features; }
  @Override
  public String learner() { return "random forest"; }

  @Override
  public double predict(double[] x) {
    return forest.predict(SmileFrames.tuple(x, schema));
  }

  /** Standard deviation of the trees' predictions at x: where the forest disagrees, simulate next. */
  public double spread(double[] x) {
    Tuple t = forest.formula().x(SmileFrames.tuple(x, schema));
    RegressionTree[] trees = forest.trees();
    double sum = 0, sum2 = 0;
    for (RegressionTree tree : trees) {
      double v = tree.predict(t);
      sum += v;
      sum2 += v * v;
    }
    double mean = sum / trees.length;
    return Math.sqrt(Math.max(0, sum2 / trees.length - mean * mean));
  }
}
