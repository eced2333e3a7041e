package org.slicewright.sim.pooling;

import java.util.ArrayDeque;

/**
 * The data units of one sub-pool waiting for its trainer, oldest first. Units stay stored at the AP
 * where they arrived until the trainer takes them in; a unit from another member then migrates over
 * the trainer's access link. Each tick the trainer takes in what its compute and link allow, and a unit
 * that has waited longer than the maximum wait is dropped: it is never moved, trained or charged,
 * which is how saturation costs accuracy.
 */
final class TrainerBacklog {
  /** A waiting data unit: the tick it arrived, the AP it arrived at, its index among that AP's units of the tick. */
  private record Unit(int tick, int ap, int index) {
  }

  /** What a trainer took in during one tick. */
  record Intake(int units, int moved, int samples) {
  }

  private final int trainer;
  private final ArrayDeque<Unit> own = new ArrayDeque<>();
  private final ArrayDeque<Unit> migrating = new ArrayDeque<>();

  TrainerBacklog(int trainer) {
    this.trainer = trainer;
  }

  void arrive(int tick, int ap, int units) {
    ArrayDeque<Unit> q = ap == trainer ? own : migrating;
    for (int u = 0; u < units; u++) q.add(new Unit(tick, ap, u));
  }

  /** Drops the units that arrived before {@code oldestTick}; returns how many. */
  int dropBefore(int oldestTick) {
    int dropped = 0;
    while (!own.isEmpty() && own.peek().tick() < oldestTick) { own.poll(); dropped++; }
    while (!migrating.isEmpty() && migrating.peek().tick() < oldestTick) { migrating.poll(); dropped++; }
    return dropped;
  }

  /**
   * Takes in units oldest first, at most {@code computeUnits} in all and {@code linkUnits} migrated
   * ones, and writes the digit indices of their samples into {@code samples}.
   */
  Intake take(double computeUnits, double linkUnits, Demand demand, int unitSamples, int[] samples) {
    int units = 0, moved = 0, n = 0;
    while (units < computeUnits) {
      boolean linkFree = moved < linkUnits && !migrating.isEmpty();
      Unit next;
      if (!own.isEmpty() && (!linkFree || own.peek().tick() <= migrating.peek().tick())) {
        next = own.poll();
      } else if (linkFree) {
        next = migrating.poll();
        moved++;
      } else {
        break;
      }
      units++;
      int[] arrived = demand.arrivals[next.tick()][next.ap()];
      System.arraycopy(arrived, next.index() * unitSamples, samples, n, unitSamples);
      n += unitSamples;
    }
    return new Intake(units, moved, n);
  }

  /** Units still waiting. */
  int waiting() {
    return own.size() + migrating.size();
  }
}
