package org.slicewright.sim.offloading;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.slicewright.sim.nn.DenseLayer;
import org.slicewright.sim.nn.LstmLayer;
import org.slicewright.sim.nn.ParameterBlock;

/**
 * The cloud part of the DDNN (and, fed raw demand, the centralised baseline): stacked LSTMs over the
 * sequence, the last hidden state through dense ReLU layers, and a linear output of K allocations.
 */
final class RemoteStack {
  private final LstmLayer[] lstm;
  private final DenseLayer[] dense;

  RemoteStack(int inputs, int outputs, int[] lstmSizes, int[] denseSizes, SplittableRandom rng) {
    lstm = new LstmLayer[lstmSizes.length];
    int in = inputs;
    for (int i = 0; i < lstmSizes.length; i++) {
      lstm[i] = new LstmLayer(in, lstmSizes[i]);
      lstm[i].initialise(rng);
      in = lstmSizes[i];
    }
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
