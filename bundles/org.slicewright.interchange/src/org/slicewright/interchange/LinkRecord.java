package org.slicewright.interchange;

import org.slicewright.model.topology.LatencyDistribution;

/**
 * One link as an interchange file holds it, in either direction. Absent values are {@code null}: a latency without a value is
 * derived from the link's length or the distance between geographic ends, a bandwidth defaulted.
 *
 * @param lengthKm the link's length when the file gives one (Net2Plan), used for its latency
 */
public record LinkRecord(String id, String source, String target, Double bandwidthMbps, Double latencyMeanMs, Double latencyStdMs,
    LatencyDistribution distribution, Double lengthKm, SourceLocation where) {
}
