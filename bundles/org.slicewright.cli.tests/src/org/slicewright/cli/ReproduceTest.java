package org.slicewright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code reproduce --quick} on the bundled pooling and offloading examples: every Fig. 5 finding holds
 * in direction (accuracy and convergence rate fall from 1 to 32 sub-pools, centralising needs more
 * communication and less computing) and w_L = 0.9 gives the better local exit on every seed, read
 * from the written reproduction.csv.
 */
class ReproduceTest {
  @TempDir
  Path tmp;

  @Test
  void quickReproductionHoldsThePoolingAndWeightDirections() throws Exception {
    CliTest.Result r = CliTest.run("reproduce", "--quick", "--out", tmp.toString(), "--threads", "2");
    assertEquals(0, r.code(), r.err());
    List<String> lines = Files.readAllLines(tmp.resolve("reproduction.csv"), StandardCharsets.UTF_8);
    assertEquals("paper,finding,paper_value,tolerance,tool_value,verdict", lines.get(0));
    assertEquals(35, lines.size(), "eight pooling, nine offloading, seven edge, five twin findings and five QoAIS rows");
    assertTrue(lines.get(1).contains("accuracy drop from 1 to 32 sub-pools"), lines.get(1));
    assertTrue(toolMean(lines.get(1)) > 0, "accuracy falls from 1 to 32 sub-pools: " + lines.get(1));
    assertTrue(toolMean(lines.get(2)) > 0, "convergence rate falls from 1 to 32 sub-pools: " + lines.get(2));
    for (int i = 3; i <= 4; i++) assertTrue(lines.get(i).endsWith(",reproduced"), lines.get(i));
    for (int i = 6; i <= 8; i++) assertTrue(lines.get(i).endsWith(",not applicable"), "the load findings need the full run: " + lines.get(i));
    assertTrue(lines.get(9).startsWith("Ehsanian and Spyropoulos (distributed LSTM offloading),\"w_L > w_R is essential"), lines.get(9));
    assertTrue(lines.get(9).endsWith(",reproduced"), "w_L 0.9 gives the better local exit on every seed: " + lines.get(9));
    assertTrue(lines.get(18).contains("5G link latency") && lines.get(18).endsWith(",reproduced"), "the fitted link has the measured mean and spread: " + lines.get(18));
    assertTrue(lines.get(23).contains("EMA latency ranking") && lines.get(23).endsWith(",reproduced"), lines.get(23));
    // Twins: a slower synchronisation gives a larger forecast error and spends less sync RU.
    assertTrue(lines.get(25).contains("the forecast error rises") && lines.get(25).endsWith(",reproduced"), lines.get(25));
    assertTrue(lines.get(26).contains("spends less communication resource") && lines.get(26).endsWith(",reproduced"), lines.get(26));
    // QoAIS: every requirement of the tasks example measured on the scenario's policy.
    for (int i = 30; i <= 34; i++) {
      assertTrue(lines.get(i).matches("^Yang et al\\. 2024 \\(task-oriented native AI\\),\"?QoAIS .*"), lines.get(i));
      assertTrue(lines.get(i).contains("on k = 2, lambda max 2, seed 4: m"), "met or missed, not unmeasured: " + lines.get(i));
    }
    String html = Files.readString(tmp.resolve("report.html"));
    assertTrue(html.contains("Reproduction of the source studies"));
    assertTrue(html.contains("Edge/cloud offloading with a distributed LSTM"));
    assertTrue(html.contains("Frame doubling: emulated InfLat against the study"));
    assertTrue(html.contains("Twin model: synchronisation period x precision"));
    assertTrue(html.contains("Every evaluated run against the same requirements"));
    byte[] pdf = Files.readAllBytes(tmp.resolve("report.pdf"));
    assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
  }

  /** The leading number of the tool_value column (mean over seeds). */
  private static double toolMean(String row) {
    String[] cols = row.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
    String tool = cols[4].replace("\"", "").trim();
    return Double.parseDouble(tool.split(" ")[0].toLowerCase(Locale.ROOT));
  }
}
