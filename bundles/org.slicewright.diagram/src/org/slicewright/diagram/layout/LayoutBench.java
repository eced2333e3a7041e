package org.slicewright.diagram.layout;

import java.io.PrintStream;
import java.util.Locale;
import java.util.SplittableRandom;

import org.slicewright.model.topology.Link;
import org.slicewright.model.topology.Network;
import org.slicewright.model.topology.Node;
import org.slicewright.model.topology.NodeKind;
import org.slicewright.model.topology.TopologyFactory;

/**
 * Benchmark of the topology auto-layout, printed as figures: a seeded synthetic network of
 * {@code nodes} nodes in five tiers (cloud, macro BSs, small cells, APs, devices) with a link to a
 * parent per node and redundant uplinks to neighbouring parents up to {@code links}, laid out by tiers
 * (what the diagram uses at that size) against ELK layered with one crossing-minimisation pass (what
 * it used before) in the same process as the baseline.
 */
public final class LayoutBench {
  private LayoutBench() {
  }

  public static Network network(int nodes, int links, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    Network n = TopologyFactory.eINSTANCE.createNetwork();
    n.setId("bench");
    Node[] all = new Node[nodes];
    int[] tierStart = { 0, 1, 1 + nodes / 100, 1 + nodes / 100 + nodes / 10, 1 + nodes / 100 + nodes / 10 + nodes / 3 };
    NodeKind[] kinds = { NodeKind.CLOUD, NodeKind.MACRO_BS, NodeKind.SMALL_BS, NodeKind.ACCESS_POINT, NodeKind.END_DEVICE };
    int made = 0;
    for (int i = 0; i < nodes; i++) {
      int tier = 4;
      while (tier > 0 && i < tierStart[tier]) tier--;
      Node x = TopologyFactory.eINSTANCE.createNode();
      x.setId("n" + i);
      x.setKind(kinds[tier]);
      if (tier < 4) { // a valid network: every hosting node has capacities (validation stays quiet)
        var res = TopologyFactory.eINSTANCE.createNodeResources();
        res.setCompute(100);
        res.setMemory(16);
        res.setStorage(256);
        x.setResources(res);
      }
      n.getNodes().add(x);
      all[i] = x;
      if (tier > 0) {
        int parentTier = tier - 1;
        int lo = tierStart[parentTier], hi = tierStart[tier];
        link(n, all[lo + r.nextInt(hi - lo)], x, made++);
      }
    }
    // Redundant uplinks: a node of tiers 2-4 also reaches a parent near its position in the tier
    // above (APs to neighbouring small cells, devices to neighbouring APs), as dense deployments do.
    while (made < links) {
      int tier = 2 + r.nextInt(3);
      int lo = tierStart[tier], hi = tier == 4 ? nodes : tierStart[tier + 1];
      int i = lo + r.nextInt(hi - lo);
      int plo = tierStart[tier - 1], phi = tierStart[tier];
      int near = plo + (int) ((long) (i - lo) * (phi - plo) / (hi - lo));
      int p = Math.max(plo, Math.min(phi - 1, near - 3 + r.nextInt(7)));
      link(n, all[p], all[i], made++);
    }
    return n;
  }

  private static void link(Network n, Node a, Node b, int id) {
    Link l = TopologyFactory.eINSTANCE.createLink();
    l.setId("l" + id);
    l.setSource(a);
    l.setTarget(b);
    n.getLinks().add(l);
  }

  public static void run(PrintStream out, int nodes, int links) {
    Network big = network(nodes, links, 1);
    TopologyLayout.layered(network(nodes / 10, links / 10, 1), false); // warm-up of both
    TopologyLayout.tiered(network(nodes / 10, links / 10, 1));
    long t0 = System.nanoTime();
    TopologyLayout.Result elk = TopologyLayout.layered(big, false);
    double elkS = (System.nanoTime() - t0) / 1e9;
    t0 = System.nanoTime();
    TopologyLayout.Result r = TopologyLayout.tiered(big);
    double s = (System.nanoTime() - t0) / 1e9;
    out.printf(Locale.ROOT, "topology layout, %d nodes / %d links: tiered %.3f s (%.0f x %.0f units), ELK layered with one pass %.2f s (%.0f x %.0f units); ratio %.3fx%n",
        nodes, links, s, r.width(), r.height(), elkS, elk.width(), elk.height(), s / elkS);
  }
}
