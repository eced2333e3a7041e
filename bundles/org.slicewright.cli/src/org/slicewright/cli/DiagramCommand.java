package org.slicewright.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

import org.slicewright.diagram.glsp.ScenarioDomains;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.diagram.glsp.server.DiagramClient;
import org.slicewright.diagram.glsp.server.DiagramServer;

/**
 * {@code diagram FILE}: serves the topology diagram of a scenario on a loopback port and prints its
 * address, for a browser on this machine; edits are saved to the file with the diagram's Save. Runs
 * until interrupted (Ctrl+C).
 */
final class DiagramCommand implements Command {
  private final PrintStream out;

  DiagramCommand(PrintStream out) {
    this.out = out;
  }

  @Override
  public String name() {
    return "diagram";
  }

  @Override
  public String synopsis() {
    return "FILE";
  }

  @Override
  public String summary() {
    return "serves the topology diagram on a loopback port for a browser";
  }

  @Override
  public int run(Arguments a) throws UsageException {
    Path file = a.file("scenario file");
    Scenario scenario = ScenarioInput.loadValid(file); // a file that cannot be read is reported here, not in the browser
    ScenarioDomains domains = new ScenarioDomains();
    domains.registerLoaded(file, scenario); // read once: every page the server hands out shows this model
    try (DiagramServer server = DiagramServer.start(domains, DiagramClient.webRoot())) {
      out.println("topology diagram of " + file + ": " + server.pageUrl(file));
      out.println("open it in a browser on this machine; Ctrl+C stops the server");
      out.flush();
      Thread.currentThread().join();
      return ExitCodes.OK;
    } catch (IOException e) {
      throw new UsageException(e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ExitCodes.OK;
    }
  }
}
