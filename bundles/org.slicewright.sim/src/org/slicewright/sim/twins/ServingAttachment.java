package org.slicewright.sim.twins;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each user group is served as it moves: in every period a group is attached to the serving
 * node nearest to its location (ties go to the node listed first), so a commuting group's demand
 * leaves its home cell in the morning and returns in the evening. Per slice it sums the demand each
 * node carries, and per group it counts the handovers (attachment changes) over the study periods.
 */
public final class ServingAttachment {
  private final int[][] node;

  /** Attaches every twin of the timeline in every period; no serving node leaves every group unattached (-1). */
  public ServingAttachment(DemandTimeline timeline, List<TwinStudyConfig.ServingNode> nodes) {
    node = new int[timeline.twins()][timeline.length()];
    for (int i = 0; i < timeline.twins(); i++) {
      for (int p = 0; p < timeline.length(); p++) node[i][p] = nearest(timeline.location(i, p), nodes);
    }
  }

  private static int nearest(double[] at, List<TwinStudyConfig.ServingNode> nodes) {
    int best = -1;
    double bestD = Double.POSITIVE_INFINITY;
    for (int k = 0; k < nodes.size(); k++) {
      double dx = nodes.get(k).x() - at[0], dy = nodes.get(k).y() - at[1], d = dx * dx + dy * dy;
      if (d < bestD) {
        bestD = d;
        best = k;
      }
    }
    return best;
  }

  /** The index of the node serving twin i in period p (-1: none). */
  public int node(int twin, int period) {
    return node[twin][period];
  }

  /** Attachment changes of twin i from period {@code from} to period {@code to - 1}. */
  public int handovers(int twin, int from, int to) {
    int n = 0;
    for (int p = from + 1; p < to; p++) if (node[twin][p] != node[twin][p - 1]) n++;
    return n;
  }

  /**
   * Per serving node, the slice's demand in each study period: the members' true rates times their
   * share of the slice's services, at the node each member is attached to.
   *
   * @param truth truth[i][p] = twin i's rate in period p
   * @param shares share of each twin's demand that belongs to the slice (0 for non-members)
   */
  public double[][] sliceDemandPerNode(double[][] truth, double[] shares, int nodes, int from, int to) {
    double[][] out = new double[nodes][to - from];
    for (int i = 0; i < truth.length; i++) {
      if (shares[i] <= 0) continue;
      for (int p = from; p < to; p++) {
        int k = node[i][p];
        if (k >= 0) out[k][p - from] += truth[i][p] * shares[i];
      }
    }
    return out;
  }

  /** The distinct nodes (indices) that served twin i over the study periods, in order of first attachment. */
  public List<Integer> served(int twin, int from, int to) {
    List<Integer> out = new ArrayList<>();
    for (int p = from; p < to; p++) if (node[twin][p] >= 0 && !out.contains(node[twin][p])) out.add(node[twin][p]);
    return out;
  }
}
