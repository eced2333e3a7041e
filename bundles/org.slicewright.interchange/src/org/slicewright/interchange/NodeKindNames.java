package org.slicewright.interchange;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.slicewright.model.topology.NodeKind;

/**
 * Node kinds as files write them: our own names ({@code ACCESS_POINT}, any case, with spaces or
 * hyphens) and the words inventories use ({@code gNB}, {@code AP}, {@code MEC}, {@code DC}). A label
 * that only mentions such a word ("Madrid DC 2") is a guess, not a kind; see {@link #guessFromLabel}.
 */
public final class NodeKindNames {
  private static final Map<String, NodeKind> ALIASES = Map.ofEntries(Map.entry("MACRO", NodeKind.MACRO_BS), Map.entry("BS", NodeKind.MACRO_BS),
      Map.entry("GNB", NodeKind.MACRO_BS), Map.entry("ENB", NodeKind.MACRO_BS), Map.entry("BASE_STATION", NodeKind.MACRO_BS), Map.entry("SMALL", NodeKind.SMALL_BS),
      Map.entry("SMALL_CELL", NodeKind.SMALL_BS), Map.entry("AP", NodeKind.ACCESS_POINT), Map.entry("EDGE", NodeKind.EDGE_SERVER),
      Map.entry("MEC", NodeKind.EDGE_SERVER), Map.entry("DC", NodeKind.CLOUD), Map.entry("DATACENTER", NodeKind.CLOUD), Map.entry("DATA_CENTER", NodeKind.CLOUD),
      Map.entry("DEVICE", NodeKind.END_DEVICE), Map.entry("UE", NodeKind.END_DEVICE));

  /** Words in a label and the kind they suggest, most specific first. */
  private static final Map<Pattern, NodeKind> LABEL_WORDS = orderedWords();

  private NodeKindNames() {
  }

  /** The kind a cell names, or {@code null} when it names none. */
  public static NodeKind parse(String text) {
    if (text == null || text.isBlank()) return null;
    String k = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    for (NodeKind n : NodeKind.values()) if (n.name().equals(k)) return n;
    return ALIASES.get(k);
  }

  /** The kind a free-text label suggests ("Paris data center" suggests CLOUD), or {@code null}. */
  public static NodeKind guessFromLabel(String label) {
    if (label == null) return null;
    String l = label.toLowerCase(Locale.ROOT);
    for (Map.Entry<Pattern, NodeKind> e : LABEL_WORDS.entrySet()) if (e.getKey().matcher(l).find()) return e.getValue();
    return null;
  }

  private static Map<Pattern, NodeKind> orderedWords() {
    Map<Pattern, NodeKind> m = new LinkedHashMap<>();
    // Not "DC": labels such as "Washington DC" are places.
    m.put(Pattern.compile("\\b(cloud|data ?cent(er|re))\\b"), NodeKind.CLOUD);
    m.put(Pattern.compile("\\b(edge|mec)\\b"), NodeKind.EDGE_SERVER);
    m.put(Pattern.compile("\\b(small ?cell|femto|pico)\\b"), NodeKind.SMALL_BS);
    m.put(Pattern.compile("\\b(access point|ap|wi-?fi)\\b"), NodeKind.ACCESS_POINT);
    m.put(Pattern.compile("\\b(jetson|coral|raspberry|board)\\b"), NodeKind.BOARD);
    m.put(Pattern.compile("\\b(gnb|enb|base station|macro|tower)\\b"), NodeKind.MACRO_BS);
    return m;
  }
}
