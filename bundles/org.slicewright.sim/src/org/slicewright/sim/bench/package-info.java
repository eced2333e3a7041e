/**
 * Benchmarks of the engines, each measured as a ratio against a baseline run in the same process
 * (a blocked sgemm for the training loop, a bare event loop for the edge emulation).
 */
package org.slicewright.sim.bench;
