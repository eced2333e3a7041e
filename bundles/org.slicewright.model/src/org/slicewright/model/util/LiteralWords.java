package org.slicewright.model.util;

import java.util.Locale;

/** An enumeration literal as words for people: ACCESS_POINT is "access point", or "Access point" starting a sentence. */
public final class LiteralWords {
  private LiteralWords() {
  }

  /** END_DEVICE -> end device. */
  public static String lower(String literal) {
    return literal.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** END_DEVICE -> End device. */
  public static String capitalised(String literal) {
    String w = lower(literal);
    return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }
}
