package org.slicewright.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slicewright.tests.support.Repository;
import org.slicewright.examples.Examples;
import org.slicewright.cluster.ClusterMembers;
import org.slicewright.cluster.ClusterSettings;
import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.topology.Node;
import org.slicewright.model.topology.NodeKind;
import org.slicewright.model.util.ScenarioResources;
import org.slicewright.model.util.EmptyScenario;
import org.slicewright.sim.scenario.PoolingStudyDraft;

import com.hazelcast.core.HazelcastInstance;

/** Drives the commands in-process: exit codes, outputs, error lines and files. */
class CliTest {
  @TempDir
  Path tmp;

  record Result(int code, String out, String err) {
  }

  static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
    int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Path example(String name) {
    return Examples.file(name);
  }

  @Test
  void validateEveryExample() {
    for (String n : Examples.names()) {
      Result r = run("validate", example(n).toString());
      assertEquals(0, r.code(), r.err());
      assertTrue(r.out().endsWith(": valid\n"), r.out());
    }
  }

  @Test
  void validateReportsProblemsWithExitOne() throws Exception {
    Path f = tmp.resolve("bad.slicewright");
    Files.writeString(f, Files.readString(example("pooling-32ap")).replace("id=\"link-ap02-mbs\"", "id=\"link-ap01-mbs\""));
    Result r = run("validate", f.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("error: Link 'link-ap01-mbs': duplicate id 'link-ap01-mbs'"), r.err());
  }

  @Test
  void badInputIsOneLineWithExitTwo() throws Exception {
    Result missing = run("validate", tmp.resolve("none.slicewright").toString());
    assertEquals(2, missing.code());
    assertEquals("slicewright validate: " + tmp.resolve("none.slicewright") + ": file not found\n", missing.err());
    Result unknown = run("frobnicate");
    assertEquals(2, unknown.code());
    assertEquals(1, unknown.err().lines().count());
    Result option = run("evaluate", example("pooling-32ap").toString(), "--out", tmp.toString(), "--seeds", "zero");
    assertEquals(2, option.code());
    assertTrue(option.err().contains("--seeds takes a whole number, not 'zero'"), option.err());
    Result noOut = run("evaluate", example("pooling-32ap").toString());
    assertEquals("slicewright evaluate: missing --out DIR\n", noOut.err());
  }

  @Test
  void evaluateRejectsImpossibleSweeps() throws Exception {
    Path tooMany = tmp.resolve("k40.slicewright");
    Files.writeString(tooMany, Files.readString(example("pooling-32ap")).replace("subPoolsTo=\"32\"", "subPoolsTo=\"40\""));
    Result r = run("evaluate", tooMany.toString(), "--out", tmp.resolve("o1").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("asks for up to 40 sub-pools but pool 'digit-pool' has only 32 VAPs"), r.err());
    Path lambda = tmp.resolve("l0.slicewright");
    Files.writeString(lambda, Files.readString(example("pooling-32ap")).replace("<lambdaMaxValues>5.0</lambdaMaxValues>", "<lambdaMaxValues>-5.0</lambdaMaxValues>"));
    r = run("evaluate", lambda.toString(), "--out", tmp.resolve("o2").toString());
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("lambdaMaxValues must be in [0, 1000], is -5"), r.err());
    Path empty = tmp.resolve("empty.slicewright");
    ScenarioResources.save(EmptyScenario.create("e", "Empty"), empty);
    Result noStudy = run("evaluate", empty.toString(), "--out", tmp.resolve("o3").toString());
    assertEquals(2, noStudy.code());
    assertTrue(noStudy.err().contains("has nothing to evaluate"), noStudy.err());
  }

  @Test
  void quickEvaluateWritesCsvAndReports() throws Exception {
    Path out = tmp.resolve("out");
    // The example at its two lowest loads: the higher ones train ten times the data and add minutes, not coverage.
    Path lowLoad = tmp.resolve("low-load.slicewright");
    Files.writeString(lowLoad, Files.readString(example("pooling-32ap")).replace("<lambdaMaxValues>5.0</lambdaMaxValues>", "")
        .replace("<lambdaMaxValues>10.0</lambdaMaxValues>", ""));
    Result r = run("evaluate", lowLoad.toString(), "--out", out.toString(), "--quick", "--threads", "2");
    assertEquals(0, r.code(), r.err());
    List<String> lines = Files.readAllLines(out.resolve("results.csv"));
    assertEquals("scenario,policy,subpools,lambda_max,seed,accuracy,convergence_rate,ru_communication,ru_computing,ru_model_exchange,ru_total,ru_shortfall,"
        + "dropped_share,wall_ms", lines.get(0));
    assertEquals(1 + 6 * 2, lines.size());
    assertTrue(lines.get(1).startsWith("pooling-32ap,kmeans(location+rate),1,1,1,"), lines.get(1));
    assertTrue(lines.get(12).startsWith("pooling-32ap,kmeans(location+rate),32,2,1,"), lines.get(12));
    String html = Files.readString(out.resolve("report.html"));
    assertTrue(html.contains("Learning performance against the number of sub-pools") && html.contains("data:image/png;base64,"), "charts embedded");
    assertTrue(html.contains("Pareto-optimal policies"));
    byte[] pdf = Files.readAllBytes(out.resolve("report.pdf"));
    assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
    // The scenario's policy (k = 4 at lambda max 5) is not in this sweep: its requirements are not measured, however good the other runs.
    List<String> qoais = Files.readAllLines(out.resolve("compliance.csv"));
    assertEquals(3, qoais.size());
    assertTrue(qoais.get(1).startsWith("none,digit-recognition,ACCURACY,AT_LEAST,0.940000,,NOT_MEASURABLE,,"), qoais.get(1));
    assertTrue(html.contains("no run of the scenario's policy (k = 4 at lambda max 5) was evaluated"), "the report says why");
    try (var files = Files.list(out)) {
      assertEquals(4, files.count(), "results.csv, compliance.csv, report.html, report.pdf and nothing else");
    }
  }

  @Test
  void quickOffloadingEvaluateWritesCurves() throws Exception {
    Path out = tmp.resolve("off");
    Result r = run("evaluate", example("offloading-ddnn").toString(), "--out", out.toString(), "--quick");
    assertEquals(0, r.code(), r.err());
    List<String> lines = Files.readAllLines(out.resolve("results.csv"));
    assertEquals("policy,local_weight,parameter,local_share,total_cost,latency_ms,seed", lines.get(0));
    for (String p : List.of("oracle", "random", "confidence", "ml")) {
      for (String w : List.of("0.900000", "0.100000")) {
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(p + "," + w + ",")), "rows of policy " + p + " at w_L " + w);
      }
    }
    for (String b : List.of("centralised-lstm", "deepcog")) {
      assertTrue(lines.stream().anyMatch(l -> l.matches(b + ",,,0.0000,[0-9.]+,[0-9.]+,[0-9]+")), "the baseline " + b + " at local share 0");
    }
    assertTrue(Files.readString(out.resolve("report.html")).contains("Trade-off: total cost against the share resolved locally"));
    assertEquals("%PDF", new String(Files.readAllBytes(out.resolve("report.pdf")), 0, 4, StandardCharsets.US_ASCII));
  }

  @Test
  void edgeAndComplianceEvaluations() throws Exception {
    Path edge = tmp.resolve("edge");
    Result r = run("evaluate", example("hetero-edge").toString(), "--out", edge.toString(), "--quick");
    assertEquals(0, r.code(), r.err());
    List<String> lines = Files.readAllLines(edge.resolve("results.csv"));
    assertEquals("policy,instances,frame_size,node,p50_ms,p95_ms,p99_ms,violations,migrations,utilisation,seed", lines.get(0));
    // One row per policy, board and frame size served, the QoS-fit filter as policies of their own.
    for (String l : lines.subList(1, lines.size())) assertTrue(l.matches("^(\"[^\"]+\"|[a-z+-]+),[0-9.]+,(600|900),[a-z-]+,.*"), l);
    for (String p : List.of("round-robin,", "random,", "least-latency,", "least-latency+qos-fit,", "\"combined(0.40,0.40,0.20)\",", "\"combined(0.40,0.40,0.20)+qos-fit\",")) {
      assertTrue(lines.stream().anyMatch(l -> l.startsWith(p)), "rows of policy " + p);
    }
    String report = Files.readString(edge.resolve("report.html"));
    assertTrue(report.contains("Latency breakdown per board (CPU vs accelerator)"));
    assertTrue(report.contains("Frame doubling: emulated InfLat against the study"));
    assertTrue(report.contains("health checks every 5 s"), "the report states the engine's check period");
    // Each policy's own run against the inference service's latency requirement (95th percentile end to end).
    List<String> qoais = Files.readAllLines(edge.resolve("compliance.csv"));
    assertEquals(1 + 6, qoais.size());
    for (String l : qoais.subList(1, qoais.size())) assertTrue(l.matches("^(\"[^\"]+\"|[a-z+-]+),object-detection,LATENCY,AT_MOST,150\\.000,ms,(MET|MISSED),[0-9.]+,.*"), l);
    Path tona = tmp.resolve("tona");
    r = run("evaluate", example("tona-tasks").toString(), "--out", tona.toString(), "--quick");
    assertEquals(0, r.code(), r.err());
    // The training study runs, and every requirement is checked on the scenario's policy (k = 2).
    List<String> rows = Files.readAllLines(tona.resolve("compliance.csv"));
    assertEquals(6, rows.size());
    assertTrue(rows.get(1).matches("\"k = 2, lambda max 2, seed 4\",fl-training,ACCURACY,AT_LEAST,0\\.900000,,(MET|MISSED),0\\.[0-9]+,.*"), rows.get(1));
    for (String l : rows.subList(1, rows.size())) assertFalse(l.contains("NOT_MEASURABLE"), l);
    assertTrue(rows.get(3).contains("MB raw data migrated +"), rows.get(3));
    assertTrue(Files.readString(tona.resolve("report.html")).contains("QoAIS compliance of the scenario's policy"));
  }

  @Test
  void internalErrorsAreOneLineWithAKeptLog() throws Exception {
    Throwable oom = new IllegalStateException(new OutOfMemoryError("Java heap space"));
    assertTrue(InternalErrorLog.describe(oom).startsWith("out of memory (the Java heap holds "), InternalErrorLog.describe(oom));
    assertEquals("internal error: IllegalStateException: broken", InternalErrorLog.describe(new IllegalStateException("broken\nsecond line")));
    Path log = Path.of(InternalErrorLog.write("evaluate", new String[] { "evaluate", "x.slicewright" }, oom));
    try {
      String text = Files.readString(log);
      assertTrue(text.startsWith("slicewright evaluate x.slicewright\n") && text.contains("OutOfMemoryError: Java heap space"), text);
    } finally {
      Files.deleteIfExists(log);
    }
  }

  @Test
  void twinEvaluation() throws Exception {
    Path out = tmp.resolve("twins");
    Result r = run("evaluate", example("twin-demand").toString(), "--out", out.toString(), "--quick");
    assertEquals(0, r.code(), r.err());
    List<String> lines = Files.readAllLines(out.resolve("results.csv"));
    assertEquals("period,instance,policy,slice,demand,forecast,reserved,used,shortfall,sla_met", lines.get(0));
    // --quick: a third of a day (96 periods) x 4 instances x 3 slices.
    assertEquals(1 + 96 * 4 * 3, lines.size());
    assertTrue(lines.get(1).matches("0,0,static_mean,embb-slice,[0-9.]+,[0-9.]+,[0-9.]+,[0-9.]+,[0-9.]+,(true|false)"), lines.get(1));
    String report = Files.readString(out.resolve("report.html"));
    assertTrue(report.contains("Demand, forecast and reservation per slice"));
    assertTrue(r.out().contains("forecast MAE"), r.out());
    // The twin-model sweep: 5 sync periods x 3 precisions, and where each group was served.
    List<String> sweep = Files.readAllLines(out.resolve("sweep.csv"));
    assertEquals("sync_period_s,precision,sync_ru,forecast_error,twin_error,sla_share,pareto", sweep.get(0));
    assertEquals(1 + 15, sweep.size());
    assertTrue(report.contains("Twin model: synchronisation period x precision") && report.contains("Serving nodes"));
    assertEquals("period,slice,node,demand", Files.readAllLines(out.resolve("nodes.csv")).get(0));
  }

  @Test
  void layoutWritesPositionsAndAnSvg() throws Exception {
    Path out = tmp.resolve("layout");
    Result r = run("layout", example("hetero-edge").toString(), "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    List<String> rows = Files.readAllLines(out.resolve("layout.csv"));
    assertEquals("node,kind,x,y,width,height", rows.get(0));
    assertEquals(1 + 9, rows.size(), "three boards and six devices");
    String svg = Files.readString(out.resolve("topology.svg"));
    assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), svg.substring(0, 60));
    assertEquals(18, svg.split("<polyline").length - 1, "one line per link");
  }

  @Test
  void diagramServesTheTopologyUntilInterrupted() throws Exception {
    Result missing = run("diagram", tmp.resolve("none.slicewright").toString());
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("file not found"), missing.err());
    PipedInputStream pipe = new PipedInputStream();
    PrintStream out = new PrintStream(new PipedOutputStream(pipe), true, StandardCharsets.UTF_8);
    int[] code = { -1 };
    Thread server = new Thread(() -> code[0] = new Cli(out, System.err).run(new String[] { "diagram", example("twin-demand").toString() }));
    server.start();
    String line = new BufferedReader(new InputStreamReader(pipe, StandardCharsets.UTF_8)).readLine();
    assertTrue(line.startsWith("topology diagram of ") && line.contains("http://127.0.0.1:"), line);
    String url = line.substring(line.indexOf("http://"));
    var page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("<div id=\"sprotty\">"));
    server.interrupt();
    server.join(10_000);
    assertEquals(0, code[0], "Ctrl+C (interrupt) ends the command normally");
  }

  @Test
  void infoCounts() {
    Result r = run("info", example("pooling-32ap").toString());
    assertEquals(0, r.code());
    assertTrue(r.out().contains("34 nodes (1 macro bs, 32 access point, 1 cloud)"), r.out());
    assertTrue(r.out().contains("sub-pools [1, 2, 4, 8, 16, 32] x lambda max [1.0, 2.0, 5.0, 10.0] x 1 seed(s) = 24 runs"), r.out());
  }

  @Test
  void evaluateRunsEveryStudyInTheWorkbenchOrderOrTheOneNamed() throws Exception {
    // The edge example with a pooling study added over its three boards: two studies.
    Scenario s = ScenarioResources.load(example("hetero-edge"));
    List<Node> boards = PoolingStudyDraft.candidates(s).stream().filter(n -> n.getKind() == NodeKind.BOARD).toList();
    new PoolingStudyDraft(s, boards, List.of(2.0)).apply();
    Path f = tmp.resolve("two-studies.slicewright");
    ScenarioResources.save(s, f);
    Path both = tmp.resolve("both");
    Result r = run("evaluate", f.toString(), "--out", both.toString(), "--quick");
    assertEquals(0, r.code(), r.err());
    for (String kind : List.of("pooling", "edge")) {
      assertTrue(Files.exists(both.resolve(kind).resolve("results.csv")), kind + ": " + r.out());
      assertTrue(Files.exists(both.resolve(kind).resolve("report.pdf")), kind);
    }
    assertTrue(r.out().indexOf("pooling") < r.out().indexOf("edge"), "pooling first, as Run What-If lists them: " + r.out());
    Path edge = tmp.resolve("edge");
    r = run("evaluate", f.toString(), "--out", edge.toString(), "--quick", "--study", "edge");
    assertEquals(0, r.code(), r.err());
    assertTrue(Files.readString(edge.resolve("results.csv")).contains("round"), "the edge study's runs, in DIR itself");
    assertFalse(Files.exists(edge.resolve("pooling")));
    r = run("evaluate", f.toString(), "--out", tmp.resolve("none").toString(), "--study", "twins");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("has no twins study (it has: pooling, edge)"), r.err());
  }

  @Test
  void helpOptionsAndReadmeNameTheSameCommands() throws Exception {
    Result help = run("help");
    assertEquals(0, help.code());
    Path readme = Repository.root().resolve("README.md");
    String documented = Files.readString(readme);
    List<Command> commands = new Cli(System.out, System.err).commands();
    for (Command c : commands) {
      assertTrue(help.out().contains("  " + c.name() + " " + c.synopsis()), "help lists " + c.name() + ":\n" + help.out());
      for (String o : c.options()) assertTrue(c.synopsis().contains("--" + o + " "), c.name() + ": usage shows --" + o);
      for (String f : c.flags()) assertTrue(c.synopsis().contains("[--" + f + "]"), c.name() + ": usage shows --" + f);
      assertTrue(documented.contains("./slicewright " + c.name()), "the README documents " + c.name());
    }
    Result unknown = run("evaluate", example("pooling-32ap").toString(), "--out", tmp.toString(), "--fast");
    assertEquals("slicewright evaluate: unknown option --fast\n", unknown.err());
    assertTrue(run("frobnicate").err().contains("(commands: validate, info, evaluate, recommend, reserve, reproduce, layout, diagram, import, export, worker, daemon, bench, help)"));
  }

  @Test
  void evaluateAndRecommendOnAClusterWriteTheLocalResults() throws Exception {
    Path local = tmp.resolve("local"), remote = tmp.resolve("cluster");
    Result r = run("evaluate", example("tona-tasks").toString(), "--out", local.toString(), "--quick");
    assertEquals(0, r.code(), r.err());
    r = run("recommend", example("tona-tasks").toString(), "--out", local.resolve("rec").toString(), "--quick", "--budget", "4");
    assertTrue(r.code() <= 1, r.err());
    Result refused = run("evaluate", example("tona-tasks").toString(), "--out", remote.toString(), "--cluster", "cli-test");
    assertEquals("slicewright evaluate: --cluster needs --member HOST:PORT (a worker to join)\n", refused.err());
    HazelcastInstance worker = ClusterMembers.worker(ClusterSettings.of("cli-test", "127.0.0.1:5821", null, 5821), 2);
    try {
      r = run("evaluate", example("tona-tasks").toString(), "--out", remote.toString(), "--quick", "--cluster", "cli-test", "--member", "127.0.0.1:5821");
      assertEquals(0, r.code(), r.err());
      long before = worker.getExecutorService(ClusterMembers.EXECUTOR).getLocalExecutorStats().getCompletedTaskCount();
      r = run("recommend", example("tona-tasks").toString(), "--out", remote.resolve("rec").toString(), "--quick", "--budget", "4", "--cluster", "cli-test",
          "--member", "127.0.0.1:5821");
      assertTrue(r.code() <= 1, r.err());
      assertEquals(4, worker.getExecutorService(ClusterMembers.EXECUTOR).getLocalExecutorStats().getCompletedTaskCount() - before, "the budget's runs ran on the worker");
    } finally {
      worker.getLifecycleService().terminate();
    }
    assertEquals(withoutWallTime(local.resolve("results.csv")), withoutWallTime(remote.resolve("results.csv")), "the same runs, wall time aside");
    assertEquals(Files.readAllLines(local.resolve("rec/candidates.csv")), Files.readAllLines(remote.resolve("rec/candidates.csv")), "the same recommendation");
    assertTrue(Files.exists(remote.resolve("report.pdf")));
  }

  /** A results.csv without its last column, the wall time, which differs between two runs of the same specification. */
  private static List<String> withoutWallTime(Path csv) throws Exception {
    return Files.readAllLines(csv).stream().map(l -> l.substring(0, l.lastIndexOf(','))).toList();
  }
}
