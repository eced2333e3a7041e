package org.slicewright.diagram.glsp.operations;

import org.slicewright.model.topology.AcceleratorKind;
import org.slicewright.model.topology.Node;
import org.slicewright.model.topology.NodeKind;
import org.slicewright.model.topology.NodeResources;
import org.slicewright.model.topology.TopologyFactory;

/**
 * Capacities a node drawn from the palette starts with, so that a new node validates and a what-if can
 * run at once; the planner then edits them. Orders of magnitude of the seeds' hardware: a Raspberry Pi
 * with a Coral TPU (the edge-inference study), edge servers and base stations with GPU-class compute, a cloud that is
 * never the bottleneck.
 */
final class NodeDefaults {
  private NodeDefaults() {
  }

  static Node create(NodeKind kind, String id) {
    Node n = TopologyFactory.eINSTANCE.createNode();
    n.setId(id);
    n.setName(id);
    n.setKind(kind);
    double[] cms = switch (kind) { // compute GFLOP/s, memory GB, storage GB
      case CLOUD -> new double[] { 10000, 1024, 100000 };
      case MACRO_BS -> new double[] { 500, 64, 1000 };
      case EDGE_SERVER -> new double[] { 1000, 128, 2000 };
      case SMALL_BS -> new double[] { 200, 32, 500 };
      case ACCESS_POINT -> new double[] { 100, 16, 256 };
      case BOARD -> new double[] { 24, 4, 32 };
      case END_DEVICE -> null;
    };
    if (cms != null) {
      NodeResources r = TopologyFactory.eINSTANCE.createNodeResources();
      r.setCompute(cms[0]);
      r.setMemory(cms[1]);
      r.setStorage(cms[2]);
      if (kind == NodeKind.BOARD) {
        r.setAccelerator(4); // Coral Edge TPU: 4 TOPS
        n.setAcceleratorKind(AcceleratorKind.TPU);
      }
      n.setResources(r);
    }
    return n;
  }

  /** Id stem of a kind: "ap" for access points, "board" for boards. */
  static String stem(NodeKind kind) {
    return switch (kind) {
      case MACRO_BS -> "mbs";
      case SMALL_BS -> "sbs";
      case ACCESS_POINT -> "ap";
      case EDGE_SERVER -> "edge";
      case BOARD -> "board";
      case CLOUD -> "cloud";
      case END_DEVICE -> "ue";
    };
  }
}
