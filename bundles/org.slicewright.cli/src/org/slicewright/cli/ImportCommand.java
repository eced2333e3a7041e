package org.slicewright.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.slicewright.interchange.ImportException;
import org.slicewright.interchange.NetworkImport;
import org.slicewright.model.util.ScenarioResources;
import org.slicewright.sim.ProgressMonitor;

/**
 * {@code import FILE --out SCENARIO [--links FILE]}: reads a network from a CSV inventory, a GraphML
 * file or a Net2Plan design into a new scenario, and prints what was imported, guessed, defaulted and
 * dropped. A file wrong anywhere is refused with where, and no scenario is written; an existing
 * scenario is never overwritten.
 */
final class ImportCommand implements Command {
  private final PrintStream out;

  ImportCommand(PrintStream out) {
    this.out = out;
  }

  @Override
  public String name() {
    return "import";
  }

  @Override
  public String synopsis() {
    return "FILE --out SCENARIO [--links FILE]";
  }

  @Override
  public String summary() {
    return "a network from sites.csv (+ links.csv), .graphml or .n2p into a new scenario";
  }

  @Override
  public Set<String> options() {
    return Set.of("out", "links");
  }

  @Override
  public int run(Arguments a) throws UsageException {
    Path file = a.file("file to import");
    String target = a.value("out");
    if (target == null) throw new UsageException("missing --out SCENARIO");
    Path scenarioFile = a.path(target.endsWith("." + ScenarioResources.FILE_EXTENSION) ? target : target + "." + ScenarioResources.FILE_EXTENSION);
    if (Files.exists(scenarioFile)) throw new UsageException(scenarioFile + " exists; import into a new file");
    Path links = a.value("links") == null ? null : a.path(a.value("links"));
    long t0 = System.nanoTime();
    NetworkImport.Imported imported;
    try {
      imported = NetworkImport.read(file, links, ProgressMonitor.NONE);
    } catch (ImportException e) {
      throw new UsageException(e.getMessage());
    } catch (IOException e) {
      throw new UsageException("cannot read " + file + ": " + e.getMessage());
    }
    try {
      ScenarioResources.save(imported.scenario(), scenarioFile);
    } catch (IOException e) {
      throw new UsageException("cannot write " + scenarioFile + ": " + e.getMessage());
    }
    for (String line : imported.report().lines()) out.println("  " + line);
    out.println(String.format(Locale.ROOT, "%s: %d nodes, %d links in %.2f s -> %s", file, imported.scenario().getNetwork().getNodes().size(),
        imported.scenario().getNetwork().getLinks().size(), (System.nanoTime() - t0) / 1e9, scenarioFile));
    return ExitCodes.OK;
  }
}
