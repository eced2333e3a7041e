package org.slicewright.sim.edge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slicewright.sim.ProgressMonitor;

/**
 * The output check of the heterogeneous-edge study's Fig. 6: for each board, n applications (1 up to
 * its capacity) streaming frames of one size are emulated on that board alone, once at the smaller
 * frame size and once at twice it; the emulated end-to-end InfLat (network plus processing) and its
 * processing part are compared. The study reports how much the processing latency grows when the
 * frame doubles (600 to 1200 px): about 45-60 % overall, 40-50 % on the UP Squared, 35-65 % on the
 * Jetson Nano and 50-70 % on the Coral Dev Board.
 */
public final class FrameDoubling {
  /** The study's smaller frame: it doubled 600 x 600 to 1200 x 1200. */
  public static final int STUDY_FRAME = 600;
  /** Emulated seconds per point: enough requests for a stable mean at one frame per second. */
  public static final double SECONDS = 120;

  /** One board at n instances: mean end-to-end and processing InfLat at the two frame sizes. */
  public record Point(String board, int instances, double endToEndMs, double doubledEndToEndMs, double processingMs, double doubledProcessingMs) {
    public double endToEndGrowth() {
      return doubledEndToEndMs / endToEndMs - 1;
    }

    public double processingGrowth() {
      return doubledProcessingMs / processingMs - 1;
    }
  }

  /** A published growth range, in shares (0.45 = 45 %). */
  public record Band(String what, double low, double high) {
    public boolean contains(double growth) {
      return growth >= low && growth <= high;
    }
  }

  /** The study's overall range, for the mean over every board. */
  public static final Band OVERALL = new Band("all boards", 0.45, 0.60);

  private FrameDoubling() {
  }

  /** The study's range for a board, recognised by its name (UP Squared, Jetson Nano, Coral); else the overall range. */
  public static Band band(String board) {
    String n = board.toLowerCase(Locale.ROOT);
    if (n.contains("up")) return new Band("UP Squared", 0.40, 0.50);
    if (n.contains("jetson")) return new Band("Jetson Nano", 0.35, 0.65);
    if (n.contains("coral")) return new Band("Coral Dev Board", 0.50, 0.70);
    return OVERALL;
  }

  /**
   * @param base the scenario's emulation (its boards, the first device's links to them, the QoS budget,
   *     the check period and the seed)
   * @param monitor cancels between and within the emulations
   */
  public static List<Point> run(EdgeConfig base, int frameSize, ProgressMonitor monitor) {
    List<Point> out = new ArrayList<>();
    for (int b = 0; b < base.boards().size(); b++) {
      EdgeConfig.Board board = base.boards().get(b);
      for (int n = 1; n <= board.capacity(); n++) {
        EdgeEmulation.BoardStats small = emulate(base, b, n, frameSize, monitor), large = emulate(base, b, n, 2 * frameSize, monitor);
        out.add(new Point(board.name(), n, endToEnd(small), endToEnd(large), processing(small), processing(large)));
      }
    }
    return out;
  }

  /** Mean over a board's instance counts of a growth. */
  public static double meanGrowth(List<Point> points, String board, boolean endToEnd) {
    return points.stream().filter(p -> p.board().equals(board)).mapToDouble(p -> endToEnd ? p.endToEndGrowth() : p.processingGrowth()).average().orElse(Double.NaN);
  }

  private static EdgeEmulation.BoardStats emulate(EdgeConfig base, int b, int n, int frameSize, ProgressMonitor monitor) {
    List<EdgeConfig.Device> devices = new ArrayList<>();
    List<List<LatencyModel>> links = new ArrayList<>();
    for (int d = 0; d < n; d++) {
      devices.add(new EdgeConfig.Device("probe" + d, frameSize, 1));
      links.add(List.of(base.links().get(0).get(b)));
    }
    // A large budget: the check measures latency, so no health check may move or shed the applications.
    EdgeConfig c = new EdgeConfig(base.scenario(), List.of(base.boards().get(b)), devices, links, 1e9, SelectionPolicy.roundRobin(), SECONDS,
        base.checkPeriodS(), base.seed(), base.emaWeights());
    // Only the cancel flag: the measurement's emulations are not the caller's progress.
    return new EdgeEmulation(c).run(ProgressMonitor.cancelOnly(monitor::isCanceled)).boards().get(0);
  }

  private static double endToEnd(EdgeEmulation.BoardStats s) {
    return s.meanNetworkMs() + processing(s);
  }

  private static double processing(EdgeEmulation.BoardStats s) {
    return s.meanCpuMs() + s.meanAcceleratorMs();
  }
}
