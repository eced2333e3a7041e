package org.slicewright.cli;

import java.io.PrintStream;
import java.util.EnumMap;
import java.util.Map;

import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.scenario.Sweep;
import org.slicewright.model.slicing.AIService;
import org.slicewright.model.slicing.Slice;
import org.slicewright.model.topology.Network;
import org.slicewright.model.topology.Node;
import org.slicewright.model.topology.NodeKind;
import org.slicewright.model.util.ScenarioNames;

/** {@code info FILE}: counts and a summary of a scenario. */
final class InfoCommand implements Command {
  private final PrintStream out;

  InfoCommand(PrintStream out) {
    this.out = out;
  }

  @Override
  public String name() {
    return "info";
  }

  @Override
  public String synopsis() {
    return "FILE";
  }

  @Override
  public String summary() {
    return "counts and summary of a scenario";
  }

  @Override
  public int run(Arguments a) throws UsageException {
    Scenario s = ScenarioInput.load(a.file("scenario file"), a.fileAsTyped());
    out.println("scenario:    " + ScenarioNames.idAndName(s));
    if (s.getDescription() != null) out.println("description: " + s.getDescription());
    Network n = s.getNetwork();
    if (n != null) {
      Map<NodeKind, Integer> kinds = new EnumMap<>(NodeKind.class);
      for (Node node : n.getNodes()) kinds.merge(node.getKind(), 1, Integer::sum);
      StringBuilder k = new StringBuilder();
      kinds.forEach((kind, c) -> k.append(k.length() == 0 ? "" : ", ").append(c).append(' ').append(kind.getLiteral().toLowerCase().replace('_', ' ')));
      out.println("network:     " + n.getSites().size() + " sites, " + n.getNodes().size() + " nodes (" + k + "), " + n.getLinks().size()
          + " links, " + n.getHardwareProfiles().size() + " hardware profiles, " + n.getDeviceGroups().size() + " user-device groups");
    }
    int services = 0, ai = 0, vnfs = 0, tasks = 0, requirements = 0;
    for (Slice sl : s.getSlices()) {
      services += sl.getServices().size();
      for (var svc : sl.getServices()) {
        requirements += svc.getRequirements().size();
        if (svc instanceof AIService) {
          ai++;
          vnfs += ((AIService) svc).getFunctions().size();
          tasks += ((AIService) svc).getTasks().size();
        }
      }
    }
    out.println("slices:      " + s.getSlices().size() + " slices, " + services + " services (" + ai + " AI), " + vnfs + " AI functions, "
        + requirements + " requirements, " + tasks + " AI tasks");
    out.println("pools:       " + (s.getPrimaryPool() == null ? 0 : s.getPrimaryPool().getVaps().size()) + " VAPs in the primary pool, "
        + s.getSecondaryPools().size() + " secondary pools");
    out.println("twins:       " + s.getLevelOneTwins().size() + " level-one, " + s.getLevelTwoTwins().size() + " level-two");
    out.println("policies:    " + s.getPoolingStudies().size() + " pooling studies, " + s.getOffloadingPolicies().size() + " offloading, "
        + s.getSelectionPolicies().size() + " node selection");
    for (Sweep w : s.getSweeps()) {
      boolean listed = !w.getSubPoolValues().isEmpty();
      int ks = listed ? w.getSubPoolValues().size() : w.getSubPoolsTo() - w.getSubPoolsFrom() + 1;
      out.println("sweep:       " + w.getId() + ": sub-pools " + (listed ? w.getSubPoolValues().toString() : w.getSubPoolsFrom() + ".." + w.getSubPoolsTo())
          + " x lambda max " + w.getLambdaMaxValues() + " x " + w.getSeeds() + " seed(s) = " + ks * Math.max(1, w.getLambdaMaxValues().size()) * w.getSeeds() + " runs");
    }
    out.println("runs:        " + s.getRuns().size() + " stored");
    return ExitCodes.OK;
  }
}
