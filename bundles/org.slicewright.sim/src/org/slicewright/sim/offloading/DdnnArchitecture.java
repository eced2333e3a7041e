package org.slicewright.sim.offloading;

import java.util.Arrays;

/**
 * Sizes of the distributed LSTM: the local part (an LSTM with {@code localHidden} units per VNF and a
 * dense exit) and the remote part (stacked LSTMs then dense ReLU layers and a linear output of K).
 * {@link #PAPER} is the study's (LSTM 256, 128; dense 128, 64, 32); {@link #SMALL} (LSTM 32, 32; dense 32, 16:
 * no layer narrower than the K = 16 outputs) keeps quick runs and CI fast.
 */
public record DdnnArchitecture(int localHidden, int[] remoteLstm, int[] remoteDense) {
  public static final DdnnArchitecture PAPER = new DdnnArchitecture(1, new int[] { 256, 128 }, new int[] { 128, 64, 32 });
  public static final DdnnArchitecture SMALL = new DdnnArchitecture(1, new int[] { 32, 32 }, new int[] { 32, 16 });

  public DdnnArchitecture {
    if (localHidden < 1 || remoteLstm.length == 0) throw new IllegalArgumentException("the DDNN needs a local LSTM and at least one remote LSTM");
    for (int s : remoteLstm) if (s < 1) throw new IllegalArgumentException("LSTM sizes must be >= 1: " + Arrays.toString(remoteLstm));
    for (int s : remoteDense) if (s < 1) throw new IllegalArgumentException("dense sizes must be >= 1: " + Arrays.toString(remoteDense));
  }

  public static DdnnArchitecture preset(String name) {
    switch (name) {
      case "paper":
        return PAPER;
      case "small":
        return SMALL;
      default:
        throw new IllegalArgumentException("unknown DDNN preset '" + name + "' (paper, small)");
    }
  }

  @Override
  public String toString() {
    return "local LSTM " + localHidden + ", remote LSTM " + Arrays.toString(remoteLstm) + ", dense " + Arrays.toString(remoteDense);
  }
}
