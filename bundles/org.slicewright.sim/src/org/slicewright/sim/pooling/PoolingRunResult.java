package org.slicewright.sim.pooling;

import java.io.Serializable;
import java.util.Locale;

/**
 * The outcome of one pooling run: service performance and resource use.
 *
 * @param accuracy fraction of the held-out test digits the final global model classifies correctly
 * @param convergenceRate see {@link ConvergenceRate}: the share of the remaining excess test loss the
 *        global model sheds per aggregation round, in [0, 1) (near 1 = fast learning)
 * @param ruCommunication RU for data migrated from sub-pool members to their trainer
 * @param ruComputing RU for training (per data unit trained plus per model training)
 * @param ruModelExchange RU for model uploads (trainers) and downloads (every AP) at each FedAvg round
 * @param ruShortfall extra RU charged for use beyond the reservation made at the mean arrival rate
 * @param ruTotal the sum of the four
 * @param droppedShare share of the arrived data units dropped because they waited longer than the
 *        maximum wait for their trainer's compute or link (saturation)
 * @param roundLoss global test loss after each round (index 0 = initial model)
 * @param roundAccuracy global test accuracy after each round (index 0 = initial model)
 * @param migratedMB raw data moved from sub-pool members to their trainers, MB (10^6 bytes: a digit is
 *        784 bytes)
 * @param modelMB models uploaded and downloaded at the FedAvg rounds, MB (4-byte weights)
 * @param roundSeconds simulated seconds at the end of each round (index 0 = the start, 0 s)
 */
public record PoolingRunResult(String scenario, String policy, int subpools, double lambdaMax, long seed, double accuracy,
    double convergenceRate, double ruCommunication, double ruComputing, double ruModelExchange, double ruTotal,
    double ruShortfall, double droppedShare, long wallMs, double[] roundLoss, double[] roundAccuracy, double migratedMB, double modelMB, double[] roundSeconds) implements Serializable {

  /** Everything the run transmitted: raw data migrated and models exchanged, MB. */
  public double transmittedMB() {
    return migratedMB + modelMB;
  }

  /**
   * Simulated seconds until the global model first reaches {@code target} test accuracy (it is tested
   * after every FedAvg round), or infinity when it does not within the run.
   */
  public double secondsToAccuracy(double target) {
    for (int r = 0; r < Math.min(roundAccuracy.length, roundSeconds.length); r++) if (roundAccuracy[r] >= target) return roundSeconds[r];
    return Double.POSITIVE_INFINITY;
  }

  public static String csvHeader() {
    return "scenario,policy,subpools,lambda_max,seed,accuracy,convergence_rate,ru_communication,ru_computing,"
        + "ru_model_exchange,ru_total,ru_shortfall,dropped_share,wall_ms";
  }

  /** One CSV row; numbers in Locale.ROOT so a German desktop writes the same file. */
  public String toCsvRow() {
    return String.join(",", csv(scenario), csv(policy), Integer.toString(subpools), num(lambdaMax), Long.toString(seed),
        String.format(Locale.ROOT, "%.4f", accuracy), String.format(Locale.ROOT, "%.5f", convergenceRate), num(ruCommunication),
        num(ruComputing), num(ruModelExchange), num(ruTotal), num(ruShortfall),
        String.format(Locale.ROOT, "%.4f", droppedShare), Long.toString(wallMs));
  }

  private static String num(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.3f", v);
  }

  static String csv(String s) {
    if (s == null) return "";
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) return s;
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
