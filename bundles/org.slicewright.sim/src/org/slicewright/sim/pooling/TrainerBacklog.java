package org.slicewright.sim.pooling;

import java.util.ArrayDeque;

/**
 * The data units of one sub-pool on their way to its trainer, oldest first. Members migrate their
 * new units to the trainer as they arrive, as far as the trainer's access link allows (the rest waits
 * at the member for the next tick); the trainer trains what its compute allows, oldest first, and the
 * rest waits in its storage. A unit that has waited longer than the maximum wait, wherever it is, is
 * dropped: it is never trained, and the migration it already had is paid. That is how a saturated
 * trainer costs both accuracy and resources.
 */
final class TrainerBacklog {
  /** A waiting data unit: the tick it arrived, the AP it arrived at, its index among that AP's units of the tick. */
  private record Unit(int tick, int ap, int index) {
  }

  /** What a trainer trained during one tick. */
  record Intake(int units, int samples) {
  }

  private final int trainer;
  private final ArrayDeque<Unit> atMembers = new ArrayDeque<>();
  private final ArrayDeque<Unit> atTrainer = new ArrayDeque<>();

  TrainerBacklog(int trainer) {
    this.trainer = trainer;
  }

  void arrive(int tick, int ap, int units) {
    ArrayDeque<Unit> q = ap == trainer ? atTrainer : atMembers;
    for (int u = 0; u < units; u++) q.add(new Unit(tick, ap, u));
  }

  /** Migrates waiting member units to the trainer, oldest first, at most {@code linkUnits}; returns how many moved. */
  int migrate(double linkUnits) {
    int moved = 0;
    while (moved < linkUnits && !atMembers.isEmpty()) {
      Unit u = atMembers.poll();
      insertByAge(u);
      moved++;
    }
    return moved;
  }

  /** Keeps the trainer's storage oldest first (its own units and migrated ones interleave by arrival). */
  private void insertByAge(Unit u) {
    if (atTrainer.isEmpty() || atTrainer.peekLast().tick() <= u.tick()) {
      atTrainer.add(u);
      return;
    }
    ArrayDeque<Unit> later = new ArrayDeque<>();
    while (!atTrainer.isEmpty() && atTrainer.peekLast().tick() > u.tick()) later.push(atTrainer.pollLast());
    atTrainer.add(u);
    atTrainer.addAll(later);
  }

  /** Drops the units that arrived before {@code oldestTick}; returns how many. */
  int dropBefore(int oldestTick) {
    int dropped = 0;
    while (!atTrainer.isEmpty() && atTrainer.peek().tick() < oldestTick) { atTrainer.poll(); dropped++; }
    while (!atMembers.isEmpty() && atMembers.peek().tick() < oldestTick) { atMembers.poll(); dropped++; }
    return dropped;
  }

  /**
   * Takes in units at the trainer oldest first, at most {@code computeUnits}, and writes the digit
   * indices of their samples into {@code samples}.
   */
  Intake take(double computeUnits, Demand demand, int unitSamples, int[] samples) {
    int units = 0, n = 0;
    while (units < computeUnits && !atTrainer.isEmpty()) {
      Unit next = atTrainer.poll();
      units++;
      int[] arrived = demand.arrivals[next.tick()][next.ap()];
      System.arraycopy(arrived, next.index() * unitSamples, samples, n, unitSamples);
      n += unitSamples;
    }
    return new Intake(units, n);
  }

  /** Units waiting at the trainer. */
  int atTrainer() {
    return atTrainer.size();
  }
}
