package org.slicewright.sim.nn;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A 3D convolution over a short stack of image-like frames, y = act(W * x + b), with ReLU or identity
 * activation, on flat double arrays: input [C_in][T][H][W], output [C_out][T'][H][W], both row-major.
 * It is the building block of the DeepCog baseline, whose demand "video" has many frames in time but
 * a tiny grid of cells (4 x 4 for 16 base stations, 1 x 1 for one).
 *
 * <p>Padding follows those proportions: <b>valid in time</b> (T' = (T - kt) / stride + 1, every output
 * sees only real samples), <b>'same' in space</b> (odd kh, kw, zero padding of kh / 2 and kw / 2, so H
 * and W are kept; valid padding would shrink a 4 x 4 grid to nothing after two 3 x 3 layers). Stride is
 * 1 in space and {@code strideT} in time, so a first layer with kt = strideT = s cuts the sequence
 * into non-overlapping patches of s samples.
 *
 * <p>Loops are arranged for the JIT, whose Java 17 C2 vectorises a loop only when its arrays are
 * indexed alike. For one kernel tap (a, dh, dw) and input channel, output position o (over all T' H W
 * of a filter at once) reads the input at o + a constant shift, so the reads are one contiguous run;
 * it is copied into a row buffer, and then every filter's update is y_co[o] += w row[o] (and, going
 * back, drow[o] += w dy_co[o]) on whole rows. Reads that a shift would wrap into a neighbouring row or
 * frame land exactly on the input rows and columns that tap never legitimately reads, which are zeroed
 * in a masked copy of the input per (dh, dw): no per-element bounds test. With a temporal stride s the
 * frames are first regrouped by phase t mod s, so the frames one kernel offset reads are again
 * contiguous. The weight gradient, a dot product per weight, stays a scalar reduction.
 *
 * <p>Parameters on one flat array: weights [C_out][C_in][kt][kh][kw], then C_out biases.
 */
public final class Conv3dLayer {
  private final int cin;
  private final int cout;
  private final int depth;
  private final int height;
  private final int width;
  private final int kt;
  private final int kh;
  private final int kw;
  private final int stride;
  private final boolean relu;
  private final int outDepth;
  private final int plane;
  private final int inLen;
  private final int outLen;
  private final int bias;
  private final int[] phaseStart;
  private final int[] phaseFrames;
  private final ParameterBlock p;

  /**
   * @param inChannels C_in
   * @param outChannels C_out, the number of filters
   * @param depth T, frames of the input
   * @param height H, rows of the grid
   * @param width W, columns of the grid
   * @param kt kernel extent in time, 1..T
   * @param kh kernel rows, odd
   * @param kw kernel columns, odd
   * @param strideT stride in time, >= 1
   * @param relu ReLU if true, identity otherwise
   */
  public Conv3dLayer(int inChannels, int outChannels, int depth, int height, int width, int kt, int kh, int kw, int strideT, boolean relu) {
    if (inChannels < 1 || outChannels < 1 || depth < 1 || height < 1 || width < 1 || strideT < 1)
      throw new IllegalArgumentException("bad 3D convolution shape: " + inChannels + " x " + depth + " x " + height + " x " + width + " -> " + outChannels
          + " filters, stride " + strideT);
    if (kt < 1 || kt > depth) throw new IllegalArgumentException("temporal kernel " + kt + " must be in 1.." + depth);
    if (kh < 1 || kw < 1 || kh % 2 == 0 || kw % 2 == 0) throw new IllegalArgumentException("spatial kernel " + kh + " x " + kw + " must be odd ('same' padding)");
    cin = inChannels;
    cout = outChannels;
    this.depth = depth;
    this.height = height;
    this.width = width;
    this.kt = kt;
    this.kh = kh;
    this.kw = kw;
    stride = strideT;
    this.relu = relu;
    outDepth = (depth - kt) / strideT + 1;
    plane = height * width;
    inLen = depth * plane;
    outLen = outDepth * plane;
    bias = cout * cin * kt * kh * kw;
    phaseStart = new int[strideT];
    phaseFrames = new int[strideT];
    for (int r = 0, start = 0; r < strideT; r++) {
      phaseStart[r] = start;
      phaseFrames[r] = Math.max(0, (depth - r + strideT - 1) / strideT);
      start += phaseFrames[r];
    }
    p = new ParameterBlock(bias + cout);
  }

  /** Length of the flat input, C_in T H W. */
  public int inputs() { return cin * inLen; }
  /** Length of the flat output, C_out T' H W. */
  public int outputs() { return cout * outLen; }
  /** T', frames of the output. */
  public int outputDepth() { return outDepth; }
  public ParameterBlock parameters() { return p; }

  /** He-uniform weights over the fan-in C_in kt kh kw (Glorot-like scale for identity), zero biases. */
  public void initialise(SplittableRandom rng) {
    int fanIn = cin * kt * kh * kw;
    double s = relu ? Math.sqrt(2.0 / fanIn) : Math.sqrt(1.0 / fanIn);
    for (int i = 0; i < bias; i++) p.values[i] = (rng.nextDouble() * 2 - 1) * s * Math.sqrt(3);
    Arrays.fill(p.values, bias, p.values.length, 0);
  }

  private int weight(int co, int ci, int a, int i, int j) {
    return (((co * cin + ci) * kt + a) * kh + i) * kw + j;
  }

  public double[] forward(double[] x) {
    if (x.length != inputs()) throw new IllegalArgumentException("input of " + x.length + " values, expected " + inputs());
    double[] v = p.values;
    double[][] y = new double[cout][outLen];
    for (int co = 0; co < cout; co++) Arrays.fill(y[co], v[bias + co]);
    double[] buffer = new double[x.length], row = new double[outLen];
    for (int i = 0; i < kh; i++) {
      for (int j = 0; j < kw; j++) {
        int dh = i - kh / 2, dw = j - kw / 2;
        double[] src = source(x, dh, dw, buffer);
        for (int ci = 0; ci < cin; ci++) {
          for (int a = 0; a < kt; a++) {
            read(src, ci, a, dh * width + dw, row);
            for (int co = 0; co < cout; co++) {
              double w = v[weight(co, ci, a, i, j)];
              double[] yc = y[co];
              for (int o = 0; o < outLen; o++) yc[o] += w * row[o];
            }
          }
        }
      }
    }
    double[] out = new double[cout * outLen];
    for (int co = 0; co < cout; co++) {
      double[] yc = y[co];
      if (relu) for (int o = 0; o < outLen; o++) if (yc[o] < 0) yc[o] = 0;
      System.arraycopy(yc, 0, out, co * outLen, outLen);
    }
    return out;
  }

  /**
   * Given the input and output of a forward pass and dL/dy, accumulates the gradient and returns
   * dL/dx.
   */
  public double[] backward(double[] x, double[] y, double[] dy) {
    return backward(x, y, dy, true);
  }

  /**
   * As {@link #backward(double[], double[], double[])}; without {@code inputGradient} only the
   * parameter gradient is accumulated and null returned, which saves a third of the work of a first
   * layer whose input is data.
   */
  public double[] backward(double[] x, double[] y, double[] dy, boolean inputGradient) {
    double[] v = p.values, g = p.gradient;
    double[][] d = new double[cout][outLen];
    for (int co = 0; co < cout; co++) {
      double[] dc = d[co];
      System.arraycopy(dy, co * outLen, dc, 0, outLen);
      if (relu) for (int o = 0; o < outLen; o++) if (y[co * outLen + o] <= 0) dc[o] = 0;
      double s = 0;
      for (int o = 0; o < outLen; o++) s += dc[o];
      g[bias + co] += s;
    }
    double[] dx = inputGradient ? new double[x.length] : null;
    double[] dsrc = inputGradient ? new double[x.length] : null;
    double[] buffer = new double[x.length], row = new double[outLen], drow = new double[outLen];
    for (int i = 0; i < kh; i++) {
      for (int j = 0; j < kw; j++) {
        int dh = i - kh / 2, dw = j - kw / 2, shift = dh * width + dw;
        double[] src = source(x, dh, dw, buffer);
        if (inputGradient) Arrays.fill(dsrc, 0);
        for (int ci = 0; ci < cin; ci++) {
          for (int a = 0; a < kt; a++) {
            read(src, ci, a, shift, row);
            if (inputGradient) Arrays.fill(drow, 0);
            // Weight gradients four filters at a time: four independent sums share each load of row.
            int co = 0;
            for (; co + 3 < cout; co += 4) {
              double[] d0 = d[co], d1 = d[co + 1], d2 = d[co + 2], d3 = d[co + 3];
              double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
              for (int o = 0; o < outLen; o++) {
                double r = row[o];
                s0 += d0[o] * r;
                s1 += d1[o] * r;
                s2 += d2[o] * r;
                s3 += d3[o] * r;
              }
              g[weight(co, ci, a, i, j)] += s0;
              g[weight(co + 1, ci, a, i, j)] += s1;
              g[weight(co + 2, ci, a, i, j)] += s2;
              g[weight(co + 3, ci, a, i, j)] += s3;
            }
            for (; co < cout; co++) {
              double[] dc = d[co];
              double s = 0;
              for (int o = 0; o < outLen; o++) s += dc[o] * row[o];
              g[weight(co, ci, a, i, j)] += s;
            }
            if (inputGradient) {
              for (co = 0; co < cout; co++) {
                double w = v[weight(co, ci, a, i, j)];
                double[] dc = d[co];
                for (int o = 0; o < outLen; o++) drow[o] += w * dc[o];
              }
            }
            if (inputGradient) write(drow, ci, a, shift, dsrc);
          }
        }
        if (!inputGradient) continue;
        // The source is x regrouped and times a 0/1 mask, so its gradient reaches x through both.
        if (dh != 0 || dw != 0) mask(dsrc, dh, dw);
        if (stride == 1) {
          for (int q = 0; q < dx.length; q++) dx[q] += dsrc[q];
        } else {
          for (int ci = 0; ci < cin; ci++) {
            for (int t = 0; t < depth; t++) {
              int to = (ci * depth + t) * plane, from = ci * inLen + (phaseStart[t % stride] + t / stride) * plane;
              for (int q = 0; q < plane; q++) dx[to + q] += dsrc[from + q];
            }
          }
        }
      }
    }
    return dx;
  }

  /**
   * Output position o of kernel frame a reads src[start + o], start = the phase block of channel ci
   * and a plus (a / stride) frames plus the tap's shift; reads that would leave the block are never
   * legitimate and read as zero. This copies those reads into row.
   */
  private void read(double[] src, int ci, int a, int shift, double[] row) {
    int r = a % stride, base = ci * inLen + phaseStart[r] * plane, start = a / stride * plane + shift;
    int lo = Math.min(outLen, Math.max(0, -start)), hi = Math.max(lo, Math.min(outLen, phaseFrames[r] * plane - start));
    Arrays.fill(row, 0, lo, 0);
    if (hi > lo) System.arraycopy(src, base + start + lo, row, lo, hi - lo); // none when the tap is wholly off the grid
    Arrays.fill(row, hi, outLen, 0);
  }

  /** The transpose of {@link #read}: adds drow into the source gradient where row was read from. */
  private void write(double[] drow, int ci, int a, int shift, double[] dsrc) {
    int r = a % stride, base = ci * inLen + phaseStart[r] * plane, start = a / stride * plane + shift;
    int lo = Math.min(outLen, Math.max(0, -start)), hi = Math.max(lo, Math.min(outLen, phaseFrames[r] * plane - start));
    int off = base + start;
    for (int o = lo; o < hi; o++) dsrc[off + o] += drow[o];
  }

  /**
   * The input as tap (dh, dw) reads it: each channel's frames regrouped by phase t mod stride (frames
   * t = j stride + r at block r, position j; the identity for stride 1), then masked. x itself when
   * there is nothing to do.
   */
  private double[] source(double[] x, int dh, int dw, double[] buffer) {
    if (stride == 1) {
      if (dh == 0 && dw == 0) return x;
      System.arraycopy(x, 0, buffer, 0, x.length);
    } else {
      for (int ci = 0; ci < cin; ci++) {
        for (int t = 0; t < depth; t++) System.arraycopy(x, (ci * depth + t) * plane, buffer, ci * inLen + (phaseStart[t % stride] + t / stride) * plane, plane);
      }
    }
    if (dh != 0 || dw != 0) mask(buffer, dh, dw);
    return buffer;
  }

  /**
   * Zeroes, in every frame of every channel, the rows and columns that tap (dh, dw) never reads for a
   * real output position: rows [0, dh) (dh > 0) or [H + dh, H) (dh < 0), likewise columns. A shifted
   * read that leaves the grid wraps exactly onto one of them.
   */
  private void mask(double[] a, int dh, int dw) {
    int rowLo = dh > 0 ? 0 : height + dh, rowHi = dh > 0 ? dh : height;
    int colLo = dw > 0 ? 0 : width + dw, colHi = dw > 0 ? dw : width;
    for (int f = 0; f < cin * depth; f++) {
      int base = f * plane;
      if (dh != 0) Arrays.fill(a, base + Math.max(0, rowLo) * width, base + Math.min(height, rowHi) * width, 0);
      if (dw != 0) {
        for (int r = 0; r < height; r++) Arrays.fill(a, base + r * width + Math.max(0, colLo), base + r * width + Math.min(width, colHi), 0);
      }
    }
  }
}
