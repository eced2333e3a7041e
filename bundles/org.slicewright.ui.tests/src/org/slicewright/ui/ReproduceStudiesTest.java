package org.slicewright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slicewright.learn.reproduce.Verdict;
import org.slicewright.report.reproduce.Reproduction;
import org.slicewright.ui.whatif.ReproduceStudiesAction;

/** What-If > Reproduce Studies runs in the background and writes the same files as the command line. */
class ReproduceStudiesTest {
  @TempDir
  Path tmp;

  @Test
  void quickReproductionWritesTheReportInTheBackground() throws Exception {
    List<Path> examples = List.of(WorkbenchTest.example(Reproduction.POOLING_EXAMPLE), WorkbenchTest.example(Reproduction.OFFLOADING_EXAMPLE),
        WorkbenchTest.example(Reproduction.EDGE_EXAMPLE), WorkbenchTest.example(Reproduction.TWIN_EXAMPLE), WorkbenchTest.example(Reproduction.TASKS_EXAMPLE));
    ReproduceStudiesAction.ReproductionJob job = new ReproduceStudiesAction.ReproductionJob(examples, tmp, true);
    job.schedule();
    WhatIfTest.await(job);
    assertTrue(job.getResult().isOK(), job.getResult().toString());
    Reproduction.Result r = job.result();
    assertNotNull(r);
    assertEquals(34, r.findings().size(), "eight pooling, nine offloading, seven edge, five twin findings and five QoAIS rows");
    assertEquals(Verdict.REPRODUCED, r.findings().get(0).verdict(), "accuracy falls from 1 to 32 sub-pools: " + r.findings().get(0).toolValue());
    List<String> csv = Files.readAllLines(tmp.resolve("reproduction.csv"));
    assertEquals(35, csv.size());
    assertTrue(Files.size(tmp.resolve("report.pdf")) > 1000);
    assertTrue(Files.readString(tmp.resolve("report.html")).contains("Reproduction of the source studies"));
  }
}
