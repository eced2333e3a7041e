package org.slicewright.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slicewright.learn.FittedSurrogate;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.topology.Node;
import org.slicewright.model.util.ScenarioResources;
import org.slicewright.whatif.ReservationRun;

/** {@code recommend} and {@code reserve} on the pooling example, end to end through the CLI. */
class RecommendReserveTest {
  @TempDir
  Path tmp;

  @Test
  void recommendSimulatesTheBudgetPredictsTheRestAndSavesSurrogates() throws Exception {
    Path file = tmp.resolve("pooling.slicewright");
    // --quick trains a quarter of the ticks, short of the example's requirements (94 % accuracy,
    // convergence rate 0.8, met by the full runs); ask what quick runs can meet.
    String example = Files.readString(CliTest.example("pooling-32ap"));
    String quickRequirements = example.replace("<requirements value=\"0.94\" unit=\"\"/>", "<requirements value=\"0.85\" unit=\"\"/>")
        .replace("<requirements indicator=\"CONVERGENCE_RATE\" value=\"0.8\" unit=\"\"/>", "<requirements indicator=\"CONVERGENCE_RATE\" value=\"0.5\" unit=\"\"/>");
    assertNotEquals(example, quickRequirements, "the example's requirements were found");
    Files.writeString(file, quickRequirements);
    Path out = tmp.resolve("rec");
    CliTest.Result r = CliTest.run("recommend", file.toString(), "--out", out.toString(), "--quick", "--budget", "16", "--save");
    assertEquals(0, r.code(), r.err());
    List<String> rows = Files.readAllLines(out.resolve("candidates.csv"));
    assertEquals(RecommendCommand.CANDIDATES, rows.get(0));
    // The study's load is lambda max 5: candidates are the sub-pool counts meeting the requirements at that load.
    assertTrue(rows.size() > 1 && rows.size() <= 33, rows.size() + " rows");
    for (String row : rows.subList(1, rows.size())) assertTrue(row.contains(",5,") && (row.endsWith(",simulated") || row.endsWith(",predicted")), row);
    assertTrue(rows.get(1).startsWith("1,"), rows.get(1));
    List<String> sur = Files.readAllLines(out.resolve("surrogates.csv"));
    assertEquals(1 + 3 * 2, sur.size(), "two Smile learners for each of three metrics");
    for (String row : sur.subList(1, sur.size())) assertTrue(row.contains(",16,"), "trained on the 16 simulated runs: " + row);
    String html = Files.readString(out.resolve("report.html"));
    assertTrue(html.contains("Recommended policies") && html.contains("Surrogate error"), "report sections");
    assertTrue(Files.exists(tmp.resolve("pooling.slicewright.bak")), "the previous file is kept");
    Scenario saved = ScenarioResources.load(file);
    assertEquals(3, saved.getSurrogates().size());
    FittedSurrogate ru = FittedSurrogate.fromModel(saved.getSurrogates().get(2));
    assertEquals("ru_total", ru.metric());
    assertTrue(ru.surrogate().predict(new double[] { 4, 5 }) > 0);
  }

  @Test
  void reserveWritesThePlanOrTheShortCapacities() throws Exception {
    Path out = tmp.resolve("resv");
    CliTest.Result r = CliTest.run("reserve", CliTest.example("pooling-32ap").toString(), "--out", out.toString(), "--k", "4");
    assertEquals(0, r.code(), r.err() + r.out());
    List<String> rows = Files.readAllLines(out.resolve("reservation.csv"));
    assertEquals(ReservationRun.PLAN, rows.get(0));
    assertEquals(4, rows.stream().filter(l -> l.startsWith("AVAP,")).count(), "one AVAP per sub-pool");
    assertEquals(32, rows.stream().filter(l -> l.startsWith("VAP,")).count(), "one share per AP");
    assertTrue(Files.readString(out.resolve("report.html")).contains("AVAP reservations (first level)"));

    // Starve one AP of compute: no plan, the short capacity is named.
    Scenario s = ScenarioResources.load(CliTest.example("pooling-32ap"));
    Node ap = s.getNetwork().getNodes().stream().filter(n -> "ap07".equals(n.getId())).findFirst().orElseThrow();
    ap.getResources().setStorage(0.0001);
    Path starved = tmp.resolve("starved.slicewright");
    ScenarioResources.save(s, starved);
    Path out2 = tmp.resolve("resv2");
    r = CliTest.run("reserve", starved.toString(), "--out", out2.toString());
    assertEquals(1, r.code(), r.err() + r.out());
    assertFalse(Files.exists(out2.resolve("reservation.csv")), "never a partial plan");
    String shortages = Files.readString(out2.resolve("shortages.csv"), StandardCharsets.UTF_8);
    assertTrue(shortages.contains("ap07,\"storage (GB)\",0.000100000"), shortages);
    assertTrue(r.out().contains("infeasible"), r.out());
  }

  /** The same plan from both solvers, and the exported model is the one solved. */
  @Test
  void bothSolversGiveTheSamePlanAndTheModelIsExported() throws Exception {
    Path oj = tmp.resolve("oj"), ort = tmp.resolve("ort"), mps = tmp.resolve("model.mps"), lp = tmp.resolve("model.lp");
    String example = CliTest.example("pooling-32ap").toString();
    CliTest.Result a = CliTest.run("reserve", example, "--out", oj.toString(), "--solver", "ojalgo", "--export", mps.toString());
    CliTest.Result b = CliTest.run("reserve", example, "--out", ort.toString(), "--solver", "ortools", "--export", lp.toString());
    assertEquals(0, a.code(), a.err());
    assertEquals(0, b.code(), b.err());
    assertTrue(a.out().contains("solved by ojalgo") && b.out().contains("solved by ortools"), a.out() + b.out());
    assertEquals(Files.readString(oj.resolve("reservation.csv")), Files.readString(ort.resolve("reservation.csv")));
    assertTrue(Files.readString(mps).startsWith("NAME ") && Files.readString(mps).contains("ENDATA"));
    assertTrue(Files.readString(lp).contains("Subject To") && Files.readString(lp).contains("General"));
    CliTest.Result bad = CliTest.run("reserve", example, "--out", tmp.resolve("x").toString(), "--solver", "cplex");
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("unknown solver 'cplex'; the solvers are ojalgo, ortools"), bad.err());
    assertEquals(2, CliTest.run("reserve", example, "--out", tmp.resolve("y").toString(), "--export", tmp.resolve("m.txt").toString()).code());
    assertFalse(Files.exists(tmp.resolve("y")), "refused before anything is written");
  }
}
