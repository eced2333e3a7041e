package org.slicewright.sim.pooling;

import java.io.Serializable;

/**
 * Resource-unit (RU) prices of the pooling case study: 1 RU per data unit moved between two APs,
 * 0.5 RU per data unit processed for training, 10 RU per model training, 0.1 RU per model upload or
 * download. Use beyond the reservation is charged {@code shortfallMultiplier} times.
 * <p>
 * The study does not say what one "model training" is. By default it is a model a trainer trains and
 * uploads for a FedAvg round ({@link TrainingCharge#ROUND}): the unit that the upload price also
 * counts. {@link TrainingCharge#TICK} charges every tick in which a trainer trains, ten times as often
 * at the study's aggregation period, which makes many small sub-pools the most expensive policy at any
 * load the example sweeps.
 */
public record ResourceUnitCosts(double communicationPerDataUnit, double computingPerDataUnit, double modelTraining,
    double modelExchangePerTransfer, double shortfallMultiplier, TrainingCharge modelTrainingPer) implements Serializable {

  /** What one model training is. */
  public enum TrainingCharge { ROUND, TICK }

  public static final ResourceUnitCosts SEED_000 = new ResourceUnitCosts(1.0, 0.5, 10.0, 0.1, 2.0, TrainingCharge.ROUND);

  public ResourceUnitCosts {
    if (!(communicationPerDataUnit >= 0) || !(computingPerDataUnit >= 0) || !(modelTraining >= 0) || !(modelExchangePerTransfer >= 0)
        || Double.isInfinite(communicationPerDataUnit + computingPerDataUnit + modelTraining + modelExchangePerTransfer)) {
      throw new IllegalArgumentException("RU prices must be finite and >= 0");
    }
    if (!(shortfallMultiplier >= 1) || Double.isInfinite(shortfallMultiplier)) throw new IllegalArgumentException("shortfall multiplier must be >= 1, is " + shortfallMultiplier);
    if (modelTrainingPer == null) throw new IllegalArgumentException("no basis for the model-training price");
  }
}
