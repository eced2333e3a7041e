package org.slicewright.ui.welcome;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.preference.IPreferenceStore;
import org.slicewright.ui.prefs.SlicewrightPreferences;

/** The last scenarios opened (most recent first, at most {@value #MAX}), kept in the preferences. */
public final class RecentFiles {
  public static final int MAX = 8;
  private static final String KEY = "recentFiles";

  private RecentFiles() {
  }

  public static List<Path> list() {
    List<Path> out = new ArrayList<>();
    String v = SlicewrightPreferences.store().getString(KEY);
    for (String s : v.split("\n")) if (!s.isBlank() && Files.exists(Path.of(s))) out.add(Path.of(s));
    return out;
  }

  public static void add(Path file) {
    List<Path> l = new ArrayList<>(list());
    Path abs = file.toAbsolutePath().normalize();
    l.remove(abs);
    l.add(0, abs);
    while (l.size() > MAX) l.remove(l.size() - 1);
    IPreferenceStore st = SlicewrightPreferences.store();
    st.setValue(KEY, String.join("\n", l.stream().map(Path::toString).toList()));
  }
}
