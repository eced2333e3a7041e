package org.slicewright.model.util;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slicewright.examples.Examples;
import org.slicewright.tests.support.Repository;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.topology.NodeKind;

class ExamplesTest {
  @TempDir
  Path tmp;

  @Test
  void everyExampleLoadsValidatesCleanAndRoundTrips() throws Exception {
    for (String name : Examples.names()) {
      Scenario loaded = ScenarioResources.load(Examples.file(name));
      List<Problem> problems = ModelValidator.validate(loaded);
      assertTrue(problems.isEmpty(), name + ": " + problems);
      Path copy = tmp.resolve(name + ".slicewright");
      ScenarioResources.save(loaded, copy);
      Scenario again = ScenarioResources.load(copy);
      assertTrue(EcoreUtil.equals(loaded, again), name + " did not survive a save/load round trip");
    }
  }

  @Test
  void poolingExampleHasTheCaseStudyShape() throws Exception {
    Scenario s = ScenarioResources.load(Examples.file("pooling-32ap"));
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

  /** The bundle's copy is the repository's {@code examples/} folder, file for file and byte for byte. */
  @Test
  void theBundledExamplesAreTheRepositorysExamples() throws Exception {
    Path source = Repository.root().resolve("examples");
    try (Stream<Path> dirs = Files.list(source)) {
      assertEquals(dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList(), Examples.names(),
          "every folder of examples/ is a shipped example");
    }
    for (String name : Examples.names()) {
      for (String file : List.of(name + ".slicewright", "README.md")) {
        assertArrayEquals(Files.readAllBytes(source.resolve(name).resolve(file)), Files.readAllBytes(Examples.folder().resolve(name).resolve(file)),
            name + "/" + file + " differs between examples/ and the bundle; rebuild org.slicewright.examples");
      }
    }
  }

  @Test
  void examplesHaveReadmes() {
    for (String name : Examples.names()) {
      assertTrue(Files.isRegularFile(Examples.readme(name)), name + " has no README.md");
      assertTrue(Examples.title(name).startsWith(name + ": "), name + "'s README starts with '# " + name + ": what it is': " + Examples.title(name));
    }
  }
}
