/**
 * Running many independent runs: {@link org.slicewright.sim.sweep.LocalSweep} runs any plan on
 * this machine's cores with results in plan order and failures named by their parameters; the
 * pooling sweep's grid and the outcome types shared with the cluster executor.
 */
package org.slicewright.sim.sweep;
