package org.slicewright.sim.scenario;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A trace reference of a scenario reads a regular file inside the scenario's folder and nothing else. */
class TraceFilesTest {
  @TempDir
  Path dir;

  @Test
  void tracesStayInsideTheScenariosFolder() throws Exception {
    Files.createDirectories(dir.resolve("traces"));
    Files.writeString(dir.resolve("traces/a.csv"), "time,x\n0,1\n");
    assertEquals(dir.resolve("traces/a.csv").toAbsolutePath(), TraceFiles.resolve(dir, "traces/a.csv", "twin 't'"));
    assertEquals(dir.resolve("missing.csv").toAbsolutePath(), TraceFiles.resolve(dir, "missing.csv", "twin 't'"), "the reader reports a missing file");
    Exception up = assertThrows(IllegalArgumentException.class, () -> TraceFiles.resolve(dir, "../../../../etc/passwd", "twin 't'"));
    assertEquals("twin 't': trace '../../../../etc/passwd' is outside the scenario's folder " + dir.toAbsolutePath(), up.getMessage());
    assertThrows(IllegalArgumentException.class, () -> TraceFiles.resolve(dir, "/dev/zero", "twin 't'"));
    Files.createSymbolicLink(dir.resolve("zero.csv"), Path.of("/dev/zero"));
    Exception link = assertThrows(IllegalArgumentException.class, () -> TraceFiles.resolve(dir, "zero.csv", "offloading policy 'p'"));
    assertTrue(link.getMessage().startsWith("offloading policy 'p': trace 'zero.csv' leads outside the scenario's folder"), link.getMessage());
    Exception folder = assertThrows(IllegalArgumentException.class, () -> TraceFiles.resolve(dir, "traces", "twin 't'"));
    assertEquals("twin 't': trace 'traces' is not a regular file", folder.getMessage());
  }
}
