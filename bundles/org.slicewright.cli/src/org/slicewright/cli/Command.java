package org.slicewright.cli;

import java.util.Set;

/**
 * One command of the command line, owning what the usage text says of it and the options it takes,
 * so the help, the option check and the command cannot drift apart (the README's command table is
 * held to the same list by a test).
 */
interface Command {
  /** The word that names it: {@code slicewright NAME ...}. */
  String name();

  /** Its arguments as the usage text shows them, such as {@code FILE --out DIR [--quick]}. */
  String synopsis();

  /** What it does, in one line of the usage text. */
  String summary();

  /** Options that take a value ({@code --out DIR}); none unless the command says. */
  default Set<String> options() {
    return Set.of();
  }

  /** Options that stand alone ({@code --quick}); none unless the command says. */
  default Set<String> flags() {
    return Set.of();
  }

  int run(Arguments a) throws UsageException;
}
