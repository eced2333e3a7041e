package org.slicewright.sim.edge;

import java.util.List;

/**
 * An edge-inference emulation: boards with their profiles, devices streaming frames, the links'
 * latency models, the QoS budget, the node-selection policy and the emulated time.
 *
 * @param links links.get(device).get(board): latency from the device to each board
 * @param emaWeights w1, w5, w15 of the latency ranking S (the heterogeneous-edge study)
 */
public record EdgeConfig(String scenario, List<Board> boards, List<Device> devices, List<List<LatencyModel>> links, double qosBudgetMs,
    SelectionPolicy policy, double durationS, double checkPeriodS, long seed, double[] emaWeights) {

  /** With the default ranking weights w1 = 0.2, w5 = 0.3, w15 = 0.5 (shorter windows weigh less, as in the study). */
  public EdgeConfig(String scenario, List<Board> boards, List<Device> devices, List<List<LatencyModel>> links, double qosBudgetMs, SelectionPolicy policy,
      double durationS, double checkPeriodS, long seed) {
    this(scenario, boards, devices, links, qosBudgetMs, policy, durationS, checkPeriodS, seed, new double[] { 0.2, 0.3, 0.5 });
  }

  /** A board: its name and measured profile; {@code capacity} is the instance count treated as full utilisation. */
  public record Board(String name, ProfileTable profile, int capacity) {
  }

  /** An end device streaming frames of one size at a rate. */
  public record Device(String name, int frameSize, double framesPerSecond) {
  }

  /** The same emulation for another emulated time. */
  public EdgeConfig withDuration(double seconds) {
    return new EdgeConfig(scenario, boards, devices, links, qosBudgetMs, policy, seconds, checkPeriodS, seed, emaWeights);
  }

  /** The same emulation under another selection policy. */
  public EdgeConfig withPolicy(SelectionPolicy p) {
    return new EdgeConfig(scenario, boards, devices, links, qosBudgetMs, p, durationS, checkPeriodS, seed, emaWeights);
  }

  public EdgeConfig validate() {
    if (boards.isEmpty()) throw new IllegalArgumentException("no edge boards");
    if (devices.isEmpty()) throw new IllegalArgumentException("no end devices");
    if (links.size() != devices.size()) throw new IllegalArgumentException(devices.size() + " devices but link latencies for " + links.size());
    for (int d = 0; d < devices.size(); d++) {
      if (links.get(d).size() != boards.size()) {
        throw new IllegalArgumentException("device '" + devices.get(d).name() + "' has latencies to " + links.get(d).size() + " of " + boards.size() + " boards");
      }
      if (!(devices.get(d).framesPerSecond() > 0)) throw new IllegalArgumentException("device '" + devices.get(d).name() + "': frame rate must be > 0");
    }
    for (Board b : boards) if (b.capacity() < 1) throw new IllegalArgumentException("board '" + b.name() + "': capacity must be >= 1");
    if (!(qosBudgetMs > 0)) throw new IllegalArgumentException("QoS budget must be > 0 ms");
    if (!(durationS > 0) || !(checkPeriodS > 0)) throw new IllegalArgumentException("duration and check period must be > 0 s");
    if (emaWeights == null || emaWeights.length != 3) throw new IllegalArgumentException("the latency ranking needs three EMA weights (w1, w5, w15)");
    new LatencyScore(emaWeights[0], emaWeights[1], emaWeights[2]); // checks them
    return this;
  }
}
