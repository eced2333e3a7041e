package org.slicewright.sim.offloading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.slicewright.sim.nn.Conv3dLayer;
import org.slicewright.sim.nn.DenseLayer;
import org.slicewright.sim.nn.ParameterBlock;

/**
 * The DeepCog centralised baseline of the edge/cloud offloading study (A. Ehsanian, T. Spyropoulos,
 * "Edge/Cloud Slice Resource Allocation for Beyond 5G Networks With Distributed LSTM", IEEE PIMRC 2024):
 * D. Bega, M. Gramaglia, M. Fiore, A. Banchs, X. Costa-Perez, "DeepCog: Cognitive Network Management
 * in Sliced 5G Networks with Deep Learning", IEEE INFOCOM 2019. DeepCog treats the demand of all cells
 * as a video: each time step is an image of the cells on a 2D grid, an encoder of 3D convolutions with
 * ReLU extracts space-time features, fully connected layers decode them, and a linear output gives one
 * capacity per cell, trained directly on the operator's asymmetric cost rather than on a traffic error.
 * This is a small version of that design, sized for the study's windows; the same API as
 * {@link CentralisedLstm}, so the two baselines train and evaluate alike.
 *
 * <p><b>Grid.</b> The K cells are placed row-major by index on the most square grid, cols = ceil(sqrt K),
 * rows = ceil(K / cols) (16 -> 4 x 4, 5 -> 2 x 3 with one empty cell held at zero, 1 -> 1 x 1). The
 * traces carry no geography, so which cells are neighbours is arbitrary: the convolution's locality
 * prior, which DeepCog draws from real city maps, is here only an assumption; the dense layers still see
 * every cell.
 *
 * <p><b>Time.</b> The N samples are cut into F = floor(N / s) non-overlapping patches of s samples
 * (default s = 6: N = 144 ten-minute samples, one day, give 24 hourly frames), the oldest N mod s
 * samples dropped. Rather than averaging each patch (which would blur the latest sample, the best single
 * predictor of the next one), the first layer is a convolution with temporal kernel and stride s, i.e.
 * a learned weighting of the samples in each patch; it costs one pass over the input and divides the
 * work of every later layer by s. Later layers use kernel k x k x k in time and space, valid in time
 * (clipped to the frames left, so short windows such as N = 12 still work), 'same' in space (clipped to
 * 2 rows - 1 and 2 cols - 1 so a 1 x 1 grid has no dead taps). s is clipped to N.
 *
 * <p>Default shape ({@link Shape#DEFAULT}): Conv3d(1 -> 8, s x 3 x 3, stride s) ReLU, Conv3d(8 -> 8,
 * 3 x 3 x 3) ReLU, flatten, dense 64 ReLU, dense 32 ReLU, linear K.
 */
public final class DeepCog implements CentralisedModel {
  /**
   * Sizes of the network.
   *
   * @param frame s, samples per temporal patch (kernel and stride of the first convolution)
   * @param filters filters of each 3D convolution, first one included
   * @param kernel k, odd extent of the later convolutions in time and space, and the spatial extent of
   *     the first one
   * @param dense widths of the ReLU dense layers before the linear output of K
   */
  public record Shape(int frame, int[] filters, int kernel, int[] dense) {
    public static final Shape DEFAULT = new Shape(6, new int[] { 8, 8 }, 3, new int[] { 64, 32 });

    public Shape {
      if (frame < 1) throw new IllegalArgumentException("frame must be >= 1 sample, is " + frame);
      if (filters.length == 0) throw new IllegalArgumentException("DeepCog needs at least one 3D convolution");
      for (int f : filters) if (f < 1) throw new IllegalArgumentException("filter counts must be >= 1: " + Arrays.toString(filters));
      if (kernel < 1 || kernel % 2 == 0) throw new IllegalArgumentException("kernel must be odd and >= 1, is " + kernel);
      for (int s : dense) if (s < 1) throw new IllegalArgumentException("dense sizes must be >= 1: " + Arrays.toString(dense));
      filters = filters.clone();
      dense = dense.clone();
    }

    @Override
    public String toString() {
      return "3D-CNN: frames of " + frame + " samples, conv " + Arrays.toString(filters) + " (" + kernel + "x" + kernel + "x" + kernel + ", ReLU), dense "
          + Arrays.toString(dense) + ", linear K";
    }
  }

  private final int vnfs;
  private final int history;
  private final int rows;
  private final int cols;
  private final int frame;
  private final int frames;
  private final int skip;
  private final Conv3dLayer[] conv;
  private final DenseLayer[] dense;
  private final String description;

  /**
   * @param vnfs K, cells (VNFs) predicted jointly
   * @param history N, samples per window
   */
  public DeepCog(int vnfs, int history, Shape shape, SplittableRandom rng) {
    if (vnfs < 1) throw new IllegalArgumentException("DeepCog needs at least one VNF, has " + vnfs);
    if (history < 1) throw new IllegalArgumentException("history N must be >= 1, is " + history);
    this.vnfs = vnfs;
    this.history = history;
    cols = (int) Math.ceil(Math.sqrt(vnfs));
    rows = (vnfs + cols - 1) / cols;
    frame = Math.min(shape.frame(), history);
    frames = history / frame;
    skip = history - frames * frame;
    int kh = Math.min(shape.kernel(), 2 * rows - 1), kw = Math.min(shape.kernel(), 2 * cols - 1);
    StringBuilder d = new StringBuilder("DeepCog 3D-CNN: grid " + rows + "x" + cols + ", " + frames + " frames of " + frame + " samples");
    conv = new Conv3dLayer[shape.filters().length];
    int channels = 1, depth = frames * frame;
    for (int i = 0; i < conv.length; i++) {
      int kt = i == 0 ? frame : Math.min(shape.kernel(), depth);
      int stride = i == 0 ? frame : 1;
      conv[i] = new Conv3dLayer(channels, shape.filters()[i], depth, rows, cols, kt, kh, kw, stride, true);
      conv[i].initialise(rng);
      d.append("; conv ").append(channels).append("->").append(shape.filters()[i]).append(' ').append(kt).append('x').append(kh).append('x').append(kw);
      if (stride > 1) d.append(" stride ").append(stride);
      d.append(" ReLU");
      channels = shape.filters()[i];
      depth = conv[i].outputDepth();
    }
    int in = conv[conv.length - 1].outputs();
    d.append("; dense ").append(in);
    dense = new DenseLayer[shape.dense().length + 1];
    for (int i = 0; i < shape.dense().length; i++) {
      dense[i] = new DenseLayer(in, shape.dense()[i], true);
      dense[i].initialise(rng);
      in = shape.dense()[i];
      d.append("->").append(in);
    }
    dense[dense.length - 1] = new DenseLayer(in, vnfs, false);
    dense[dense.length - 1].initialise(rng);
    description = d.append(" ReLU, linear ").append(vnfs).toString();
  }

  public int rows() { return rows; }
  public int cols() { return cols; }
  /** F, the temporal patches the window is cut into. */
  public int frames() { return frames; }

  @Override
  public List<ParameterBlock> parameters() {
    List<ParameterBlock> out = new ArrayList<>();
    for (Conv3dLayer c : conv) out.add(c.parameters());
    for (DenseLayer l : dense) out.add(l.parameters());
    return out;
  }

  /** The window window[t][k] (t = 0..N-1) as one channel of F s frames of the rows x cols grid, empty cells zero. */
  private double[] frames(double[][] window) {
    if (window.length != history) throw new IllegalArgumentException("window of " + window.length + " samples, DeepCog built for N = " + history);
    int plane = rows * cols;
    double[] x = new double[frames * frame * plane];
    for (int t = skip; t < history; t++) {
      double[] w = window[t];
      if (w.length != vnfs) throw new IllegalArgumentException("sample of " + w.length + " VNFs, DeepCog built for K = " + vnfs);
      System.arraycopy(w, 0, x, (t - skip) * plane, vnfs);
    }
    return x;
  }

  /** Activations of one forward pass: acts[0] the frames, then one per layer, the last the output. */
  private double[][] forward(double[][] window) {
    double[][] acts = new double[conv.length + dense.length + 1][];
    acts[0] = frames(window);
    for (int i = 0; i < conv.length; i++) acts[i + 1] = conv[i].forward(acts[i]);
    for (int i = 0; i < dense.length; i++) acts[conv.length + i + 1] = dense[i].forward(acts[conv.length + i]);
    return acts;
  }

  @Override
  public double[] predict(double[][] window) {
    double[][] acts = forward(window);
    return acts[acts.length - 1];
  }

  /** Accumulates the gradient of the sample's asymmetric cost (summed over the K cells) and returns that cost. */
  @Override
  public double accumulate(double[][] window, double[] target, AsymmetricCost cost) {
    double[][] acts = forward(window);
    double[] y = acts[acts.length - 1];
    double[] d = new double[y.length];
    double loss = 0;
    for (int j = 0; j < y.length; j++) {
      loss += cost.cost(y[j], target[j]);
      d[j] = cost.derivative(y[j], target[j]);
    }
    for (int i = dense.length - 1; i >= 0; i--) d = dense[i].backward(acts[conv.length + i], acts[conv.length + i + 1], d);
    for (int i = conv.length - 1; i > 0; i--) d = conv[i].backward(acts[i], acts[i + 1], d);
    conv[0].backward(acts[0], acts[1], d, false); // the frames are data: no input gradient
    return loss;
  }

  @Override
  public String toString() {
    return description;
  }
}
