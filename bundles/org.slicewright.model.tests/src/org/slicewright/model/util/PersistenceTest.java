package org.slicewright.model.util;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slicewright.model.scenario.Scenario;

class PersistenceTest {
  @TempDir
  Path tmp;

  private Path copyOfExample() throws Exception {
    Path f = tmp.resolve("pooling.slicewright");
    Files.copy(TestFiles.example("pooling-32ap"), f);
    return f;
  }

  @Test
  void truncatedFileNamesFileAndLineAndIsLeftUntouched() throws Exception {
    Path f = copyOfExample();
    String text = Files.readString(f);
    Files.writeString(f, text.substring(0, text.length() / 2));
    byte[] before = Files.readAllBytes(f);
    ScenarioLoadException e = assertThrows(ScenarioLoadException.class, () -> ScenarioResources.load(f));
    assertTrue(e.getMessage().startsWith(f.toString() + ":"), e.getMessage());
    assertTrue(e.getLine() > 1, "line should be known: " + e.getMessage());
    assertArrayEquals(before, Files.readAllBytes(f));
  }

  @Test
  void notXmlAtAll() throws Exception {
    Path f = tmp.resolve("junk.slicewright");
    Files.writeString(f, "this is not a scenario\n");
    ScenarioLoadException e = assertThrows(ScenarioLoadException.class, () -> ScenarioResources.load(f));
    assertEquals(1, e.getLine());
    assertTrue(e.getMessage().contains("junk.slicewright:1"), e.getMessage());
  }

  @Test
  void foreignXmlIsRejectedWithTheNamespace() throws Exception {
    Path f = tmp.resolve("foreign.slicewright");
    Files.writeString(f, "<?xml version=\"1.0\"?>\n<foo:Bar xmlns:foo=\"http://example.org/foo\" xmlns:xmi=\"http://www.omg.org/XMI\" xmi:version=\"2.0\"/>\n", StandardCharsets.UTF_8);
    ScenarioLoadException e = assertThrows(ScenarioLoadException.class, () -> ScenarioResources.load(f));
    assertTrue(e.getMessage().contains("http://example.org/foo"), e.getMessage());
    assertEquals(2, e.getLine(), e.getMessage());
  }

  @Test
  void unknownAttributeNamesLine() throws Exception {
    Path f = copyOfExample();
    String text = Files.readString(f).replaceFirst("<sites id=\"site-core\"", "<sites bogus=\"1\" id=\"site-core\"");
    Files.writeString(f, text);
    ScenarioLoadException e = assertThrows(ScenarioLoadException.class, () -> ScenarioResources.load(f));
    assertTrue(e.getMessage().contains("bogus"), e.getMessage());
    assertEquals(6, e.getLine(), e.getMessage());
  }

  @Test
  void missingFile() {
    Path f = tmp.resolve("nope.slicewright");
    ScenarioLoadException e = assertThrows(ScenarioLoadException.class, () -> ScenarioResources.load(f));
    assertEquals(f + ": file not found", e.getMessage());
  }

  @Test
  void saveIsAtomicAndKeepsOneBackup() throws Exception {
    Path f = copyOfExample();
    byte[] original = Files.readAllBytes(f);
    Scenario s = ScenarioResources.load(f);
    s.setName("Renamed");
    ScenarioResources.save(s, f);
    assertArrayEquals(original, Files.readAllBytes(tmp.resolve("pooling.slicewright.bak")));
    assertEquals("Renamed", ScenarioResources.load(f).getName());
    try (Stream<Path> files = Files.list(tmp)) {
      assertEquals(2, files.count(), "only the file and its .bak remain; no temp files");
    }
  }

  @Test
  void failedSaveLeavesTheFileAlone() throws Exception {
    Path f = copyOfExample();
    byte[] original = Files.readAllBytes(f);
    Scenario s = ScenarioResources.load(f);
    // A cross-document reference to an object outside any resource cannot be serialised.
    s.getPrimaryPool().getVaps().get(0).setNode(org.slicewright.model.topology.TopologyFactory.eINSTANCE.createNode());
    assertThrows(Exception.class, () -> ScenarioResources.save(s, f));
    assertArrayEquals(original, Files.readAllBytes(f));
    try (Stream<Path> files = Files.list(tmp)) {
      assertEquals(1, files.count(), "no temp file or backup after a failed save");
    }
  }
}
