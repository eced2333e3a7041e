package org.slicewright.learn;

import java.util.ArrayList;
import java.util.List;

import org.slicewright.model.scenario.ScenarioFactory;
import org.slicewright.model.scenario.SurrogateKind;

/**
 * A surrogate of one metric with the data it was trained on and its k-fold cross-validated error:
 * what the report shows and what is saved with the scenario.
 */
public record FittedSurrogate(String metric, SurrogateKind kind, Surrogate surrogate, double cvRmse, TrainingSet data, long seed) {
  public static final int FOLDS = 5;

  public static SurrogateTrainer trainer(SurrogateKind kind, long seed) {
    switch (kind) {
      case GAUSSIAN2:
        return GaussianTwoTerm.trainer();
      case RANDOM_FOREST:
        return ForestSurrogate.trainer(seed);
      default:
        return BoostingSurrogate.trainer();
    }
  }

  public static FittedSurrogate fit(String metric, SurrogateKind kind, TrainingSet data, long seed) {
    SurrogateTrainer t = trainer(kind, seed);
    double cv = CrossValidation.rmse(t, data, Math.min(FOLDS, data.size()), seed);
    return new FittedSurrogate(metric, kind, t.train(data), cv, data, seed);
  }

  /**
   * Fits every learner that applies (the Gaussian only over a single parameter with at least 10
   * points, so each fold keeps 8 for its six coefficients) and returns them, the one with the lowest
   * cross-validated error first.
   */
  public static List<FittedSurrogate> fitAll(String metric, TrainingSet data, long seed) {
    List<FittedSurrogate> out = new ArrayList<>();
    if (data.features().size() == 1 && data.size() >= 10) {
      try {
        out.add(fit(metric, SurrogateKind.GAUSSIAN2, data, seed));
      } catch (IllegalArgumentException noFit) {
        // some fold did not converge: the Gaussian is not offered for this metric
      }
    }
    out.add(fit(metric, SurrogateKind.RANDOM_FOREST, data, seed));
    out.add(fit(metric, SurrogateKind.GRADIENT_BOOSTING, data, seed));
    out.sort((a, b) -> Double.compare(a.cvRmse(), b.cvRmse()));
    return out;
  }

  /**
   * The scenario element that saves this surrogate: learner, features, coefficients (always the
   * Gaussian's six, a2 = 0 for a one-term fit, so earlier files still load), error and training rows.
   */
  public org.slicewright.model.scenario.Surrogate toModel(String id) { // qualified: this package's Surrogate
    org.slicewright.model.scenario.Surrogate m = ScenarioFactory.eINSTANCE.createSurrogate(); // qualified: this package's Surrogate
    m.setId(id);
    m.setName(metric + " (" + surrogate.learner() + ")");
    m.setMetric(metric);
    m.setKind(kind);
    m.getFeatures().addAll(data.features());
    if (surrogate instanceof GaussianTwoTerm g) for (double c : g.coefficients()) m.getCoefficients().add(c);
    m.setCvRmse(cvRmse);
    m.setTrainingRuns(data.size());
    m.setModel("seed=" + seed + "\n" + data.toCsv());
    return m;
  }

  /** Rebuilds a saved surrogate: the Gaussian from its coefficients, the Smile learners by refitting their rows with their seed. */
  public static FittedSurrogate fromModel(org.slicewright.model.scenario.Surrogate m) { // qualified: this package's Surrogate
    String text = m.getModel();
    if (text == null || !text.startsWith("seed=")) throw new IllegalArgumentException("surrogate '" + m.getId() + "' has no saved training data");
    int nl = text.indexOf('\n');
    long seed;
    try {
      seed = Long.parseLong(text.substring(5, nl < 0 ? text.length() : nl).trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("surrogate '" + m.getId() + "': bad seed line '" + text.substring(0, Math.max(0, nl)) + "'");
    }
    TrainingSet data;
    try {
      data = TrainingSet.fromCsv(text.substring(nl + 1), 2);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("surrogate '" + m.getId() + "': " + e.getMessage());
    }
    Surrogate s;
    if (m.getKind() == SurrogateKind.GAUSSIAN2) {
      double[] c = m.getCoefficients().stream().mapToDouble(Double::doubleValue).toArray();
      s = GaussianTwoTerm.of(data.features().get(0), c, Double.NaN);
    } else {
      s = trainer(m.getKind(), seed).train(data);
    }
    return new FittedSurrogate(m.getMetric(), m.getKind(), s, m.getCvRmse(), data, seed);
  }
}
