package org.slicewright.model.util;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slicewright.examples.Examples;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.topology.TopologyFactory;

class PersistenceTest {
  @TempDir
  Path tmp;

  private Path copyOfExample() throws Exception {
    Path f = tmp.resolve("pooling.slicewright");
    Files.copy(Examples.file("pooling-32ap"), f);
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
      assertEquals(List.of(".pooling.slicewright.lock", "pooling.slicewright", "pooling.slicewright.bak"),
          files.map(p -> p.getFileName().toString()).sorted().toList(), "the file, its .bak and the save lock; no temp files");
    }
  }

  @Test
  void aSaveNeverSilentlyOverwritesAChangeMadeOnDisk() throws Exception {
    Path f = copyOfExample();
    Scenario first = ScenarioResources.load(f), second = ScenarioResources.load(f);
    first.setName("First");
    ScenarioResources.save(first, f);
    second.setName("Second");
    FileChangedException e = assertThrows(FileChangedException.class, () -> ScenarioResources.save(second, f));
    assertEquals(f + " changed on disk since it was loaded; not overwritten", e.getMessage());
    assertEquals("First", ScenarioResources.load(f).getName(), "the first edit is kept");
    // The planner chose to overwrite: then it saves, and later saves go on from its version.
    ScenarioResources.saveOverwriting(second, f);
    assertEquals("Second", ScenarioResources.load(f).getName());
    second.setName("Second again");
    ScenarioResources.save(second, f);
    assertTrue(Files.readString(tmp.resolve("pooling.slicewright.bak")).contains("name=\"Second\""), "the .bak holds the version before");
  }

  @Test
  void concurrentSavesEitherLandOrAreRefusedNeverLost() throws Exception {
    Path f = copyOfExample();
    String original = ScenarioResources.load(f).getName();
    int sessions = 4, rounds = 5;
    ExecutorService pool = Executors.newFixedThreadPool(sessions);
    List<Future<List<String[]>>> saved = new ArrayList<>();
    for (int t = 0; t < sessions; t++) {
      final int session = t;
      saved.add(pool.submit(() -> {
        List<String[]> landed = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
          Scenario s = ScenarioResources.load(f);
          String before = s.getName();
          s.setName("session " + session + " round " + i);
          try {
            ScenarioResources.save(s, f);
            landed.add(new String[] { before, s.getName() });
          } catch (FileChangedException refused) {
            // told, not lost
          }
        }
        return landed;
      }));
    }
    Map<String, String> next = new HashMap<>();
    int successes = 0;
    for (Future<List<String[]>> fu : saved) {
      for (String[] edit : fu.get(60, TimeUnit.SECONDS)) {
        successes++;
        assertNull(next.put(edit[0], edit[1]), "two saves reported success on the same version " + edit[0] + ": one edit was lost");
      }
    }
    pool.shutdown();
    // The successful saves form one chain from the original: each was made on the version just before it.
    String at = original;
    for (int i = 0; i < successes; i++) at = next.get(at);
    assertEquals(ScenarioResources.load(f).getName(), at);
    try (Stream<Path> files = Files.list(tmp)) {
      assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temp file left");
    }
  }

  @Test
  void aStaleTemporaryOfAKilledSaveIsCleanedOnTheNextSave() throws Exception {
    Path f = copyOfExample();
    Path stale = tmp.resolve(".pooling.slicewright.12345.tmp");
    Files.writeString(stale, "half a scenario");
    ScenarioResources.save(ScenarioResources.load(f), f);
    assertFalse(Files.exists(stale));
  }

  @Test
  void failedSaveLeavesTheFileAlone() throws Exception {
    Path f = copyOfExample();
    byte[] original = Files.readAllBytes(f);
    Scenario s = ScenarioResources.load(f);
    // A cross-document reference to an object outside any resource cannot be serialised.
    s.getPrimaryPool().getVaps().get(0).setNode(TopologyFactory.eINSTANCE.createNode());
    assertThrows(Exception.class, () -> ScenarioResources.save(s, f));
    assertArrayEquals(original, Files.readAllBytes(f));
    try (Stream<Path> files = Files.list(tmp)) {
      assertEquals(1, files.filter(p -> !p.getFileName().toString().endsWith(".lock")).count(), "no temp file or backup after a failed save");
    }
  }
}
