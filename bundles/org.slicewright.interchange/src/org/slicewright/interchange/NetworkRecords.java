package org.slicewright.interchange;

import java.util.ArrayList;
import java.util.List;

import org.slicewright.model.topology.Link;
import org.slicewright.model.topology.Network;
import org.slicewright.model.topology.Node;
import org.slicewright.model.topology.NodeResources;
import org.slicewright.model.topology.Site;

/**
 * A scenario's network as the exporters write it: one record per node, with its site's position
 * (WGS84 for a geographic site, else planar metres) and its capacities (none for a node without
 * resources, an end device), and one per link with every value set.
 */
public record NetworkRecords(List<NodeRecord> nodes, List<LinkRecord> links) {
  public static NetworkRecords of(Network network) {
    List<NodeRecord> nodes = new ArrayList<>();
    for (Node n : network.getNodes()) {
      Site s = n.getSite();
      boolean geo = s != null && s.isGeographic();
      NodeResources r = n.getResources();
      nodes.add(new NodeRecord(n.getId(), n.getName(), n.getKind(), s == null ? null : s.getId(), geo ? s.getLatitude() : null, geo ? s.getLongitude() : null,
          s != null && !geo ? s.getX() : null, s != null && !geo ? s.getY() : null, r == null ? null : r.getCompute(), r == null ? null : r.getMemory(),
          r == null ? null : r.getStorage(), r == null ? null : r.getAccelerator(), n.getAcceleratorKind(), null));
    }
    List<LinkRecord> links = new ArrayList<>();
    for (Link l : network.getLinks()) {
      if (l.getSource() == null || l.getTarget() == null) continue;
      links.add(new LinkRecord(l.getId(), l.getSource().getId(), l.getTarget().getId(), l.getBandwidthMbps(), l.getLatencyMeanMs(), l.getLatencyStdMs(),
          l.getLatencyDistribution(), null, null));
    }
    return new NetworkRecords(nodes, links);
  }
}
