package org.slicewright.sim.nn;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.slicewright.sim.CanceledException;
import org.slicewright.sim.ProgressMonitor;

class EarlyStoppingTrainerTest {

  /**
   * One parameter x; training pulls it towards 1, validation prefers 0.3: validation improves while x
   * climbs to 0.3, then worsens, so training must stop after the patience and keep x near 0.3.
   */
  static final class Pull implements EarlyStoppingTrainer.Objective {
    final ParameterBlock x = new ParameterBlock(1);

    @Override
    public List<ParameterBlock> parameters() { return List.of(x); }

    @Override
    public double accumulate(int[] s, int from, int to) {
      double loss = 0;
      for (int i = from; i < to; i++) {
        loss += (x.values[0] - 1) * (x.values[0] - 1);
        x.gradient[0] += 2 * (x.values[0] - 1);
      }
      return loss;
    }

    @Override
    public double loss(int[] s, int from, int to) {
      return (to - from) * (x.values[0] - 0.3) * (x.values[0] - 0.3);
    }
  }

  @Test
  void stopsAfterThePatienceAndKeepsTheBestEpoch() {
    Pull p = new Pull();
    EarlyStoppingTrainer t = new EarlyStoppingTrainer(new EarlyStoppingTrainer.Settings(100, 3, 4, 0.01, false));
    EarlyStoppingTrainer.Outcome o = t.train(p, EarlyStoppingTrainer.range(0, 8), EarlyStoppingTrainer.range(8, 10), new SplittableRandom(1), ProgressMonitor.NONE);
    assertTrue(o.epochs() < 100, "stopped early: " + o.epochs());
    assertEquals(o.bestEpoch() + 3, o.epochs(), "ran exactly the patience past the best epoch");
    assertTrue(o.converged(100));
    for (int e = 0; e < o.epochs(); e++) assertTrue(o.validationLoss()[e] >= o.bestValidationLoss());
    assertEquals(o.bestValidationLoss(), p.loss(null, 0, 2) / 2, 1e-15, "the best epoch's parameters are restored");
    assertEquals(0.3, p.x.values[0], 0.05);
  }

  @Test
  void cancelStopsTraining() {
    ProgressMonitor cancelled = new ProgressMonitor() {
      @Override
      public void begin(String task, int total) {}
      @Override
      public void worked(int w) {}
      @Override
      public boolean isCanceled() { return true; }
    };
    EarlyStoppingTrainer t = new EarlyStoppingTrainer(new EarlyStoppingTrainer.Settings(5, 2, 4, 0.01, true));
    assertThrows(CanceledException.class, () -> t.train(new Pull(), EarlyStoppingTrainer.range(0, 8), EarlyStoppingTrainer.range(8, 10), new SplittableRandom(1), cancelled));
  }

  @Test
  void badSettingsAreNamed() {
    assertEquals("early-stopping patience must be >= 1, is 0", assertThrows(IllegalArgumentException.class, () -> new EarlyStoppingTrainer.Settings(5, 0, 4, 0.01, true)).getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> new EarlyStoppingTrainer.Settings(5, 2, 4, Double.NaN, true)).getMessage().contains("NaN"));
  }
}
