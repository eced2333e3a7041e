package org.slicewright.learn;

import java.util.List;

import smile.base.cart.Loss;
import smile.data.DataFrame;
import smile.data.type.StructType;
import smile.regression.GradientTreeBoost;

/**
 * Smile gradient tree boosting (least-squares loss). Subsampling is off (rate 1.0), so fitting draws
 * no random numbers and the model depends only on the rows: saving the rows saves the model.
 */
public final class BoostingSurrogate implements Surrogate {
  public static final int TREES = 200;
  private final List<String> features;
  private final GradientTreeBoost model;
  private final StructType schema;

  private BoostingSurrogate(List<String> features, GradientTreeBoost model, StructType schema) {
    this.features = features;
    this.model = model;
    this.schema = schema;
  }

  public static SurrogateTrainer trainer() {
    return data -> {
      DataFrame df = SmileFrames.frame(data);
      GradientTreeBoost gb = GradientTreeBoost.fit(SmileFrames.FORMULA, df, Loss.ls(), TREES, 20, 6, 2, 0.05, 1.0);
      return new BoostingSurrogate(data.features(), gb, df.schema());
    };
  }

  @Override
  public List<String> features() { return features; }
  @Override
  public String learner() { return "gradient boosting"; }

  @Override
  public double predict(double[] x) {
    return model.predict(SmileFrames.tuple(x, schema));
  }
}
