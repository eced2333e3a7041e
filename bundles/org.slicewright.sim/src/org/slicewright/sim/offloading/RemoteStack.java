package org.slicewright.sim.offloading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.slicewright.sim.nn.DenseLayer;
import org.slicewright.sim.nn.LstmBatch;
import org.slicewright.sim.nn.LstmLayer;
import org.slicewright.sim.nn.ParameterBlock;

/**
 * The cloud part of the DDNN (and, fed raw demand, the centralised baseline): stacked LSTMs over the
 * sequence, the last hidden state through dense ReLU layers, and a linear output of K allocations.
 * Training and evaluation run a batch of windows at once ({@link #forward(double[][], int)}: the LSTMs
 * as batched matrix products on several threads, see {@link LstmBatch}); the single-window pass is
 * kept for measuring the inference time of one sample.
 */
final class RemoteStack {
  private final LstmLayer[] lstm;
  private final LstmBatch[] batched;
  private final DenseLayer[] dense;

  RemoteStack(int inputs, int outputs, int[] lstmSizes, int[] denseSizes, SplittableRandom rng) {
    lstm = new LstmLayer[lstmSizes.length];
    int in = inputs;
    for (int i = 0; i < lstmSizes.length; i++) {
      lstm[i] = new LstmLayer(in, lstmSizes[i]);
      lstm[i].initialise(rng);
      in = lstmSizes[i];
    }
    batched = new LstmBatch[lstm.length];
    // One thread each: the study trains its models in parallel, which keeps every core busy without
    // nesting parallel passes inside parallel trainings.
    for (int i = 0; i < lstm.length; i++) batched[i] = new LstmBatch(lstm[i], 1);
    dense = new DenseLayer[denseSizes.length + 1];
    for (int i = 0; i < denseSizes.length; i++) {
      dense[i] = new DenseLayer(in, denseSizes[i], true);
      dense[i].initialise(rng);
      in = denseSizes[i];
    }
    dense[denseSizes.length] = new DenseLayer(in, outputs, false);
    dense[denseSizes.length].initialise(rng);
  }

  List<ParameterBlock> parameters() {
    List<ParameterBlock> out = new ArrayList<>();
    for (LstmLayer l : lstm) out.add(l.parameters());
    for (DenseLayer d : dense) out.add(d.parameters());
    return out;
  }

  /** Caches of one forward pass. */
  final class Pass {
    final LstmLayer.Run[] runs = new LstmLayer.Run[lstm.length];
    final double[][] acts = new double[dense.length + 1][];

    double[] output() {
      return acts[dense.length];
    }
  }

  Pass forward(double[][] seq) {
    Pass p = new Pass();
    double[][] x = seq;
    for (int i = 0; i < lstm.length; i++) {
      p.runs[i] = lstm[i].forward(x);
      x = p.runs[i].hidden();
    }
    p.acts[0] = x[x.length - 1];
    for (int i = 0; i < dense.length; i++) p.acts[i + 1] = dense[i].forward(p.acts[i]);
    return p;
  }

  /** Caches of a forward pass over a batch of windows. */
  final class BatchPass {
    final int batch;
    final LstmBatch.Run[] runs = new LstmBatch.Run[lstm.length];
    /** acts[b][i]: sample b's input of dense layer i (i = 0: the last hidden state), then its output. */
    final double[][][] acts;

    BatchPass(int batch) {
      this.batch = batch;
      acts = new double[batch][dense.length + 1][];
    }

    double[] output(int b) {
      return acts[b][dense.length];
    }
  }

  /** @param seq seq[t]: the batch's inputs at step t, flat (sample b's at b x inputs) */
  BatchPass forward(double[][] seq, int batch) {
    BatchPass p = new BatchPass(batch);
    double[][] x = seq;
    for (int i = 0; i < lstm.length; i++) {
      p.runs[i] = batched[i].forward(x, batch);
      x = p.runs[i].hidden();
    }
    double[] last = x[x.length - 1];
    int h = lstm[lstm.length - 1].hiddenUnits();
    for (int b = 0; b < batch; b++) {
      p.acts[b][0] = Arrays.copyOfRange(last, b * h, (b + 1) * h);
      for (int i = 0; i < dense.length; i++) p.acts[b][i + 1] = dense[i].forward(p.acts[b][i]);
    }
    return p;
  }

  /** Backward from dL/dy of each sample (dy[b]); returns dL/d(input sequence), flat per step. */
  double[][] backward(BatchPass p, double[][] dy) {
    int h = lstm[lstm.length - 1].hiddenUnits();
    int steps = p.runs[0].hidden().length;
    double[][] dh = new double[steps][];
    dh[steps - 1] = new double[p.batch * h];
    for (int b = 0; b < p.batch; b++) {
      double[] d = dy[b];
      for (int i = dense.length - 1; i >= 0; i--) d = dense[i].backward(p.acts[b][i], p.acts[b][i + 1], d);
      System.arraycopy(d, 0, dh[steps - 1], b * h, h);
    }
    for (int i = lstm.length - 1; i >= 0; i--) dh = batched[i].backward(p.runs[i], dh);
    return dh;
  }

  /** Backward from dL/dy; returns dL/d(input sequence). */
  double[][] backward(Pass p, double[] dy) {
    double[] d = dy;
    for (int i = dense.length - 1; i >= 0; i--) d = dense[i].backward(p.acts[i], p.acts[i + 1], d);
    int steps = p.runs[0].hidden().length;
    double[][] dh = new double[steps][];
    dh[steps - 1] = d;
    for (int i = lstm.length - 1; i >= 0; i--) dh = lstm[i].backward(p.runs[i], dh);
    return dh;
  }
}
