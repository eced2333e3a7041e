package org.slicewright.model.util;

import org.slicewright.model.topology.AcceleratorKind;
import org.slicewright.model.topology.Node;
import org.slicewright.model.topology.NodeKind;
import org.slicewright.model.topology.NodeResources;
import org.slicewright.model.topology.TopologyFactory;

/**
 * The capacities a node starts with when the planner has not given them: a node drawn from the palette
 * and a node an imported file leaves without figures, so that it validates and a what-if can run at
 * once; the planner then replaces them. Orders of magnitude of the studies' hardware: a Raspberry Pi
 * with a Coral TPU (the edge-inference study), edge servers and base stations with GPU-class compute,
 * a cloud that is never the bottleneck. An end device has none (it only streams).
 *
 * @param compute GFLOP/s
 * @param memory GB
 * @param storage GB
 * @param accelerator TOPS
 */
public record NodeKindDefaults(double compute, double memory, double storage, double accelerator, AcceleratorKind acceleratorKind) {
  public static NodeKindDefaults of(NodeKind kind) {
    return switch (kind) {
      case CLOUD -> new NodeKindDefaults(10000, 1024, 100000, 0, AcceleratorKind.NONE);
      case MACRO_BS -> new NodeKindDefaults(500, 64, 1000, 0, AcceleratorKind.NONE);
      case EDGE_SERVER -> new NodeKindDefaults(1000, 128, 2000, 0, AcceleratorKind.NONE);
      case SMALL_BS -> new NodeKindDefaults(200, 32, 500, 0, AcceleratorKind.NONE);
      case ACCESS_POINT -> new NodeKindDefaults(100, 16, 256, 0, AcceleratorKind.NONE);
      case BOARD -> new NodeKindDefaults(24, 4, 32, 4, AcceleratorKind.TPU); // Coral Edge TPU: 4 TOPS
      case END_DEVICE -> new NodeKindDefaults(0, 0, 0, 0, AcceleratorKind.NONE);
    };
  }

  /** Whether a node of this kind has resources at all (an end device has none). */
  public boolean hasResources() {
    return compute > 0 || memory > 0 || storage > 0 || accelerator > 0;
  }

  /** Gives {@code n} these resources and accelerator kind (nothing for an end device). */
  public void applyTo(Node n) {
    if (!hasResources()) return;
    NodeResources r = TopologyFactory.eINSTANCE.createNodeResources();
    r.setCompute(compute);
    r.setMemory(memory);
    r.setStorage(storage);
    r.setAccelerator(accelerator);
    n.setResources(r);
    n.setAcceleratorKind(acceleratorKind);
  }
}
