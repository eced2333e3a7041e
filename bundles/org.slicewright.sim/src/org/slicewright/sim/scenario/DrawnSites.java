package org.slicewright.sim.scenario;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.topology.Node;
import org.slicewright.model.topology.Site;
import org.slicewright.model.topology.TopologyFactory;
import org.slicewright.model.topology.TopologyPackage;
import org.slicewright.model.util.ScenarioIds;

/**
 * Sites for nodes drawn without one, at their drawn position (one diagram unit = one metre). The
 * engines locate nodes by their sites (k-means groups access points by location, twins are served by
 * the nearest node), and a node drawn in the diagram has only a diagram position.
 */
final class DrawnSites {
  private DrawnSites() {
  }

  /** Adds to {@code out} a site for each of the nodes that has none (each node once). */
  static void add(Scenario scenario, Collection<Node> nodes, Set<String> usedIds, List<Addition> out) {
    for (Node n : new LinkedHashSet<>(nodes)) {
      if (n.getSite() != null) continue;
      Site site = TopologyFactory.eINSTANCE.createSite();
      site.setId(ScenarioIds.fresh(usedIds, "site-" + n.getId(), ""));
      site.setName(site.getId());
      site.setX(n.getDiagramX());
      site.setY(n.getDiagramY());
      out.add(new Addition(scenario.getNetwork(), TopologyPackage.Literals.NETWORK__SITES, site));
      out.add(new Addition(n, TopologyPackage.Literals.NODE__SITE, site));
    }
  }
}
