package org.slicewright.sim.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.slicewright.sim.CanceledException;
import org.slicewright.sim.ProgressMonitor;

/**
 * Mini-batch training with early stopping on a validation split: after each epoch the validation
 * loss is measured; training stops when it has not improved for {@code patience} epochs (or at
 * {@code maxEpochs}), and the parameters of the best epoch are restored. Every model of a comparison
 * gets the same trainer, so none is judged at a different point of its training than another.
 */
public final class EarlyStoppingTrainer {

  /** What is trained: its parameters, and the loss of a batch of samples (by index). */
  public interface Objective {
    List<ParameterBlock> parameters();

    /** Accumulates the gradient of samples[from..to) into the parameters; returns their summed loss. */
    double accumulate(int[] samples, int from, int to);

    /** Summed loss of samples[from..to) without touching the gradient. */
    double loss(int[] samples, int from, int to);
  }

  /** Settings shared by every model of a comparison. */
  public record Settings(int maxEpochs, int patience, int batch, double learningRate, boolean adam) {
    public Settings {
      if (maxEpochs < 1) throw new IllegalArgumentException("epochs must be >= 1, is " + maxEpochs);
      if (patience < 1) throw new IllegalArgumentException("early-stopping patience must be >= 1, is " + patience);
      if (batch < 1) throw new IllegalArgumentException("batch size must be >= 1, is " + batch);
      if (!(learningRate > 0) || Double.isInfinite(learningRate)) throw new IllegalArgumentException("learning rate must be a finite number > 0, is " + learningRate);
    }
  }

  /**
   * @param epochs epochs run
   * @param bestEpoch the epoch (1-based) whose parameters were kept
   * @param trainLoss mean training loss per sample, per epoch
   * @param validationLoss mean validation loss per sample, per epoch
   */
  public record Outcome(int epochs, int bestEpoch, double[] trainLoss, double[] validationLoss) {
    public double bestValidationLoss() {
      return validationLoss[bestEpoch - 1];
    }

    /** True when training stopped because validation stopped improving, not at the epoch cap. */
    public boolean converged(int maxEpochs) {
      return epochs < maxEpochs || bestEpoch < epochs;
    }
  }

  private final Settings s;

  public EarlyStoppingTrainer(Settings settings) {
    this.s = settings;
  }

  public Outcome train(Objective o, int[] train, int[] validation, SplittableRandom order, ProgressMonitor monitor) {
    if (train.length == 0 || validation.length == 0) throw new IllegalArgumentException("training needs training and validation samples");
    List<ParameterBlock> blocks = o.parameters();
    Adam opt = new Adam(blocks, s.learningRate(), s.adam());
    for (ParameterBlock b : blocks) b.zeroGradient();
    int[] idx = train.clone();
    List<Double> tr = new ArrayList<>(), va = new ArrayList<>();
    double best = Double.POSITIVE_INFINITY;
    int bestEpoch = 0;
    double[][] kept = snapshot(blocks);
    for (int e = 1; e <= s.maxEpochs(); e++) {
      shuffle(idx, order);
      double sum = 0;
      for (int from = 0; from < idx.length; from += s.batch()) {
        if (monitor.isCanceled()) throw new CanceledException();
        int to = Math.min(idx.length, from + s.batch());
        sum += o.accumulate(idx, from, to);
        opt.step(to - from);
      }
      double v = o.loss(validation, 0, validation.length) / validation.length;
      tr.add(sum / idx.length);
      va.add(v);
      monitor.worked(1);
      if (!Double.isFinite(v)) break;
      if (v < best) {
        best = v;
        bestEpoch = e;
        kept = snapshot(blocks);
      } else if (e - bestEpoch >= s.patience()) {
        break;
      }
    }
    restore(blocks, kept);
    if (bestEpoch == 0) throw new IllegalStateException("training diverged in the first epoch (validation loss " + va.get(0) + "); lower the learning rate");
    return new Outcome(tr.size(), bestEpoch, tr.stream().mapToDouble(Double::doubleValue).toArray(), va.stream().mapToDouble(Double::doubleValue).toArray());
  }

  private static double[][] snapshot(List<ParameterBlock> blocks) {
    double[][] out = new double[blocks.size()][];
    for (int i = 0; i < out.length; i++) out[i] = blocks.get(i).values.clone();
    return out;
  }

  private static void restore(List<ParameterBlock> blocks, double[][] kept) {
    for (int i = 0; i < kept.length; i++) System.arraycopy(kept[i], 0, blocks.get(i).values, 0, kept[i].length);
  }

  static void shuffle(int[] a, SplittableRandom rng) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int x = a[i];
      a[i] = a[j];
      a[j] = x;
    }
  }

  /** The indices from..to-1. */
  public static int[] range(int from, int to) {
    int[] r = new int[Math.max(0, to - from)];
    Arrays.setAll(r, i -> from + i);
    return r;
  }
}
