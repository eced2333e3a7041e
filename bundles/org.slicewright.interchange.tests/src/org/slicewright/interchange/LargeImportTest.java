package org.slicewright.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slicewright.sim.ProgressMonitor;

/** A 10 000-node inventory imports with progress, and a cancel stops it with nothing built. */
class LargeImportTest {
  @TempDir
  Path tmp;

  private Path inventory(int nodes) throws Exception {
    StringBuilder s = new StringBuilder("id,kind,x,y,compute\n"), l = new StringBuilder("id,source,target,bandwidth,latency\n");
    for (int i = 0; i < nodes; i++) s.append(String.format(Locale.ROOT, "n%d,%s,%d,%d,%d%n", i, i % 100 == 0 ? "edge" : "ap", (i % 100) * 50, (i / 100) * 50, 2));
    for (int i = 1; i < nodes; i++) l.append(String.format(Locale.ROOT, "l%d,n%d,n%d,1000,0.5%n", i, i % 100 == 0 ? i - 100 : (i / 100) * 100, i));
    Files.writeString(tmp.resolve("links.csv"), l);
    Path sites = tmp.resolve("sites.csv");
    Files.writeString(sites, s);
    return sites;
  }

  /** Counts the work reported and cancels after {@code cancelAfter} units. */
  static final class CountingMonitor implements ProgressMonitor {
    final AtomicInteger total = new AtomicInteger(), worked = new AtomicInteger();
    final int cancelAfter;

    CountingMonitor(int cancelAfter) {
      this.cancelAfter = cancelAfter;
    }

    @Override
    public void begin(String task, int totalWork) {
      total.set(totalWork);
    }

    @Override
    public void worked(int work) {
      worked.addAndGet(work);
    }

    @Override
    public boolean isCanceled() { return worked.get() >= cancelAfter; }
  }

  @Test
  void tenThousandNodesWithProgress() throws Exception {
    Path sites = inventory(10_000);
    CountingMonitor m = new CountingMonitor(Integer.MAX_VALUE);
    NetworkImport.Imported i = NetworkImport.read(sites, null, m);
    assertEquals(10_000, i.scenario().getNetwork().getNodes().size());
    assertEquals(9_999, i.scenario().getNetwork().getLinks().size());
    assertEquals(19_999, m.total.get());
    assertEquals(19_999, m.worked.get(), "one unit per node and link");
    assertTrue(String.join("\n", i.report().lines()).contains("imported: 10000 nodes and 9999 links"), i.report().lines().toString());
  }

  @Test
  void aCancelStopsTheImport() throws Exception {
    Path sites = inventory(2_000);
    ImportException e = assertThrows(ImportException.class, () -> NetworkImport.read(sites, null, new CountingMonitor(500)));
    assertTrue(e.getMessage().contains("cancelled; nothing was written"), e.getMessage());
  }
}
