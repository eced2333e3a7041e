package org.slicewright.diagram.layout;

import java.util.Locale;
import java.util.Map;

import org.slicewright.model.topology.Network;
import org.slicewright.model.topology.Node;
import org.slicewright.model.topology.NodeKind;

/**
 * Draws a laid-out topology as a self-contained SVG (written by hand: no library, so nothing GPL and
 * nothing to download): one rounded box per node coloured by kind with its id, one polyline per link.
 */
public final class TopologySvg {
  private TopologySvg() {
  }

  static String colour(NodeKind k) {
    return switch (k) {
      case CLOUD -> "#cfe2f3";
      case MACRO_BS -> "#f4cccc";
      case SMALL_BS -> "#fce5cd";
      case ACCESS_POINT -> "#fff2cc";
      case EDGE_SERVER -> "#d9ead3";
      case BOARD -> "#d0e0e3";
      default -> "#eeeeee";
    };
  }

  public static String svg(Network n, TopologyLayout.Result r) {
    StringBuilder b = new StringBuilder();
    double m = 20;
    b.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"%.0f %.0f %.0f %.0f\" font-family=\"sans-serif\">%n",
        r.width() + 2 * m, r.height() + 2 * m, -m, -m, r.width() + 2 * m, r.height() + 2 * m));
    b.append("<g stroke=\"#888888\" fill=\"none\">\n");
    for (TopologyLayout.Route route : r.links()) {
      b.append("<polyline points=\"");
      for (double[] p : route.points()) b.append(String.format(Locale.ROOT, "%.1f,%.1f ", p[0], p[1]));
      b.append("\"><title>").append(escape(route.link())).append("</title></polyline>\n");
    }
    b.append("</g>\n");
    Map<String, TopologyLayout.Box> boxes = r.nodes();
    for (Node node : n.getNodes()) {
      TopologyLayout.Box x = boxes.get(node.getId());
      if (x == null) continue;
      b.append(String.format(Locale.ROOT, "<g><title>%s (%s)</title><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"6\" fill=\"%s\" stroke=\"#444444\"/>",
          escape(node.getName() == null ? node.getId() : node.getName()), node.getKind(), x.x(), x.y(), x.width(), x.height(), colour(node.getKind())));
      b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" text-anchor=\"middle\">%s</text></g>%n", x.x() + x.width() / 2,
          x.y() + x.height() / 2 + 4, escape(node.getId())));
    }
    return b.append("</svg>\n").toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
