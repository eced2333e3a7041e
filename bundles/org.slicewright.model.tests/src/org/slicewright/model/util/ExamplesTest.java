package org.slicewright.model.util;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.topology.NodeKind;
import org.slicewright.tests.support.ExampleFiles;

class ExamplesTest {
  @TempDir
  Path tmp;

  @Test
  void everyExampleLoadsValidatesCleanAndRoundTrips() throws Exception {
    for (String name : ExampleFiles.names()) {
      Scenario loaded = ScenarioResources.load(ExampleFiles.example(name));
      List<Problem> problems = ModelValidator.validate(loaded);
      assertTrue(problems.isEmpty(), name + ": " + problems);
      // The file on disk is the template saved: examples and templates never drift apart.
      assertTrue(EcoreUtil.equals(ScenarioTemplates.build(name), loaded), name + " differs from its template; run ScenarioTemplates.main");
      Path copy = tmp.resolve(name + ".slicewright");
      ScenarioResources.save(loaded, copy);
      Scenario again = ScenarioResources.load(copy);
      assertTrue(EcoreUtil.equals(loaded, again), name + " did not survive a save/load round trip");
    }
  }

  @Test
  void poolingExampleHasTheCaseStudyShape() throws Exception {
    Scenario s = ScenarioResources.load(ExampleFiles.example("pooling-32ap"));
    assertEquals(32, s.getNetwork().getNodes().stream().filter(n -> n.getKind() == NodeKind.ACCESS_POINT).count());
    assertEquals(1, s.getNetwork().getNodes().stream().filter(n -> n.getKind() == NodeKind.MACRO_BS).count());
    assertEquals(32, s.getPrimaryPool().getVaps().size());
    assertEquals(32, s.getLevelOneTwins().size());
    assertEquals(0.01, s.getPoolingStudies().get(0).getLearning().getLearningRate(), 1e-12);
    assertEquals(200, s.getPoolingStudies().get(0).getLearning().getHiddenUnits());
    assertEquals(10, s.getPoolingStudies().get(0).getLearning().getAggregationPeriod());
    assertEquals(1.0, s.getCostModel().getCommunicationPerDataUnit());
    assertEquals(0.5, s.getCostModel().getComputingPerDataUnit());
    assertEquals(0.1, s.getCostModel().getModelExchangePerTransfer());
    assertEquals(10.0, s.getCostModel().getModelTraining());
    assertEquals(32, s.getSweeps().get(0).getSubPoolsTo());
  }

  @Test
  void theExamplesOfferedAreTheExamplesShipped() {
    assertEquals(ExampleFiles.names(), ScenarioTemplates.EXAMPLES.stream().sorted().toList(), "the New Scenario wizard's list and examples/");
  }

  @Test
  void examplesHaveReadmes() {
    for (String name : ExampleFiles.names()) {
      assertTrue(Files.isRegularFile(ExampleFiles.examples().resolve(name).resolve("README.md")), name + " has no README.md");
    }
  }
}
