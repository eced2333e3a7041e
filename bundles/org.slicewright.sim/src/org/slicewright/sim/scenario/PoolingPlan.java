package org.slicewright.sim.scenario;

import java.util.List;

import org.slicewright.sim.pooling.PoolingConfig;

/**
 * What a scenario's pooling what-if asks for: the runs (one config per sub-pool count x lambda max x
 * seed) and the worker threads to run them on.
 */
public record PoolingPlan(String scenario, List<PoolingConfig> runs, int threads, boolean quick) {
}
