package org.slicewright.model.util;

import org.slicewright.model.topology.AcceleratorKind;
import org.slicewright.model.topology.HardwareProfile;
import org.slicewright.model.topology.ProfileEntry;
import org.slicewright.model.topology.TopologyFactory;

/**
 * The per-frame object-detection times measured on the heterogeneous edge cluster's three boards
 * (UP Squared with a Myriad X VPU, Coral Dev Board with an Edge TPU, Jetson Nano with its GPU), at
 * 600 and 1200 pixel frames and one to three concurrent instances. A board drawn by the planner gets
 * the profile of its accelerator, so an edge study can run before it is measured.
 */
public final class MeasuredProfiles {
  /** One board as measured: accelerator and CPU ms per frame at 600 px and one instance, and how they grow. */
  public record Board(String id, String name, AcceleratorKind accelerator, double acceleratorMs, double cpuMs, double acceleratorFrameGrowth,
      double cpuFrameGrowth, double perInstanceGrowth) {
  }

  public static final Board CORAL = new Board("coral", "Coral Dev Board", AcceleratorKind.TPU, 71.81, 22.0, 1.40, 2.6, 0.15);
  public static final Board JETSON_NANO = new Board("jetson-nano", "Jetson Nano", AcceleratorKind.GPU, 79.59, 20.0, 1.30, 2.3, 0.12);
  public static final Board UP_SQUARED = new Board("up-squared", "UP Squared AI Edge X", AcceleratorKind.VPU, 62.65, 18.0, 1.25, 2.1, 0.10);

  private MeasuredProfiles() {
  }

  /** The measured board with that accelerator; a board without one gets the Jetson Nano's (its GPU times are the slowest). */
  public static Board of(AcceleratorKind kind) {
    switch (kind) {
      case TPU:
        return CORAL;
      case VPU:
        return UP_SQUARED;
      default:
        return JETSON_NANO;
    }
  }

  public static HardwareProfile profile(Board b, String id) {
    HardwareProfile hp = TopologyFactory.eINSTANCE.createHardwareProfile();
    hp.setId(id);
    hp.setName(b.name() + " object detection");
    hp.setAcceleratorKind(b.accelerator());
    for (int frame : new int[] { 600, 1200 }) {
      for (int inst = 1; inst <= 3; inst++) {
        ProfileEntry e = TopologyFactory.eINSTANCE.createProfileEntry();
        double scaleInst = 1 + (inst - 1) * b.perInstanceGrowth();
        double acc = b.acceleratorMs() * (frame == 1200 ? b.acceleratorFrameGrowth() : 1) * scaleInst;
        double cpu = b.cpuMs() * (frame == 1200 ? b.cpuFrameGrowth() : 1) * scaleInst;
        e.setFrameSize(frame);
        e.setInstances(inst);
        e.setCpuPreMs(round2(cpu * 0.6));
        e.setAcceleratorMs(round2(acc));
        e.setCpuPostMs(round2(cpu * 0.4));
        hp.getEntries().add(e);
      }
    }
    return hp;
  }

  static double round2(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
