/**
 * The edge-inference engine: an event-driven emulation of a cluster of accelerator boards serving
 * frame streams from end devices, with measured per-frame profiles, sampled network latency
 * (stable law fitted to the measured mean and spread), health checks at 75 % and 90 % of the QoS
 * budget, node-selection policies and migration; plus the gamma sweep of the latency score and the
 * frame-doubling measurement.
 */
package org.slicewright.sim.edge;
