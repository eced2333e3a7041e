package org.slicewright.learn;

/** Fits a surrogate to a training set; deterministic (same rows, same surrogate). */
@FunctionalInterface
public interface SurrogateTrainer {
  Surrogate train(TrainingSet data);
}
