package org.slicewright.interchange;

import org.slicewright.model.topology.AcceleratorKind;
import org.slicewright.model.topology.NodeKind;

/**
 * One node as an interchange file holds it: what an importer reads before it becomes part of a scenario, and what an exporter writes. Absent values are
 * {@code null}: the assembly guesses or defaults them and says so in the mapping report.
 *
 * @param site the id of the site the node stands at, when the file names one (nodes may share a site)
 * @param kind what the node is, or {@code null} to guess it from its name and degree
 */
public record NodeRecord(String id, String name, NodeKind kind, String site, Double latitude, Double longitude, Double x, Double y, Double compute,
    Double memory, Double storage, Double accelerator, AcceleratorKind acceleratorKind, SourceLocation where) {

  public boolean geographic() {
    return latitude != null && longitude != null;
  }

  public boolean planar() {
    return x != null && y != null;
  }

  /** The same node with its kind set (a guess). */
  public NodeRecord withKind(NodeKind k) {
    return new NodeRecord(id, name, k, site, latitude, longitude, x, y, compute, memory, storage, accelerator, acceleratorKind, where);
  }
}
