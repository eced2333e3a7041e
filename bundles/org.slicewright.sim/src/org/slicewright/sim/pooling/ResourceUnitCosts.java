package org.slicewright.sim.pooling;

/**
 * Resource-unit (RU) prices of the seed-000 case study: 1 RU per data unit moved between two APs,
 * 0.5 RU per data unit processed for training, 10 RU per model training, 0.1 RU per model upload or
 * download. Use beyond the reservation is charged {@code shortfallMultiplier} times.
 */
public record ResourceUnitCosts(double communicationPerDataUnit, double computingPerDataUnit, double modelTraining,
    double modelExchangePerTransfer, double shortfallMultiplier) {

  public static final ResourceUnitCosts SEED_000 = new ResourceUnitCosts(1.0, 0.5, 10.0, 0.1, 2.0);

  public ResourceUnitCosts {
    if (communicationPerDataUnit < 0 || computingPerDataUnit < 0 || modelTraining < 0 || modelExchangePerTransfer < 0) {
      throw new IllegalArgumentException("RU prices must be >= 0");
    }
    if (shortfallMultiplier < 1) throw new IllegalArgumentException("shortfall multiplier must be >= 1, is " + shortfallMultiplier);
  }
}
