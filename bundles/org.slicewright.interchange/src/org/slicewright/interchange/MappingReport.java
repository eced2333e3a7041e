package org.slicewright.interchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an import did with the file: what it imported, what it guessed (a node's kind from its label
 * or degree), what it defaulted (capacities, latencies from distance) and what it dropped (unknown
 * columns, self-loops). Entries of one kind are counted with a few examples, so a 10 000-node
 * import reports in a few lines.
 */
public final class MappingReport {
  /** What happened to a value of the file. */
  public enum Action {
    IMPORTED, GUESSED, DEFAULTED, DROPPED
  }

  private static final int EXAMPLES = 3;
  private final Map<String, Entry> entries = new LinkedHashMap<>();

  /** One kind of decision: how many times it was taken, and on what (the first few). */
  public static final class Entry {
    private final Action action;
    private final String what;
    private int count;
    private final List<String> examples = new ArrayList<>();

    Entry(Action action, String what) {
      this.action = action;
      this.what = what;
    }

    public Action action() {
      return action;
    }

    public String what() {
      return what;
    }

    public int count() {
      return count;
    }

    public List<String> examples() {
      return List.copyOf(examples);
    }

    @Override
    public String toString() {
      String head = action.name().toLowerCase(Locale.ROOT) + ": " + what;
      if (examples.isEmpty()) return count == 1 ? head : head + " (" + count + " times)";
      return head + " (" + count + (count > examples.size() ? ", e.g. " : ": ") + String.join(", ", examples) + ")";
    }
  }

  /** Records one decision about {@code subject} (a node or link id, a column name). */
  public void add(Action action, String what, String subject) {
    Entry e = entries.computeIfAbsent(action + "\u0000" + what, k -> new Entry(action, what));
    e.count++;
    if (subject != null && e.examples.size() < EXAMPLES) e.examples.add(subject);
  }

  public List<Entry> entries() {
    return List.copyOf(entries.values());
  }

  /** How many times decisions of this kind were taken. */
  public int count(Action action) {
    return entries.values().stream().filter(e -> e.action == action).mapToInt(Entry::count).sum();
  }

  /** The report as lines, one per kind of decision, imports first. */
  public List<String> lines() {
    List<String> out = new ArrayList<>();
    for (Action a : Action.values()) for (Entry e : entries.values()) if (e.action == a) out.add(e.toString());
    return out;
  }
}
